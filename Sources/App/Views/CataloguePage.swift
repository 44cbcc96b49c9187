import GodstartCore
import Vapor

enum CataloguePage {
    /// The key of the form that adds a new entry.
    static let newEntryKey = "new"

    /// - Parameters:
    ///   - typed: titles just typed, by entry id (or `newEntryKey`), to show instead of the saved ones.
    ///   - error: the entry key and the message for the one form that was refused.
    static func render(_ ctx: PageContext, _ entries: [CatalogueEntry], typed: [String: [String: String]],
                       error: (key: String, message: String)?) -> Response {
        let t = ctx.texts
        let active = entries.filter { !$0.retired }
        let retired = entries.filter(\.retired)
        return Layout.page(ctx, title: t.catalogueTitle, [
            el("h1", t.catalogueTitle),
            el("p", t.catalogueIntro),
            error.map { el("div", [.class("error-summary"), Attr("role", "alert")], [
                el("h2", t.formHasErrors),
                el("p", [], [link($0.message, to: "#\(fieldID($0.key, Language.allCases[0]))")]),
            ]) } ?? .empty,
            el("section", [.class("card"), .aria("labelledby", "new-entry-heading")], [
                el("h2", [.id("new-entry-heading")], t.catalogueNewEntry),
                entryForm(ctx, key: newEntryKey, action: SiteURL.catalogue.path, titles: typed[newEntryKey] ?? [:],
                          error: error?.key == newEntryKey ? error?.message : nil, button: t.catalogueAddEntry),
            ]),
            el("ol", [.class("catalogue")], active.map { entry in
                let key = entry.id!.uuidString
                return el("li", [.id("entry-\(key.lowercased())"), .class("card")], [
                    el("h2", entry.title(in: ctx.language)),
                    entryForm(ctx, key: key, action: SiteURL.catalogueEntry(entry.id).path, titles: typed[key] ?? entry.titles,
                              error: error?.key == key ? error?.message : nil, button: t.catalogueSaveEntry),
                    retirementForm(ctx, entry, restore: false),
                ])
            }),
            when(!retired.isEmpty, el("section", [.aria("labelledby", "retired-heading")], [
                el("h2", [.id("retired-heading")], t.catalogueRetiredHeading),
                el("p", [.class("hint")], t.catalogueRetiredHint),
                el("ul", [.class("catalogue")], retired.map { entry in
                    el("li", [], [text(entry.title(in: ctx.language)), retirementForm(ctx, entry, restore: true)])
                }),
            ])),
        ])
    }

    private static func fieldID(_ key: String, _ language: Language) -> String { "\(key.lowercased())-\(language.rawValue)" }

    private static func entryForm(_ ctx: PageContext, key: String, action: String, titles: [String: String], error: String?,
                                  button: String) -> HTMLNode {
        el("form", [.methodPost, .action(action), Attr("novalidate", nil), .class("catalogue-entry")], [Form.csrf(ctx)]
            + Language.allCases.enumerated().map { index, language in
                let id = fieldID(key, language)
                return el("div", [.class(error != nil && index == 0 ? "field has-error" : "field")], [
                    el("label", [.for(id)], ctx.texts.catalogueTitleIn(language: language.nativeName)),
                    when(error != nil && index == 0, el("p", [.class("field-error"), .id("\(id)-error")], error ?? "")),
                    .void("input", [.type("text"), .id(id), .name(language.rawValue), .value(titles[language.rawValue] ?? ""),
                                    Attr("lang", language.rawValue)]
                          + (error != nil && index == 0 ? [.aria("describedby", "\(id)-error"), .aria("invalid", "true")] : [])),
                ])
            }
            + [Form.submit(button, secondary: true)])
    }

    private static func retirementForm(_ ctx: PageContext, _ entry: CatalogueEntry, restore: Bool) -> HTMLNode {
        el("form", [.methodPost, .action(SiteURL.catalogueRetirement(entry.id).path), .class("inline")], [
            Form.csrf(ctx),
            .void("input", [.type("hidden"), .name("restore"), .value(restore ? "yes" : "no")]),
            el("button", [.type("submit"), .class("link-button")], restore ? ctx.texts.catalogueRestore : ctx.texts.catalogueRetire),
        ])
    }
}
