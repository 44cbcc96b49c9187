/// The texts of signing in through the organisation's identity provider, and of the
/// administrator's sign-in settings.
public protocol SingleSignOnTexts: Sendable {
    func signInWithProvider(_ name: String?) -> String

}
