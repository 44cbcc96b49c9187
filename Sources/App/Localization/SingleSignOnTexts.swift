/// The texts of signing in through the organisation's identity provider, and of the
/// administrator's sign-in settings.
public protocol SingleSignOnTexts: Sendable {
    func signInWithProvider(_ name: String?) -> String
    var signInWithPasswordHeading: String { get }
    var ssoUnavailable: String { get }
    var ssoCancelled: String { get }
    var ssoExpired: String { get }
    var ssoFailed: String { get }
    var ssoNoEmail: String { get }
    func ssoUnknownPerson(_ email: String) -> String
    var ssoLeft: String { get }
    var passwordSignInOff: String { get }
    /// A failed password sign-in where the organisation may use single sign-on: the same words whatever
    /// the reason (wrong password, unknown address, passwords switched off), so they tell no one who has an account.
    var signInFailedOrUseProvider: String { get }
    func signInTooManyAttempts(minutes: Int) -> String
    var errorPasswordCommon: String { get }
    var errorPasswordPersonal: String { get }

    var navSignInSettings: String { get }
    var signInSettingsTitle: String { get }
    func ssoConfigured(_ issuer: String) -> String
    var ssoNotConfigured: String { get }
    var createPeopleLabel: String { get }
    var createPeopleHint: String { get }
    var passwordSignInLabel: String { get }
    var passwordSignInHint: String { get }
    var saveSignInSettings: String { get }
    var signInSettingsSaved: String { get }
    var signInThroughProviderFirst: String { get }
    func passwordsBackOnCommand(_ slug: String) -> String
}
