import Vapor

enum SessionKeys {
    static let personID = "personID"
    static let csrfToken = "csrf"
    static let returnTo = "returnTo"
    /// Seconds since 1970 when the person signed in, and of their latest request (`SessionRules`).
    static let signedInAt = "signedInAt"
    static let seenAt = "seenAt"
}

enum CSRF {
    static let fieldName = "csrfToken"
    static let failureReason = "csrf"

    /// The session's token, created on first use.
    static func token(for request: Request) -> String {
        if let token = request.session.data[SessionKeys.csrfToken] { return token }
        let token = [UInt8].random(count: 32).base64URLEncoded()
        request.session.data[SessionKeys.csrfToken] = token
        return token
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
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
