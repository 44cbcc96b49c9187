import Foundation
import GodstartCore
import Vapor

enum InvitationPage {
    static func render(_ ctx: PageContext, file: ProgrammeFile, newcomer: Person, url: String, expires: Date) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.invitationTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: newcomer.name), to: SiteURL.programme(file.id).path)]),
            el("h1", t.invitationTitle),
            el("p", t.invitationIntro(name: newcomer.name, until: ctx.dates.day(expires))),
            el("div", [.class("field")], [
                el("label", [.for("invitation-link")], t.invitationLinkLabel),
                .void("input", [.type("text"), .id("invitation-link"), .name("invitation-link"), .value(url),
                                Attr("readonly", nil)]),
            ]),
        ])
    }
}

enum WelcomePage {
    static func render(_ ctx: PageContext, person: Person, errors: [String: String]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.welcome(name: person.name), [
            el("div", [.class("sign-in")], [
                el("h1", t.welcome(name: person.name)),
                el("p", t.welcomeIntro),
                Form.errorSummary(ctx, [("password", t.newPasswordLabel), ("repeatPassword", t.repeatPasswordLabel)].compactMap { key, label in
                    errors[key].map { (key, "\(label): \($0)") }
                }),
                el("form", [.methodPost, .action(ctx.currentPath), Attr("novalidate", nil)], [
                    Form.csrf(ctx),
                    .void("input", [.type("hidden"), .name("username"), .value(person.email), Attr("autocomplete", "username")]),
                    Form.input("password", label: t.newPasswordLabel, value: "", error: errors["password"],
                               hint: t.newPasswordHint(PasswordRules.minimumLength), type: "password",
                               required: true, autocomplete: "new-password"),
                    Form.input("repeatPassword", label: t.repeatPasswordLabel, value: "", error: errors["repeatPassword"],
                               type: "password", required: true, autocomplete: "new-password"),
                    Form.submit(t.choosePasswordButton),
                ]),
            ]),
        ])
    }
}
