import Foundation

/// The checks of single sign-on with OpenID Connect (authorization code with PKCE) that do not
/// need the network: how long a sign-in may take, and whether an ID token's claims are for us,
/// fresh, and the answer to the request we made (OpenID Connect Core 3.1.3.7).
public enum SingleSignOnRules {
    /// A sign-in started longer ago than this is refused, and the person starts again.
    public static let stateLifetime: TimeInterval = 600
    /// Clock difference tolerated between Godstart and the provider.
    public static let clockSkew: TimeInterval = 120

    /// The claims of an ID token that Godstart reads.
    public struct Claims: Equatable, Sendable {
        public var issuer: String?
        public var audience: [String]
        public var authorizedParty: String?
        public var expires: Date?
        /// `nbf`: the token is not valid before this moment.
        public var notBefore: Date?
        public var issuedAt: Date?
        public var nonce: String?
        public var subject: String?
        public var email: String?
        public var emailVerified: Bool?
        public var name: String?

        public init(issuer: String?, audience: [String], authorizedParty: String? = nil, expires: Date?, notBefore: Date? = nil,
                    issuedAt: Date? = nil, nonce: String?, subject: String?, email: String?, emailVerified: Bool? = nil, name: String? = nil) {
            self.issuer = issuer
            self.audience = audience
            self.authorizedParty = authorizedParty
            self.expires = expires
            self.notBefore = notBefore
            self.issuedAt = issuedAt
            self.nonce = nonce
            self.subject = subject
            self.email = email
            self.emailVerified = emailVerified
            self.name = name
        }
    }

    public enum Refusal: Error, Equatable, Sendable {
        /// The sign-in was started too long ago, or in another browser.
        case stateExpired
        case wrongIssuer, wrongAudience, expired, wrongNonce
        /// The provider gave no e-mail address to match by, or one it does not vouch for (not
        /// verified, and outside the trusted domains).
        case noEmail
        /// No subject: the provider's own id of the account, which Godstart links the person to.
        case noSubject
    }

    public static func isExpired(startedAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(startedAt) > stateLifetime || now < startedAt.addingTimeInterval(-clockSkew)
    }

    /// The e-mail address to sign in with (lower-cased), or why the token is refused.
    /// `trustedDomains`: the e-mail domains the provider is trusted to vouch for (a municipality's
    /// own); an address outside them counts only when the provider says it is verified.
    public static func check(_ claims: Claims, issuer: String, clientID: String, nonce: String, now: Date,
                             trustedDomains: Set<String> = []) -> Result<String, Refusal> {
        func trimmed(_ url: String) -> String { url.hasSuffix("/") ? String(url.dropLast()) : url }
        guard let tokenIssuer = claims.issuer, trimmed(tokenIssuer) == trimmed(issuer) else { return .failure(.wrongIssuer) }
        guard claims.audience.contains(clientID) else { return .failure(.wrongAudience) }
        if claims.audience.count > 1 || claims.authorizedParty != nil, claims.authorizedParty != clientID { return .failure(.wrongAudience) }
        guard let expires = claims.expires, expires.addingTimeInterval(clockSkew) > now else { return .failure(.expired) }
        if let notBefore = claims.notBefore, notBefore.addingTimeInterval(-clockSkew) > now { return .failure(.expired) }
        guard claims.nonce == nonce else { return .failure(.wrongNonce) }
        guard let email = claims.email?.trimmingCharacters(in: .whitespaces).lowercased(), !email.isEmpty,
              let domain = email.split(separator: "@").last.map(String.init),
              claims.emailVerified == true || trustedDomains.contains(domain) else { return .failure(.noEmail) }
        guard claims.subject?.isEmpty == false else { return .failure(.noSubject) }
        return .success(email)
    }

    public enum AccountMatch: Equatable, Sendable {
        /// The provider's account is linked to a person of the organisation: sign them in.
        case linked
        /// A person of the organisation has the address and no linked account yet: link and sign in.
        case link
        /// Nobody has the address: create the person, if the organisation allows it.
        case create
        /// Someone of another organisation, or a person linked to another account of the provider.
        case refuse
    }

    /// Who an answer from the provider signs in. A person is linked to the provider's account
    /// (issuer and subject) at their first sign-in through it and known by that account from then
    /// on, so a reused or changed e-mail address never opens someone else's material. Only people
    /// of the organisation the provider serves sign in through it.
    public static func match(linkedToAccount: (organisation: UUID, email: String)?, byAddress: (organisation: UUID, account: String?)?,
                             email: String, account: String, organisation: UUID) -> AccountMatch {
        if let linked = linkedToAccount { return linked.organisation == organisation ? .linked : .refuse }
        guard let person = byAddress else { return .create }
        guard person.organisation == organisation, person.account == nil || person.account == account else { return .refuse }
        return .link
    }
}
