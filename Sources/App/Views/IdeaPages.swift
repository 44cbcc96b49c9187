import Foundation
import GodstartCore
import Vapor

/// Sending an idea and following one's own; the coordinator's inbox of every idea.
enum IdeaPages {
    static func own(_ ctx: PageContext, _ ideas: [Idea], typed: IdeaController.IdeaForm, error: String?, isCoordinator: Bool) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.ideasTitle, [
            el("h1", t.ideasTitle),
            el("p", t.ideasIntro),
            when(isCoordinator, el("p", [.class("actions")], [link(t.ideaInboxTitle, to: SiteURL.ideaInbox.path, [.class("button secondary")])])),
            Form.errorSummary(ctx, error.map { [("text", "\(t.ideaTextLabel): \($0)")] } ?? []),
            el("form", [.methodPost, .action(SiteURL.ideas.path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.textarea("text", label: t.ideaTextLabel, value: typed.text, error: error, hint: t.ideaTextHint, rows: 5),
                Form.checkbox("anonymous", label: t.ideaAnonymousLabel, checked: typed.anonymous == "on", hint: t.ideaAnonymousHint),
                Form.submit(t.sendIdeaButton),
            ]),
            el("h2", t.yourIdeasHeading),
            ideas.isEmpty ? el("p", [.class("muted")], t.noIdeasYet)
                : el("ul", [.class("ideas")], ideas.map { idea in
                    el("li", [.class("idea")], [
                        el("p", [.class("meta")], [
                            text(idea.createdAt.map { ctx.dates.shortDay($0) } ?? ""), text(" · "),
                            el("span", [.class("status")], t.ideaStatus(idea.ideaStatus)),
                            when(idea.anonymous, text(" · \(t.sentAnonymously)")),
                        ]),
                        el("p", [.class("idea-text")], idea.text),
                        idea.answer.map { el("p", [.class("answer")], [el("strong", "\(t.ideaAnswerLabel): "), text($0)]) } ?? .empty,
                    ])
                }),
        ])
    }

    static func inbox(_ ctx: PageContext, _ ideas: [Idea], names: [UUID: String], status: Idea.Status?,
                      error: IdeaController.AnswerError?) -> Response {
        let t = ctx.texts
        let statusOptions = Idea.Status.allCases.map { (value: $0.rawValue, title: t.ideaStatus($0)) }
        return Layout.page(ctx, title: t.ideaInboxTitle, [
            el("p", [.class("breadcrumb")], [link(t.ideasTitle, to: SiteURL.ideas.path)]),
            el("h1", t.ideaInboxTitle),
            el("p", t.ideaInboxIntro),
            Components.filterForm(ctx, action: SiteURL.ideaInbox, [
                Components.filterSelect(ctx, "status", t.ideaStatusLabel, statusOptions, status?.rawValue),
            ]),
            error.map { Form.errorSummary(ctx, [("answer-\($0.idea.uuidString.lowercased())", $0.message)]) } ?? .empty,
            ideas.isEmpty ? el("p", [.class("muted")], t.noIdeasInInbox)
                : el("ul", [.class("ideas")], ideas.map { idea in
                    let id = idea.id!.uuidString.lowercased()
                    let correcting = error?.idea == idea.id ? error : nil
                    let from = idea.anonymous ? t.anonymousAuthor : names[idea.$author.id] ?? t.anonymousAuthor
                    return el("li", [.class("idea"), .id("idea-\(id)")], [
                        el("p", [.class("meta")], [
                            text(idea.createdAt.map { ctx.dates.shortDay($0) } ?? ""), text(" · \(from) · "),
                            el("span", [.class("status")], t.ideaStatus(idea.ideaStatus)),
                        ]),
                        el("p", [.class("idea-text")], idea.text),
                        el("form", [.methodPost, .action(SiteURL.ideaAnswer(idea.id).path), Attr("novalidate", nil)], [
                            Form.csrf(ctx),
                            Form.radios("status-\(id)", legend: t.ideaStatusLabel,
                                        options: Idea.Status.allCases.map { Form.Option(value: $0.rawValue, label: t.ideaStatus($0)) },
                                        selected: correcting?.typed.status ?? idea.status, name: "status"),
                            Form.textarea("answer-\(id)", label: t.ideaAnswerLabel, value: correcting?.typed.answer ?? idea.answer,
                                          error: correcting?.message, hint: t.ideaAnswerHint, rows: 3, name: "answer"),
                            Form.submit(t.saveIdeaAnswerButton, secondary: true),
                        ]),
                    ])
                }),
        ])
    }
}
