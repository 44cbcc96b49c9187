import Foundation
import Vapor

enum LogbookPages {
    static func list(_ ctx: PageContext, file: ProgrammeFile?, entries: [LogbookEntry]) -> Response {
        let t = ctx.texts
        guard file != nil else {
            return Layout.page(ctx, title: t.logbookTitle, [el("h1", t.logbookTitle), el("p", t.noProgrammeForWriting)])
        }
        let people = file?.people ?? [:]
        return Layout.page(ctx, title: t.logbookTitle, [
            el("h1", t.logbookTitle),
            el("p", t.logbookIntro),
            el("p", [], [link(t.newLogbookEntry, to: SiteURL.newLogbookEntry.path, [.class("button")])]),
            entries.isEmpty ? el("p", t.logbookEmpty) : Components.table(
                label: t.logbookTitle, headers: [t.writtenColumn, t.sharingColumn],
                rows: entries.map { entry in
                    [
                        link(t.logbookEntryTitle(date: ctx.dates.day(entry.createdAt ?? Date())), to: SiteURL.logbookEntry(entry.id).path),
                        SharingComponents.status(entry.$sharedWith.id.flatMap { people[$0] }, t),
                    ]
                }),
        ])
    }

    static func form(_ ctx: PageContext, file: ProgrammeFile, entry: LogbookEntry?, form: LogbookController.EntryForm,
                     errors: [String: String]) -> Response {
        let t = ctx.texts
        let title = entry.map { t.logbookEntryTitle(date: ctx.dates.day($0.createdAt ?? Date())) } ?? t.newLogbookEntry
        let action = entry.map { SiteURL.logbookEntry($0.id).path } ?? SiteURL.logbook.path
        let newcomer = file.newcomer
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.logbookTitle, to: SiteURL.logbook.path)]),
            el("h1", title),
            el("p", [.class("hint")], t.logbookIntro),
            Form.errorSummary(ctx, LogbookPrompt.allCases.compactMap { prompt in
                errors[prompt.rawValue].map { (prompt.rawValue, "\(t.logbookPrompt(prompt)): \($0)") }
            }),
            el("form", [.methodPost, .action(action), Attr("novalidate", nil)], [Form.csrf(ctx)]
                + LogbookPrompt.allCases.map { prompt in
                    Form.textarea(prompt.rawValue, label: t.logbookPrompt(prompt), value: form.value(prompt),
                                  error: errors[prompt.rawValue], rows: 4)
                }
                + [Form.submit(t.saveEntry)]),
            entry.map { entry in
                SharingComponents.form(ctx, action: SiteURL.logbookEntrySharing(entry.id).path,
                                       sharedWith: entry.$sharedWith.id.flatMap { file.people[$0] },
                                       mentor: newcomer.flatMap { PrivateWriting.mentorToShareWith(file, author: $0) })
            } ?? .empty,
        ])
    }

    /// What the mentor sees of an entry shared with them: the text, read-only, and whose it is.
    static func shared(_ ctx: PageContext, file: ProgrammeFile, entry: LogbookEntry) -> Response {
        let t = ctx.texts
        let title = t.logbookEntryTitle(date: ctx.dates.day(entry.createdAt ?? Date()))
        let form = LogbookController.EntryForm(entry)
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.sharedWithYouTitle, to: SiteURL.sharedWithMe.path)]),
            el("h1", title),
            el("p", [.class("notice")], t.sharedBy(name: file.newcomer?.name ?? "")),
            .group(LogbookPrompt.allCases.filter { !form.value($0).isEmpty }.map { prompt in
                .group([el("h2", t.logbookPrompt(prompt)), el("p", [.class("note-text")], form.value(prompt))])
            }),
        ])
    }
}
