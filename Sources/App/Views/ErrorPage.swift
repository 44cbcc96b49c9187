import GodstartCore
import Vapor

enum ErrorPage {
    enum Kind { case notFound, formExpired, serverError }

    static func response(_ req: Request, status: HTTPResponseStatus, kind: Kind, typed: [(String, String)] = []) -> Response {
        let ctx = PageContext.make(req)
        let t = ctx.texts
        let (title, message) = switch kind {
        case .notFound: (t.notFoundTitle, t.notFoundText)
        case .formExpired: (t.formExpiredTitle, t.formExpiredText)
        case .serverError: (t.serverErrorTitle, t.serverErrorText)
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
            el("p", [], [link(t.goHome, to: SiteURL.root.path)]),
        ])
        response.status = status
        return response
    }

    /// The words the form showed for a field.
    private static func label(_ key: String, _ t: any Texts) -> String {
        if key.hasPrefix("note-"), let point = AgendaPoint(rawValue: String(key.dropFirst(5))) { return t.agendaTitle(point) }
        return switch key {
        case "name": t.nameLabel
        case "email": t.emailLabel
        case "place": t.placeLabel
        case "date": t.dateLabel
        case "time": t.timeLabel
        case "firstDay": t.firstDayLabel
        default: key
        }
    }
}
