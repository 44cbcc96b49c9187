import Vapor

/// The administrator's sign-in settings: whether single sign-on is set up, whether it creates
/// people it does not know, and whether passwords still sign in.
enum SignInSettingsPage {
    /// `issuer`: the provider, when single sign-on serves this organisation; the choices only then.
    static func render(_ ctx: PageContext, _ organisation: Organisation, issuer: String?, error: String?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.signInSettingsTitle, [
            el("h1", t.signInSettingsTitle),
            el("p", issuer.map(t.ssoConfigured) ?? t.ssoNotConfigured),
            Form.errorSummary(ctx, error.map { [("passwordSignIn", $0)] } ?? []),
            issuer == nil ? .empty : el("form", [.methodPost, .action(SiteURL.signInSettings.path)], [
                Form.csrf(ctx),
                Form.checkbox("createPeople", label: t.createPeopleLabel, checked: organisation.ssoCreatesPeople, hint: t.createPeopleHint),
                Form.checkbox("passwordSignIn", label: t.passwordSignInLabel, checked: organisation.passwordSignIn, hint: t.passwordSignInHint),
                Form.submit(t.saveSignInSettings),
            ]),
            issuer == nil ? .empty : el("p", [.class("hint")], t.passwordsBackOnCommand(organisation.slug)),
        ])
    }
}
