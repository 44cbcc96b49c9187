import GodstartCore
import Vapor

enum KnowledgePage {
    static func render(_ ctx: PageContext, entries: [KnowledgeController.Entry], query: String, colleagues: [Person],
                       typed: KnowledgeController.AddForm, errors: [String: String]) -> Response {
        let t = ctx.texts
        let mayKeep = !colleagues.isEmpty
        return Layout.page(ctx, title: t.knowledgeTitle, [
            el("h1", t.knowledgeTitle),
            el("p", t.knowledgeIntro),
            Form.errorSummary(ctx, ["person", "area", "kind"].compactMap { key in
                errors[key].map { (key == "kind" ? "kind-\(KnowledgeKind.allCases[0].rawValue)" : key, $0) }
            }),
            el("form", [Attr("method", "get"), .action(SiteURL.knowledgePersons.path), Attr("role", "search")], [
                Form.input("q", label: t.knowledgeSearchLabel, value: query, type: "search"),
                Form.submit(t.knowledgeSearchButton, secondary: true),
            ]),
            entries.isEmpty
                ? el("p", [.class("muted")], query.isEmpty ? t.noKnowledgePersonsYet : t.noKnowledgeMatches(query: query))
                : .group(KnowledgeKind.allCases.compactMap { kind in
                    let ofKind = entries.filter { $0.area.knowledgeKind == kind }
                    guard !ofKind.isEmpty else { return nil }
                    return .group([
                        el("h2", t.knowledgeKind(kind)),
                        el("ul", [.class("people")], ofKind.map { entry in
                            el("li", [], [
                                el("span", [.class("role")], entry.area.area),
                                Components.personCard(entry.person),
                                when(mayKeep, el("form", [.methodPost, .action(SiteURL.knowledgeAreaRemoval(entry.area.id).path)], [
                                    Form.csrf(ctx),
                                    el("button", [.type("submit"), .class("link-button"),
                                                  .aria("label", "\(t.removeKnowledge): \(entry.area.area), \(entry.person.name)")], t.removeKnowledge),
                                ])),
                            ])
                        }),
                    ])
                }),
            when(mayKeep, el("section", [.class("card"), .aria("labelledby", "add-knowledge-heading")], [
                el("h2", [.id("add-knowledge-heading")], t.addKnowledgeHeading),
                el("form", [.methodPost, .action(SiteURL.knowledgePersons.path), Attr("novalidate", nil)], [
                    Form.csrf(ctx),
                    Form.select("person", label: t.knowledgePersonLabel,
                                options: colleagues.map { Form.Option(value: $0.id!.uuidString, label: $0.name) },
                                selected: typed.person, placeholder: t.chooseOption, error: errors["person"]),
                    Form.input("area", label: t.knowledgeAreaLabel, value: typed.area, error: errors["area"], hint: t.knowledgeAreaHint),
                    Form.radios("kind", legend: t.knowledgeKindLabel,
                                options: KnowledgeKind.allCases.map { Form.Option(value: $0.rawValue, label: t.knowledgeKind($0)) },
                                selected: typed.kind ?? KnowledgeKind.system.rawValue, error: errors["kind"]),
                    Form.submit(t.addKnowledgeButton),
                ]),
            ])),
        ])
    }
}
