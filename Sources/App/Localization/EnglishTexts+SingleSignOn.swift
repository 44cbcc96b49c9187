extension EnglishTexts {
    func signInWithProvider(_ name: String?) -> String { name.map { "Sign in with \($0)" } ?? "Sign in with your organisation's login" }
}
