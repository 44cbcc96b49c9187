import Fluent
import GodstartCore
import SQLKit
import Vapor

/// Loads the signed-in person from the session, if any.
struct CurrentPersonMiddleware: AsyncMiddleware {
    /// Whether the session has run out (`SessionRules`); a session still running notes the request.
    static func hasExpired(_ session: Session, now: Date) -> Bool {
        func time(_ key: String) -> Date? { session.data[key].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)) }
        // A session from before the timeouts were kept starts counting now.
        guard let signedInAt = time(SessionKeys.signedInAt), let seenAt = time(SessionKeys.seenAt) else {
            session.data[SessionKeys.signedInAt] = String(now.timeIntervalSince1970)
            session.data[SessionKeys.seenAt] = String(now.timeIntervalSince1970)
            return false
        }
        switch SessionRules.verdict(signedInAt: signedInAt, seenAt: seenAt, now: now) {
        case .expired: return true
        case .touch: session.data[SessionKeys.seenAt] = String(now.timeIntervalSince1970)
        case .valid: break
        }
        return false
    }

    /// The person with their organisation: every page asks for the organisation (its time zone, its
    /// name), and `$organisation.get` then answers without another read. Two rows under their own
    /// column names (`PlainColumnRows`): a joined Fluent query spent more on naming its 40 columns
    /// than SQLite on finding the rows (issue 24). A browser seen in the last moments finds them in
    /// memory (`SignedInCache`), as read then, in models of its own.
    static func person(_ id: UUID, _ request: Request) async throws -> Person? {
        let kept = StoredSessions.kept(request)
        let signedIn: SignedInCache.SignedIn
        if let known = kept?.signedIn, known.personID == id {
            signedIn = known
        } else {
            guard let row = try await PlainColumnRows.rows(Person.self, on: request.db, { $0.where("id", .equal, SQLBind(id)) }).first
            else { return nil }
            let organisationID = try row.uuid("organisation_id")
            guard let organisation = try await PlainColumnRows.rows(Organisation.self, on: request.db, {
                $0.where("id", .equal, SQLBind(organisationID))
            }).first else { return nil }
            signedIn = .init(personID: id, organisationID: organisationID, person: row, organisation: organisation)
            if let kept { request.application.signedInCache.keep(kept.sessionHash, signedIn: signedIn, kept.ticket) }
        }
        let person = try PlainColumnRows.model(Person.self, from: signedIn.person)
        person.$organisation.value = try PlainColumnRows.model(Organisation.self, from: signedIn.organisation)
        return person
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let raw = request.session.data[SessionKeys.personID], let id = UUID(uuidString: raw),
           let person = try await Self.person(id, request) {
            let now = request.application.settings.now()
            // A session older than 12 hours or idle for 30 minutes has ended; so has the session of
            // someone whose employment has ended.
            let expired = Self.hasExpired(request.session, now: now)
            let left = try await person.hasLeft(now: now, on: request.db)
            if expired || left {
                // The request goes on as from someone signed out. A form sent now may be kept for
                // its writer, who is known only from the session that ended (`KeptForm`).
                if expired && !left {
                    request.endedSession = EndedSession(personID: id, formToken: request.session.data[SessionKeys.csrfToken])
                }
                try await SignInController.endSession(request)
            } else {
                request.currentPerson = person
            }
        }
        return try await next.respond(to: request)
    }
}

/// What a browser without a stored session leaves behind by visiting: nothing in the database
/// (ARCHITECTURE.md). A session this request began but put nothing into is not written (Vapor would
/// store an empty one for every request that looked at it: health checks, assets, the API, 404s),
/// and the form token of a page shown to it goes into its own cookie (`CSRF`). Runs just inside
/// Vapor's sessions middleware.
struct SignedOutVisitsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.hasSession, request.session.id == nil, request.session.data == SessionData() {
            request.session.destroy()
        }
        CSRF.addCookie(to: response, for: request)
        return response
    }
}

/// The person and form token of a session that ran out during this request.
struct EndedSession {
    let personID: UUID
    let formToken: String?
}

extension Request {
    private struct EndedSessionKey: StorageKey { typealias Value = EndedSession }

    var endedSession: EndedSession? {
        get { storage[EndedSessionKey.self] }
        set { storage[EndedSessionKey.self] = newValue }
    }
}

/// Sends anyone who is not signed in to the sign-in page.
struct RequireSignedInMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.currentPerson != nil else {
            let response = request.redirect(to: SiteURL.signIn.path)
            // Back to the page that was asked for, once signed in.
            if request.method == .GET { ReturnPath.remember(request.url.path, on: response, for: request) }
            return response
        }
        return try await next.respond(to: request)
    }
}

/// Refuses any state-changing request whose form does not carry the session's CSRF token.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET && request.method != .HEAD {
            // A body bigger than a network packet is still streaming when middleware runs; read it
            // all first, or a long form (a journal, a whole checklist) would look as if it had no token.
            _ = try await request.body.collect(max: UploadLimits.bodyLimit(for: request)).get()
            let sent = (try? request.content.get(String.self, at: CSRF.fieldName)) ?? ""
            guard CSRF.isValid(sent, for: request) else { throw Abort(.forbidden, reason: CSRF.failureReason) }
        }
        return try await next.respond(to: request)
    }
}

/// Headers every response carries: no inline scripts or styles, no framing, no sniffing.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(
            name: "Content-Security-Policy",
            value: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        // Behind TLS (secure cookies), browsers keep to https for a year.
        if request.application.settings.secureCookies {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        // No browser or proxy keeps a page, a download or an answer: any of them may hold someone's
        // data (the retention file had no rule of its own). Only what says otherwise, the stylesheet, is kept.
        if response.headers.contentType == .html || response.headers[.cacheControl].isEmpty {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}

/// Turns errors into pages in the person's language: a 404 for anything missing or not theirs,
/// a friendly page for an expired form that gives back what was typed, one for a form too large
/// to read, and a 500 page that logs no personal data.
struct PageErrorMiddleware: AsyncMiddleware {
    /// The text fields of a refused form, so the person can copy what they wrote. Never passwords or tokens.
    static func typedText(_ request: Request) -> [(String, String)] {
        guard let fields = try? request.content.decode([String: String].self) else { return [] }
        return fields
            .filter { key, value in
                !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && key != CSRF.fieldName
                    && !key.lowercased().contains("password") && key != "back" && key != "language"
                    // Which button was pressed is not something the person wrote.
                    && !["action", "intent", "pick", "share", "confirm"].contains(key)
                    && UUID(uuidString: value) == nil
            }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError {
            let status = abort.status
            if status == .forbidden && abort.reason == CSRF.failureReason {
                let kind: ErrorPage.Kind = KeptForm.keep(request) ? .signedOutTextKept : .formExpired
                return ErrorPage.response(request, status: .forbidden, kind: kind, typed: Self.typedText(request))
            }
            if status == .payloadTooLarge {
                // The body was not read, so nothing typed can be given back; the browser's back button usually can.
                return ErrorPage.response(request, status: .payloadTooLarge, kind: .tooLarge)
            }
            if status == .notFound || status == .forbidden {
                return ErrorPage.response(request, status: .notFound, kind: .notFound)
            }
            if status.code < 500 { throw abort }
            request.logger.error("Request failed", metadata: ["status": "\(status.code)", "path": "\(request.url.path)"])
            return ErrorPage.response(request, status: status, kind: .serverError)
        } catch {
            request.logger.error("Request failed", metadata: ["error": "\(String(reflecting: type(of: error)))", "path": "\(request.url.path)"])
            return ErrorPage.response(request, status: .internalServerError, kind: .serverError)
        }
    }
}

/// Requests that carry a file may be larger than a form: the materials library's upload and change.
enum UploadLimits {
    static func bodyLimit(for request: Request) -> Int {
        let segments = request.url.path.split(separator: "/")
        let isMaterialUpload = request.method == .POST && segments.first == "materials"
            && (segments.count == 1 || (segments.count == 2 && UUID(uuidString: String(segments[1])) != nil))
        // Only the coordinator uploads: nobody else can make the server read a large body.
        let mayUpload = request.currentPerson?.isCoordinator == true
        return isMaterialUpload && mayUpload ? MaterialController.bodyLimit : request.application.routes.defaultMaxBodySize.value
    }
}
