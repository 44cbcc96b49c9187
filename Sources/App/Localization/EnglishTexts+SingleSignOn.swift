extension EnglishTexts {
    func signInWithProvider(_ name: String?) -> String { name.map { "Sign in with \($0)" } ?? "Sign in with your organisation's login" }
    var signInWithPasswordHeading: String { "Or sign in with e-mail and password" }
    var ssoUnavailable: String { "The login service does not answer right now. Try again in a moment." }
    var ssoCancelled: String { "The sign-in was cancelled at the login service. Nothing has changed; you can start again." }
    var ssoExpired: String {
        "The sign-in took too long, or was started in another window. Start again with the button below."
    }
    var ssoFailed: String { "The login service's answer could not be accepted. Start again; if it happens again, tell your administrator." }
    var ssoNoEmail: String { "The login service did not confirm your e-mail address, which Godstart knows you by. Tell your administrator." }
    func ssoUnknownPerson(_ email: String) -> String {
        "You signed in as \(email), but Godstart does not know that address. Ask your administrator to add you."
    }
    var ssoLeft: String { "Your employment has ended, so you can no longer sign in to Godstart." }
    var passwordSignInOff: String { "Your organisation signs in with its own login, not with a password. Use the button above." }
    var signInFailedOrUseProvider: String {
        "The e-mail or the password is not right. Check both and try again. If your organisation signs in with its own login, use the button above."
    }
    func signInTooManyAttempts(minutes: Int) -> String {
        minutes == 1 ? "Too many attempts to sign in. Wait a minute and try again." : "Too many attempts to sign in. Wait \(minutes) minutes and try again."
    }

    var navSignInSettings: String { "Sign-in" }
    var signInSettingsTitle: String { "Sign-in" }
    func ssoConfigured(_ issuer: String) -> String { "Single sign-on is set up with the identity provider \(issuer)." }
    var ssoNotConfigured: String {
        "Single sign-on is not set up (GODSTART_OIDC_ISSUER, GODSTART_OIDC_CLIENT_ID and GODSTART_OIDC_CLIENT_SECRET), so everyone signs in with a password."
    }
    var createPeopleLabel: String { "Create a person the first time they sign in" }
    var createPeopleHint: String {
        "Someone the identity provider knows but Godstart does not is created with their name and e-mail, without roles. Otherwise they are refused until you add them."
    }
    var passwordSignInLabel: String { "Allow sign-in with password" }
    var passwordSignInHint: String { "Switched off, everyone signs in through the identity provider. Without single sign-on, passwords always work." }
    var saveSignInSettings: String { "Save" }
    var signInSettingsSaved: String { "The sign-in settings are saved." }
    var signInThroughProviderFirst: String { "Sign in through the identity provider first, so you know it works for you; then switch passwords off." }
    func passwordsBackOnCommand(_ slug: String) -> String { "If nobody can sign in through the provider any more, the operator switches passwords back on with: godstart passwords-on \(slug)" }
    var errorPasswordCommon: String { "This password is among the first an attacker tries. Choose another: a few words you remember make a good one." }
    var errorPasswordPersonal: String { "The password may not be your name or e-mail address. Choose another." }
}
