import Foundation
import GodstartCore
import JWTKit
import NIOConcurrencyHelpers

/// An ID token's claims as the provider signs them (OpenID Connect Core 1.0, section 2). Read by
/// jwt-kit once the signature holds; what the claims must say (issuer, audience and authorised
/// party, expiry and not-before, nonce, address) is `SingleSignOnRules.check`'s, on Godstart's clock.
struct IDToken: JWTIdentityToken {
    let iss: String?
    let aud: AudienceClaim
    let azp: String?
    let exp: Double?
    let nbf: Double?
    let iat: Double?
    let nonce: String?
    let sub: String?
    let email: String?
    let email_verified: BoolClaim?
    let name: String?

    var audience: AudienceClaim { aud }

    /// Nothing beyond the signature here: the claims are checked against the sign-in's own state.
    func verify(using algorithm: some JWTAlgorithm) async throws {}

    var claims: SingleSignOnRules.Claims {
        func date(_ seconds: Double?) -> Date? { seconds.map(Date.init(timeIntervalSince1970:)) }
        return SingleSignOnRules.Claims(issuer: iss, audience: aud.value, authorizedParty: azp, expires: date(exp), notBefore: date(nbf),
                                        issuedAt: date(iat), nonce: nonce, subject: sub, email: email,
                                        emailVerified: email_verified?.value, name: name)
    }
}

/// The provider's signing keys, in jwt-kit's key collection, and the one rule for reading them
/// again: every hour, and when a token names a key the collection does not have (a key rotated),
/// but then at most once a minute, so tokens with made-up key ids cannot make Godstart hammer the
/// provider.
final class ProviderKeys: Sendable {
    static let lifetime: TimeInterval = 3600
    static let unknownKeyPause: TimeInterval = 60

    private struct Read: Sendable {
        let keys: JWTKeyCollection
        let ids: Set<String>
        let at: Date
    }
    private let read = NIOLockedValueBox<Read?>(nil)

    /// The keys to check a token that names `kid` with, read again when the rule says so.
    func keys(for kid: String?, now: Date, fetch: () async throws -> Data) async throws -> JWTKeyCollection {
        let known = read.withLockedValue { $0 }
        if let known, now.timeIntervalSince(known.at) < Self.lifetime,
           kid.map(known.ids.contains) != false || now.timeIntervalSince(known.at) < Self.unknownKeyPause {
            return known.keys
        }
        let (keys, ids) = try await Self.collection(try await fetch())
        read.withLockedValue { $0 = Read(keys: keys, ids: ids, at: now) }
        return keys
    }

    /// A key set (RFC 7517) as jwt-kit's collection: the signing keys of the kinds Godstart accepts,
    /// each under its key id (a key without one gets a made-up id, so a token without one still
    /// finds it when it is the only key).
    static func collection(_ json: Data) async throws -> (JWTKeyCollection, Set<String>) {
        guard let set = try? JSONSerialization.jsonObject(with: json) as? [String: Any], let all = set["keys"] as? [[String: Any]] else {
            throw OIDCError.refused("its key set is not JSON")
        }
        let signing = all.enumerated().compactMap { index, key -> [String: Any]? in
            guard let type = key["kty"] as? String, ["RSA", "EC"].contains(type), key["use"] as? String != "enc" else { return nil }
            var key = key
            if key["kid"] == nil { key["kid"] = "key-\(index)" }
            return key
        }
        let collection = JWTKeyCollection()
        var ids: Set<String> = []
        for key in signing {
            guard let data = try? JSONSerialization.data(withJSONObject: key), let jwk = try? JSONDecoder().decode(JWK.self, from: data),
                  (try? await collection.add(jwk: jwk, isDefault: signing.count == 1)) != nil else { continue }
            ids.insert(key["kid"] as? String ?? "")
        }
        return (collection, ids)
    }
}

/// Checks an ID token's signature with jwt-kit: by one of the provider's keys, with an algorithm the
/// provider's discovery names and Godstart accepts (never `none`, never HMAC: a shared secret would
/// let anyone who read the public key sign).
enum IDTokenVerifier {
    static let accepted: Set<String> = ["RS256", "ES256", "PS256"]

    /// The algorithms a token may be signed with: those the provider says it uses, that Godstart
    /// accepts. A provider that says nothing uses RS256 (OpenID Connect Discovery 1.0, section 3).
    static func algorithms(supported: [String]?) -> Set<String> {
        Set(supported ?? ["RS256"]).intersection(accepted)
    }

    /// The token's header: its algorithm and key id.
    static func header(_ token: String) throws -> (alg: String, kid: String?) {
        struct Header: Decodable { let alg: String; let kid: String? }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = Data(base64URLEncoded: parts[0]), let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw OIDCError.badToken("not a JWT")
        }
        return (header.alg, header.kid)
    }

    /// The claims of `token`, when its signature holds.
    static func verify(_ token: String, keys: JWTKeyCollection, algorithms: Set<String>, clientID: String) async throws -> SingleSignOnRules.Claims {
        let header = try header(token)
        guard algorithms.contains(header.alg) else { throw OIDCError.badToken("signed with \(header.alg), which is not accepted") }
        do {
            return try await keys.verify(token, as: IDToken.self, expectedAudience: clientID).claims
        } catch let error as JWTError {
            throw OIDCError.badToken("jwt-kit refused it: \(error.errorType)")
        }
    }
}
