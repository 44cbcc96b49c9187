import Vapor

enum ErrorPage {
    enum Kind { case notFound, formExpired, serverError }

    static func response(_ req: Request, status: HTTPResponseStatus, kind: Kind) -> Response {
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
            el("p", [], [link(t.goHome, to: SiteURL.root.path)]),
        ])
        response.status = status
        return response
    }
}
