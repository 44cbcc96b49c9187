import GodstartCore
import Vapor

enum ErrorPage {
    enum Kind {
        case notFound, formExpired, serverError
        /// A form larger than the server takes (`routes.defaultMaxBodySize`): nothing of it was read.
        case tooLarge
        /// The session ran out while writing; what was written comes back after signing in again.
        case signedOutTextKept
    }

    static func response(_ req: Request, status: HTTPResponseStatus, kind: Kind, typed: [(String, String)] = []) -> Response {
        let ctx = PageContext.make(req)
        let t = ctx.texts
        let (title, message) = switch kind {
        case .notFound: (t.notFoundTitle, t.notFoundText)
        case .formExpired: (t.formExpiredTitle, t.formExpiredText)
        case .signedOutTextKept: (t.formExpiredTitle, t.signInAgainTextKept)
        case .serverError: (t.serverErrorTitle, t.serverErrorText)
        case .tooLarge: (t.tooLargeTitle, t.tooLargeText)
        }
        let response = Layout.page(ctx, title: title, [
            el("h1", title),
            el("p", message),
            .group(typed.enumerated().map { index, field in
                el("div", [.class("field")], [
                    el("label", [.for("typed-\(index)")], label(field.0, t)),
                    el("textarea", [.id("typed-\(index)"), .rows(4), Attr("readonly", nil)], field.1),
                ])
            }),
            kind == .signedOutTextKept
                ? el("p", [], [link(t.signInButton, to: SiteURL.signIn.path, [.class("button")])])
                : el("p", [], [link(t.goHome, to: SiteURL.root.path)]),
        ])
        response.status = status
        return response
    }

    /// The words the form showed for a field.
    private static func label(_ key: String, _ t: Texts) -> String {
        if key.hasPrefix("note-"), let point = AgendaPoint(rawValue: String(key.dropFirst(5))) { return t.agendaTitle(point) }
        if let part = JournalPart(rawValue: key) { return t.journalPart(part) }
        if let prompt = LogbookPrompt(rawValue: key) { return t.logbookPrompt(prompt) }
        return switch key {
        case "name": t.nameLabel
        case "email": t.emailLabel
        case "place": t.placeLabel
        case "date": t.dateLabel
        case "time": t.timeLabel
        case "firstDay": t.firstDayLabel
        case "title": t.journalTitleLabel
        case "overrideReason": t.overrideReasonLabel
        default: t.typedFieldLabel
        }
    }
}
