import Vapor

enum SignInPage {
    /// `singleSignOn` is the identity provider's name for its button ("" for no name), nil without one.
    static func render(_ ctx: PageContext, email: String, message: String?, singleSignOn: String?,
                       demoLogins: [DemoData.Login]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.signInTitle, [
            el("div", [.class("sign-in")], [
                el("h1", t.signInTitle),
                el("p", t.signInIntro),
                message.map { el("div", [.class("error-summary"), Attr("role", "alert")], [el("p", $0)]) } ?? .empty,
                singleSignOn.map { name in
                    el("p", [], [link(t.signInWithProvider(name.isEmpty ? nil : name), to: SiteURL.singleSignOn.path, [.class("button")])])
                } ?? .empty,
                singleSignOn == nil ? .empty : el("h2", t.signInWithPasswordHeading),
                el("form", [.methodPost, .action(SiteURL.signIn.path)], [
                    Form.csrf(ctx),
                    Form.input("email", label: t.emailLabel, value: email, type: "email", required: true, autocomplete: "username"),
                    Form.input("password", label: t.passwordLabel, value: "", type: "password", required: true,
                               autocomplete: "current-password"),
                    Form.submit(t.signInButton),
                ]),
            ]),
            when(!demoLogins.isEmpty, el("section", [.class("demo-logins"), .aria("labelledby", "demo-heading")], [
                el("h2", [.id("demo-heading")], t.demoLoginsTitle),
                el("p", t.demoLoginsIntro(password: DemoData.password)),
                Components.table(label: t.demoLoginsTitle, headers: [t.nameColumn, t.roleColumn, t.emailColumn], rows: demoLogins.map { login in
                    [text(login.name), text(login.roles(t)), el("code", login.email)]
                }),
            ])),
        ])
    }
}
