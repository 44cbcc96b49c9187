extension SwedishTexts {
    func signInWithProvider(_ name: String?) -> String { name.map { "Logga in med \($0)" } ?? "Logga in med organisationens inloggning" }
}
