import GodstartCore
import Vapor

/// The administrator's outbox: the list with its filter and the test-mail form, and one mail.
enum OutboxPages {
    static func list(_ ctx: PageContext, _ messages: [OutboxMessage], counts: [OutboxMessage.State: Int],
                     filter: OutboxController.Filter, server: String?, showsContent: (OutboxMessage) -> Bool,
                     typed: OutboxController.TestForm, error: String?) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = messages.map { message in
            [
                text(ctx.dates.dayAndTime(message.createdAt)),
                text(message.toAddress),
                text(message.mailKind.map(t.mailKindLabel) ?? message.kind),
                link(showsContent(message) ? message.subject : t.outboxContentNotShown, to: SiteURL.outboxMessage(message.id).path),
                text(status(message, ctx, server: server)),
            ]
        }
        let states = OutboxMessage.State.allCases.map { (value: $0.rawValue, title: t.outboxState($0.rawValue)) }
        return Layout.page(ctx, title: t.outboxTitle, [
            el("h1", t.outboxTitle),
            el("p", server.map(t.outboxServer) ?? t.outboxNoServer),
            el("p", t.outboxCounts(waiting: counts[.waiting] ?? 0, failed: counts[.failed] ?? 0, sent: counts[.sent] ?? 0)),
            Components.filterForm(ctx, action: .outbox, [
                Components.filterSelect(ctx, "state", t.outboxStateLabel, states, filter.state),
            ]),
            messages.isEmpty ? el("p", [.class("muted")], t.outboxEmpty) : Components.table(
                label: t.outboxTitle,
                caption: messages.count == OutboxController.listed ? t.outboxLatest(messages.count) : nil,
                headers: [t.outboxCreatedColumn, t.outboxToColumn, t.outboxKindColumn, t.outboxSubjectColumn, t.outboxStatusColumn],
                rows: rows),
            el("h2", t.outboxTestHeading),
            el("p", t.outboxTestHint),
            Form.errorSummary(ctx, error.map { [("address", "\(t.outboxTestAddress): \($0)")] } ?? []),
            el("form", [.methodPost, .action(SiteURL.outboxTest.path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("address", label: t.outboxTestAddress, value: typed.address, error: error, type: "email", autocomplete: "email"),
                Form.submit(t.outboxTestSend),
            ]),
        ])
    }

    static func status(_ message: OutboxMessage, _ ctx: PageContext, server: String?) -> String {
        let t = ctx.texts
        switch message.state {
        case .sent: return t.outboxSentAt(ctx.dates.dayAndTime(message.sentAt!))
        case .failed: return t.outboxFailed(attempts: message.attempts)
        case .waiting:
            if server == nil { return t.outboxNotSentWithoutServer }
            return t.outboxWaiting(attempts: message.attempts, next: ctx.dates.dayAndTime(message.sendAfter))
        }
    }

    static func message(_ ctx: PageContext, _ message: OutboxMessage, server: String?, showsContent: Bool) -> Response {
        let t = ctx.texts
        let facts: [(String, String)] = [
            (t.outboxToColumn, message.toAddress),
            (t.outboxKindColumn, message.mailKind.map(t.mailKindLabel) ?? message.kind),
            (t.outboxCreatedColumn, ctx.dates.dayAndTime(message.createdAt)),
            (t.outboxStatusColumn, status(message, ctx, server: server)),
        ] + (message.lastError.map { [(t.outboxLastError, $0)] } ?? [])
        let title = showsContent ? message.subject : t.mailKindLabel(message.mailKind ?? .test)
        return Layout.page(ctx, title: title, [
            el("p", [], [link(t.outboxBackToList, to: SiteURL.outbox.path)]),
            el("h1", title),
            el("dl", [.class("facts")], facts.flatMap { [el("dt", $0.0), el("dd", $0.1)] }),
            showsContent ? el("pre", [.class("mail-body")], message.body) : el("p", [.class("muted")], t.outboxContentWithheld),
            message.sentAt == nil ? el("form", [.methodPost, .action(SiteURL.outboxResend(message.id).path)], [
                Form.csrf(ctx),
                Form.submit(t.outboxSendAgain),
            ]) : .empty,
        ])
    }
}
