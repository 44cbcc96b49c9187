import GodstartCore
import Vapor

/// A person's choice of mails: which kinds, and in which language.
enum MailSettingsPage {
    static func render(_ ctx: PageContext, person: Person, kinds: [MailKind], typed: MailSettingsController.SettingsForm) -> Response {
        let t = ctx.texts
        let chosen = Set(typed.kinds ?? [])
        let languages = [Form.Option(value: "pages", label: t.mailLanguageAsPages)]
            + Language.allCases.map { Form.Option(value: $0.rawValue, label: $0.nativeName) }
        return Layout.page(ctx, title: t.mailSettingsTitle, [
            el("h1", t.mailSettingsTitle),
            el("p", t.mailSettingsIntro(address: person.email)),
            el("form", [.methodPost, .action(SiteURL.mailSettings.path)], [
                Form.csrf(ctx),
                el("fieldset", [.class("field")], [el("legend", t.mailKindsLegend)] + kinds.map { kind in
                    let id = "kinds-\(kind.rawValue)"
                    return el("div", [.class("field checkbox")], [
                        .void("input", [.type("checkbox"), .id(id), .name("kinds[]"), .value(kind.rawValue), .aria("describedby", "\(id)-hint")]
                              + (chosen.contains(kind.rawValue) ? [.checked] : [])),
                        el("label", [.for(id)], t.mailKindLabel(kind)),
                        el("p", [.class("hint"), .id("\(id)-hint")], t.mailKindHint(kind)),
                    ])
                }),
                Form.radios("language", legend: t.mailLanguageLegend, options: languages, selected: typed.language ?? "pages"),
                Form.submit(t.saveMailSettings),
            ]),
        ])
    }
}
