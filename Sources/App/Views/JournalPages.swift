import Foundation
import GodstartCore
import Vapor

enum JournalPages {
    static func list(_ ctx: PageContext, file: ProgrammeFile?, journals: [ProcessJournal]) -> Response {
        let t = ctx.texts
        guard file != nil else {
            return Layout.page(ctx, title: t.journalsTitle, [el("h1", t.journalsTitle), el("p", t.noProgrammeForWriting)])
        }
        let people = file?.people ?? [:]
        return Layout.page(ctx, title: t.journalsTitle, [
            el("h1", t.journalsTitle),
            el("p", t.journalsIntro),
            el("p", [], [link(t.newJournal, to: SiteURL.newJournal.path, [.class("button")])]),
            journals.isEmpty ? el("p", t.journalsEmpty) : Components.table(
                label: t.journalsTitle, headers: [t.journalTitleLabel, t.writtenColumn, t.sharingColumn],
                rows: journals.map { journal in
                    [
                        link(journal.title, to: SiteURL.journal(journal.id).path),
                        text(ctx.dates.shortDay(journal.createdAt ?? Date())),
                        SharingComponents.status(journal.$sharedWith.id.flatMap { people[$0] }, t),
                    ]
                }),
        ])
    }

    static func fieldLabel(_ field: String, _ t: Texts) -> String {
        JournalPart(rawValue: field).map { t.journalPart($0) } ?? t.journalTitleLabel
    }

    static func form(
        _ ctx: PageContext, file: ProgrammeFile, journal: ProcessJournal?, form: JournalController.JournalForm,
        findings: [JournalController.OpenFinding], errors: [String: String], replacedAll: Bool = false
    ) -> Response {
        let t = ctx.texts
        let title = journal?.title ?? t.newJournal
        let action = journal.map { SiteURL.journal($0.id).path } ?? SiteURL.journals.path
        let summary = JournalController.JournalForm.fields.compactMap { field in
            errors[field].map { (field, "\(fieldLabel(field, t)): \($0)") }
        }
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.journalsTitle, to: SiteURL.journals.path)]),
            el("h1", title),
            el("p", [.class("hint")], t.forLearningOnly),
            Form.errorSummary(ctx, summary),
            el("form", [.methodPost, .action(action), Attr("novalidate", nil), .class("journal")], [
                Form.csrf(ctx),
                // The default button, so Enter in the label field saves rather than replacing a finding.
                el("button", [.type("submit"), .name("action"), .value("save"), .class("visually-hidden"),
                              Attr("tabindex", "-1"), .aria("hidden", "true")], t.saveJournal),
                .group((form.kept ?? []).map { .void("input", [.type("hidden"), .name("kept[]"), .value($0)]) }),
                // After "replace all" the writer reads the result before anything is stored.
                when(replacedAll && findings.isEmpty, el("p", [.class("notice"), Attr("role", "status")], t.replacedAllReadBeforeSaving)),
                findingsPanel(ctx, findings),
                Form.input("title", label: t.journalTitleLabel, value: form.title, error: errors["title"],
                           hint: t.journalTitleHint, autocomplete: "off"),
            ] + JournalPart.allCases.map { part in
                Form.textarea(part.rawValue, label: t.journalPart(part), value: form.value(part.rawValue),
                              error: errors[part.rawValue], hint: t.journalPartHint(part), rows: part == .account ? 14 : 6)
            } + [
                el("button", [.type("submit"), .name("action"), .value("save"), .class("button")], t.saveJournal),
            ]),
            journal.map { journal in
                SharingComponents.form(ctx, action: SiteURL.journalSharing(journal.id).path,
                                       sharedWith: journal.$sharedWith.id.flatMap { file.people[$0] },
                                       mentor: file.newcomer.flatMap { PrivateWriting.mentorToShareWith(file, author: $0) },
                                       meetings: JournalController.meetingsToShareFor(file, now: ctx.now).map {
                                           Form.Option(value: $0.id!.uuidString, label: meetingLabel($0, ctx))
                                       },
                                       forMeeting: journal.$forMeeting.id.flatMap { id in file.meetings.first { $0.id == id } }
                                           .map { meetingLabel($0, ctx) })
            } ?? .empty,
        ])
    }

    /// Each finding with where it is (marked in its context) and what to do about it.
    private static func findingsPanel(_ ctx: PageContext, _ findings: [JournalController.OpenFinding]) -> HTMLNode {
        guard !findings.isEmpty else { return .empty }
        let t = ctx.texts
        return el("section", [.class("findings"), Attr("role", "alert"), .aria("labelledby", "findings-heading"), .id("findings")], [
            el("h2", [.id("findings-heading")], t.findingsTitle),
            el("p", t.findingsIntro),
            el("ol", [], findings.map { open in
                let kind = t.findingKind(open.finding.kind)
                let placeholder = t.placeholder(open.finding.kind)
                return el("li", [.class("finding")], [
                    el("p", [], [el("strong", t.findingIn(kind: kind, part: fieldLabel(open.field, t)))]),
                    el("p", [.class("in-context")], [
                        el("span", [.class("visually-hidden")], "\(t.markedTextLabel): "),
                        text(open.finding.before), el("mark", open.finding.text), text(open.finding.after),
                    ]),
                    el("div", [.class("actions")], [
                        el("button", [.type("submit"), .name("action"), .value("replace|\(open.field)|\(open.finding.text)"),
                                      .class("button")], t.replaceWith(placeholder)),
                        el("button", [.type("submit"), .name("action"), .value("keep|\(open.finding.text)"),
                                      .class("button secondary")], t.keepFinding),
                    ]),
                ])
            }),
            when(findings.count > 1, el("button", [.type("submit"), .name("action"), .value("replaceAll"), .class("button")],
                                        t.replaceAllFindings)),
        ])
    }

    static func shared(_ ctx: PageContext, file: ProgrammeFile, journal: ProcessJournal) -> Response {
        let t = ctx.texts
        let form = JournalController.JournalForm(journal)
        return Layout.page(ctx, title: journal.title, [
            el("p", [.class("breadcrumb")], [link(t.sharedWithYouTitle, to: SiteURL.sharedWithMe.path)]),
            el("h1", journal.title),
            el("p", [.class("notice")], t.sharedBy(name: file.newcomer?.name ?? "")),
            el("p", [.class("hint")], t.forLearningOnly),
            .group(JournalPart.allCases.filter { !form.value($0.rawValue).isEmpty }.map { part in
                .group([el("h2", t.journalPart(part)), el("p", [.class("note-text")], form.value(part.rawValue))])
            }),
        ])
    }

    /// A meeting as a journal names it: "Mentorsamtale 7, tirsdag 1. december 2026".
    static func meetingLabel(_ meeting: Meeting, _ ctx: PageContext) -> String {
        "\(Components.meetingTitle(meeting, ctx.texts)), \(ctx.dates.day(meeting.startsAt))"
    }
}
