import GodstartCore
import Vapor

enum PreparationPage {
    static func render(_ ctx: PageContext, _ loaded: PreparationController.Loaded, typed: [String: String],
                       errors: [String: String]) -> Response {
        let t = ctx.texts
        let isMentee = loaded.questions == PreparationQuestion.menteeSet
        let file = loaded.file
        return Layout.page(ctx, title: t.preparationTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.preparationTitle),
            el("p", isMentee ? t.preparationIntroMentee : t.preparationIntroMentor),
            Form.errorSummary(ctx, loaded.questions.compactMap { q in
                errors[q.rawValue].map { (q.rawValue, "\(t.preparationQuestion(q)): \($0)") }
            }),
            el("section", [.aria("labelledby", "own-heading")], [
                el("h2", [.id("own-heading")], t.yourAnswers),
                el("form", [.methodPost, .action(SiteURL.preparation(file.id).path), Attr("novalidate", nil)], [Form.csrf(ctx)]
                    + loaded.questions.map { q in
                        Form.textarea(q.rawValue, label: t.preparationQuestion(q), value: typed[q.rawValue],
                                      error: errors[q.rawValue], rows: 3)
                    }
                    + [Form.submit(t.saveAnswers)]),
            ]),
            loaded.own.map { own in
                SharingComponents.form(ctx, action: SiteURL.preparationSharing(file.id).path,
                                       sharedWith: own.$sharedWith.id.flatMap { file.people[$0] }, mentor: loaded.other)
            } ?? .empty,
            loaded.other.map { other in
                el("section", [.aria("labelledby", "their-heading")], [
                    el("h2", [.id("their-heading")], t.theirAnswers(name: other.name)),
                    loaded.othersShared.map { shared in
                        .group(PreparationQuestion.allCases.compactMap { q in
                            shared.answers[q.rawValue].map { .group([el("h3", t.preparationQuestion(q)), el("p", [.class("note-text")], $0)]) }
                        })
                    } ?? el("p", [.class("muted")], t.notSharedYet(name: other.name)),
                ])
            } ?? .empty,
        ])
    }
}
