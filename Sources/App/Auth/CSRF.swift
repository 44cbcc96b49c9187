import GodstartCore
import Vapor

enum SessionKeys {
    static let personID = "personID"
    static let csrfToken = "csrf"
    /// Seconds since 1970 when the person signed in, and of their latest request (`SessionRules`).
    static let signedInAt = "signedInAt"
    static let seenAt = "seenAt"
}

/// The form token every form carries, and the check that a state-changing request carries it.
///
/// A browser with a stored session gets the session's own token. A browser without one gets a
/// random value in a cookie of its own, and its forms send the same value back (double submit): no
/// other site can read that cookie, and a cross-site POST does not carry it (SameSite=Lax). So
/// showing a page to someone signed out, the sign-in page included, stores nothing.
enum CSRF {
    static let fieldName = "csrfToken"
    static let failureReason = "csrf"

    /// `__Host-` behind TLS: only this host, over https, can set it, so a neighbouring subdomain
    /// cannot plant a value of its own.
    static func cookieName(_ request: Request) -> String {
        request.application.settings.secureCookies ? "__Host-godstart_form" : "godstart_form"
    }

    private struct NewCookieValue: StorageKey { typealias Value = String }

    /// The token for the forms of the page being made.
    static func token(for request: Request) -> String {
        if hasStoredSession(request) {
            if let token = request.session.data[SessionKeys.csrfToken] { return token }
            let token = SecretToken.make()
            request.session.data[SessionKeys.csrfToken] = token
            return token
        }
        if let value = request.storage[NewCookieValue.self] ?? request.cookies[cookieName(request)]?.string, !value.isEmpty {
            return value
        }
        let value = SecretToken.make()
        request.storage[NewCookieValue.self] = value
        return value
    }

    /// Whether `sent` is a token this browser was given: its session's, or, when no one is signed
    /// in, the value of its form cookie.
    static func isValid(_ sent: String, for request: Request) -> Bool {
        guard !sent.isEmpty else { return false }
        if request.hasSession, let expected = request.session.data[SessionKeys.csrfToken], constantTimeEqual(sent, expected) {
            return true
        }
        guard request.currentPerson == nil, let cookie = request.cookies[cookieName(request)]?.string, !cookie.isEmpty else { return false }
        return constantTimeEqual(sent, cookie)
    }

    /// Sets the form cookie on the response when this request made one.
    static func addCookie(to response: Response, for request: Request) {
        guard let value = request.storage[NewCookieValue.self] else { return }
        response.cookies[cookieName(request)] = HTTPCookies.Value(
            string: value, path: "/", isSecure: request.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// A session that is stored, or is to be stored at the end of this request because it holds something.
    static func hasStoredSession(_ request: Request) -> Bool {
        request.hasSession && (request.session.id != nil || request.session.data != SessionData())
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}

/// Where someone signed out was going, kept in a cookie until they have signed in (so a stranger
/// asking for a page stores nothing either).
enum ReturnPath {
    static let cookieName = "godstart_return"

    static func remember(_ path: String, on response: Response, for request: Request) {
        // Only plain path characters go into a cookie.
        guard let path = LocalPath.validated(path), path.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/-_.".contains($0)) }) else { return }
        // After a session ran out, or after its person signed out, the page is that person's to go back
        // to, nobody else's: on a shared PC the next person to sign in is not sent to (and shown the
        // address of) someone's entry.
        let person = request.endedSession?.personID ?? boundPerson(request)
        keep(person.map { "\($0.uuidString)|\(path)" } ?? path, on: response, for: request)
    }

    /// At sign-out: whatever page this browser asks for until someone signs in is remembered for the
    /// person who left only (the back button after signing out asks for their last page).
    static func bind(to personID: UUID, on response: Response, for request: Request) {
        keep("\(personID.uuidString)|\(SiteURL.root.path)", on: response, for: request)
    }

    private static func keep(_ value: String, on response: Response, for request: Request) {
        response.cookies[cookieName] = HTTPCookies.Value(
            string: value, maxAge: Int(SessionRules.storedFor), path: "/", isSecure: request.application.settings.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
    }

    /// The person the browser's remembered page is bound to, if it is.
    private static func boundPerson(_ request: Request) -> UUID? {
        guard let value = request.cookies[cookieName]?.string, let bar = value.firstIndex(of: "|") else { return nil }
        return UUID(uuidString: String(value[..<bar]))
    }

    /// Where `personID`, signing in, was going: a path remembered for someone else is dropped.
    static func remembered(_ request: Request, for personID: UUID) -> String? {
        guard let value = request.cookies[cookieName]?.string else { return nil }
        let parts = value.split(separator: "|", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            return UUID(uuidString: parts[0]) == personID ? LocalPath.validated(parts[1]) : nil
        }
        return LocalPath.validated(value)
    }

    static func forget(on response: Response, for request: Request) {
        // Not Vapor's `.expired`: its empty value is dropped when the response's cookies are read back.
        guard request.cookies[cookieName] != nil else { return }
        response.cookies[cookieName] = HTTPCookies.Value(string: "-", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                                                         isSecure: request.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}

extension Array where Element == UInt8 {
    func base64URLEncoded() -> String {
        Data(self).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Data {
    /// Base64url without padding (RFC 4648 5), as JWTs and JWKs write it.
    init?(base64URLEncoded text: some StringProtocol) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        self.init(base64Encoded: base64)
    }
}

extension Request {
    private struct CurrentPersonKey: StorageKey { typealias Value = Person }

    var currentPerson: Person? {
        get { storage[CurrentPersonKey.self] }
        set { storage[CurrentPersonKey.self] = newValue }
    }

    /// The signed-in person; routes behind `RequireSignedInMiddleware` can rely on it.
    func person() throws -> Person {
        guard let person = currentPerson else { throw Abort(.unauthorized) }
        return person
    }
}

/// A submitted form; a body that is not a form reads as an empty one, so every field gets its
/// "required" message instead of the request failing.
protocol FormInput: Content {
    init()
}

extension Request {
    func form<Input: FormInput>(_ type: Input.Type) -> Input {
        (try? content.decode(Input.self)) ?? Input()
    }
}
