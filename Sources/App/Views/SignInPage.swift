import Vapor

enum SignInPage {
    static func render(_ ctx: PageContext, email: String, failed: Bool, demoLogins: [DemoData.Login]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.signInTitle, [
            el("div", [.class("sign-in")], [
                el("h1", t.signInTitle),
                el("p", t.signInIntro),
                when(failed, el("div", [.class("error-summary"), Attr("role", "alert")], [el("p", t.signInFailed)])),
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
