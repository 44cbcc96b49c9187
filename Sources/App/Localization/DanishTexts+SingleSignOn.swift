extension DanishTexts {
    func signInWithProvider(_ name: String?) -> String { name.map { "Log ind med \($0)" } ?? "Log ind med organisationens login" }
}
