import _CryptoExtras
import Crypto
import Foundation
import GodstartCore
import NIOConcurrencyHelpers
import Vapor

/// The organisation's identity provider, from configuration:
/// `GODSTART_OIDC_ISSUER` (https, or http on this machine for tests), `GODSTART_OIDC_CLIENT_ID`,
/// `GODSTART_OIDC_CLIENT_SECRET`; `GODSTART_OIDC_ORGANISATION` (the slug of the organisation
/// it serves, when there are several); `GODSTART_OIDC_NAME` (the button's name for the provider,
/// for example "Aarhus Kommune"); `GODSTART_OIDC_EMAIL_DOMAINS` (comma-separated: the domains the
/// provider vouches for, for example "aarhus.dk"; outside them an address counts only when the
/// provider says it is verified).
public struct OIDCConfiguration: Sendable, Equatable {
    var issuer: String
    var clientID: String
    var clientSecret: String
    var organisationSlug: String?
    var displayName: String?
    var trustedDomains: Set<String> = []

    static func from(environment: [String: String]) throws -> OIDCConfiguration? {
        func value(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let issuer = value("GODSTART_OIDC_ISSUER") else { return nil }
        guard let url = URL(string: issuer), let host = url.host, let scheme = url.scheme,
              scheme == "https" || (scheme == "http" && ["127.0.0.1", "localhost", "::1"].contains(host)) else {
            throw StartupError("GODSTART_OIDC_ISSUER must be an https:// address (http:// only on this machine, for tests)")
        }
        guard let clientID = value("GODSTART_OIDC_CLIENT_ID"), let secret = environment["GODSTART_OIDC_CLIENT_SECRET"], !secret.isEmpty else {
            throw StartupError("GODSTART_OIDC_ISSUER needs GODSTART_OIDC_CLIENT_ID and GODSTART_OIDC_CLIENT_SECRET too")
        }
        guard value("GODSTART_PUBLIC_URL") != nil else {
            throw StartupError("GODSTART_OIDC_ISSUER needs GODSTART_PUBLIC_URL: the sign-in's return address is built from it, never from a request")
        }
        let domains = Set((value("GODSTART_OIDC_EMAIL_DOMAINS") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
        return OIDCConfiguration(issuer: issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer, clientID: clientID,
                                 clientSecret: secret, organisationSlug: value("GODSTART_OIDC_ORGANISATION"),
                                 displayName: value("GODSTART_OIDC_NAME"), trustedDomains: domains)
    }
}

/// Why a sign-in through the provider did not complete; its text is for the log, never a token.
enum OIDCError: Error, CustomStringConvertible {
    case unreachable(String)
    case refused(String)
    case badToken(String)

    var description: String {
        switch self {
        case .unreachable(let what): "the identity provider did not answer: \(what)"
        case .refused(let what): "the identity provider refused: \(what)"
        case .badToken(let what): "the ID token was not accepted: \(what)"
        }
    }
}

/// An OpenID Connect relying party: discovery, the authorization request with PKCE (S256), the
/// code exchange with the client secret, and the ID token's RS256 signature checked against the
/// provider's published keys. Metadata and keys are cached; unknown keys are fetched again once.
final class OpenIDConnect: Sendable {
    struct Metadata: Codable, Sendable {
        let issuer: String
        let authorization_endpoint: String
        let token_endpoint: String
        let jwks_uri: String
    }

    let configuration: OIDCConfiguration
    private let cachedMetadata = NIOLockedValueBox<(Metadata, Date)?>(nil)
    private let cachedKeys = NIOLockedValueBox<(keys: [String: _RSA.Signing.PublicKey], fetched: Date)?>(nil)
    static let metadataLifetime: TimeInterval = 3600

    init(_ configuration: OIDCConfiguration) { self.configuration = configuration }

    func metadata(_ client: any Client, now: Date) async throws -> Metadata {
        if let (metadata, fetched) = cachedMetadata.withLockedValue({ $0 }), now.timeIntervalSince(fetched) < Self.metadataLifetime {
            return metadata
        }
        let metadata: Metadata = try await getJSON(client, configuration.issuer + "/.well-known/openid-configuration")
        func trimmed(_ s: String) -> String { s.hasSuffix("/") ? String(s.dropLast()) : s }
        guard trimmed(metadata.issuer) == configuration.issuer else { throw OIDCError.refused("its discovery names another issuer") }
        if configuration.issuer.hasPrefix("https://") {
            for endpoint in [metadata.authorization_endpoint, metadata.token_endpoint, metadata.jwks_uri] where !endpoint.hasPrefix("https://") {
                throw OIDCError.refused("its discovery names an endpoint without https")
            }
        }
        cachedMetadata.withLockedValue { $0 = (metadata, now) }
        return metadata
    }

    /// A PKCE pair (RFC 7636): the verifier kept in the session, the challenge sent.
    static func pkce() -> (verifier: String, challenge: String) {
        let verifier = SecretToken.make()
        return (verifier, Array(SHA256.hash(data: Data(verifier.utf8))).base64URLEncoded())
    }

    func authorizationURL(_ metadata: Metadata, redirectURI: String, state: String, nonce: String, challenge: String) -> String {
        var components = URLComponents(string: metadata.authorization_endpoint)!
        components.queryItems = (components.queryItems ?? []) + [
            .init(name: "response_type", value: "code"),
            .init(name: "client_id", value: configuration.clientID),
            .init(name: "redirect_uri", value: redirectURI),
            .init(name: "scope", value: "openid email profile"),
            .init(name: "state", value: state),
            .init(name: "nonce", value: nonce),
            .init(name: "code_challenge", value: challenge),
            .init(name: "code_challenge_method", value: "S256"),
        ]
        // "+" in a query value is a space to many servers; encode it.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.string!
    }

    /// Trades the code for tokens and returns the verified ID token's claims.
    func claims(code: String, verifier: String, redirectURI: String, client: any Client, now: Date) async throws -> SingleSignOnRules.Claims {
        let metadata = try await metadata(client, now: now)
        struct TokenRequest: Content {
            let grant_type: String, code: String, redirect_uri: String, code_verifier: String
        }
        struct TokenResponse: Decodable { let id_token: String? }
        let response: ClientResponse
        do {
            response = try await client.post(URI(string: metadata.token_endpoint)) { request in
                let credentials = Data("\(formEncoded(configuration.clientID)):\(formEncoded(configuration.clientSecret))".utf8).base64EncodedString()
                request.headers.replaceOrAdd(name: .authorization, value: "Basic \(credentials)")
                try request.content.encode(TokenRequest(grant_type: "authorization_code", code: code, redirect_uri: redirectURI,
                                                        code_verifier: verifier), as: .urlEncodedForm)
            }
        } catch {
            throw OIDCError.unreachable("the token endpoint (\(type(of: error)))")
        }
        guard response.status == .ok else { throw OIDCError.refused("the token endpoint answered \(response.status.code)") }
        guard let idToken = try? response.content.decode(TokenResponse.self, using: JSONDecoder()).id_token else {
            throw OIDCError.refused("no ID token in the token response")
        }
        return try await verify(idToken, metadata: metadata, client: client)
    }

    /// An ID token taken apart: what was signed, the key id, the signature and the claims' bytes.
    struct SignedToken {
        let signed: Data
        let kid: String?
        let signature: Data
        let payload: Data

        /// Only RS256 is accepted: never "none", never a shared secret.
        init(_ token: String) throws {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, let header = Data(base64URLEncoded: parts[0]), let payload = Data(base64URLEncoded: parts[1]),
                  let signature = Data(base64URLEncoded: parts[2]) else { throw OIDCError.badToken("not a JWT") }
            struct Header: Decodable { let alg: String; let kid: String? }
            guard let decoded = try? JSONDecoder().decode(Header.self, from: header), decoded.alg == "RS256" else {
                throw OIDCError.badToken("not signed with RS256")
            }
            self.signed = Data("\(parts[0]).\(parts[1])".utf8)
            self.kid = decoded.kid
            self.signature = signature
            self.payload = payload
        }
    }

    /// The claims of an ID token whose RS256 signature one of the provider's keys made.
    func verify(_ token: String, metadata: Metadata, client: any Client) async throws -> SingleSignOnRules.Claims {
        let parsed = try SignedToken(token)
        // The provider's keys are read again when one is unknown or the signature fails with those
        // known (a key rotated or withdrawn), and at least every hour.
        let keys = try await keys(metadata, client: client, refresh: false)
        if parsed.kid.map({ keys[$0] == nil }) != true, let claims = try? Self.verify(parsed, keys: keys) { return claims }
        return try Self.verify(parsed, keys: try await self.keys(metadata, client: client, refresh: true))
    }

    /// The claims, when one of `keys` (by the token's key id, else any) made the RS256 signature.
    static func verify(_ token: String, keys: [String: _RSA.Signing.PublicKey]) throws -> SingleSignOnRules.Claims {
        try verify(try SignedToken(token), keys: keys)
    }

    private static func verify(_ token: SignedToken, keys: [String: _RSA.Signing.PublicKey]) throws -> SingleSignOnRules.Claims {
        let digest = SHA256.hash(data: token.signed)
        let candidates = token.kid.flatMap { keys[$0].map { [$0] } } ?? Array(keys.values)
        let valid = candidates.contains { key in
            key.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: token.signature), for: digest, padding: .insecurePKCS1v1_5)
        }
        guard valid else { throw OIDCError.badToken("the signature does not match the provider's keys") }
        return try claims(token.payload)
    }

    static func claims(_ payload: Data) throws -> SingleSignOnRules.Claims {
        guard let object = try? JSONSerialization.jsonObject(with: payload) as? [String: Any] else { throw OIDCError.badToken("no claims") }
        func string(_ key: String) -> String? { object[key] as? String }
        func date(_ key: String) -> Date? { (object[key] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue) } }
        let audience: [String] = (object["aud"] as? String).map { [$0] } ?? (object["aud"] as? [String]) ?? []
        let verified: Bool? = (object["email_verified"] as? Bool) ?? (object["email_verified"] as? String).map { $0 == "true" }
        return SingleSignOnRules.Claims(issuer: string("iss"), audience: audience, authorizedParty: string("azp"), expires: date("exp"),
                                        issuedAt: date("iat"), nonce: string("nonce"), subject: string("sub"), email: string("email"),
                                        emailVerified: verified, name: string("name"))
    }

    private func keys(_ metadata: Metadata, client: any Client, refresh: Bool) async throws -> [String: _RSA.Signing.PublicKey] {
        if !refresh, let cached = cachedKeys.withLockedValue({ $0 }), Date().timeIntervalSince(cached.fetched) < Self.metadataLifetime {
            return cached.keys
        }
        struct KeySet: Decodable {
            struct Key: Decodable { let kty: String; let kid: String?; let n: String?; let e: String?; let use: String? }
            let keys: [Key]
        }
        let set: KeySet = try await getJSON(client, metadata.jwks_uri)
        var keys: [String: _RSA.Signing.PublicKey] = [:]
        for (index, key) in set.keys.enumerated() where key.kty == "RSA" && key.use != "enc" {
            guard let n = key.n.flatMap { Data(base64URLEncoded: $0) }, let e = key.e.flatMap { Data(base64URLEncoded: $0) },
                  let publicKey = try? _RSA.Signing.PublicKey(n: n, e: e) else { continue }
            keys[key.kid ?? "key-\(index)"] = publicKey
        }
        cachedKeys.withLockedValue { $0 = (keys, Date()) }
        return keys
    }

    private func getJSON<T: Decodable>(_ client: any Client, _ url: String) async throws -> T {
        let response: ClientResponse
        do {
            response = try await client.get(URI(string: url))
        } catch {
            throw OIDCError.unreachable(url)
        }
        guard response.status == .ok, let value = try? response.content.decode(T.self, using: JSONDecoder()) else {
            throw OIDCError.refused("\(url) answered \(response.status.code)")
        }
        return value
    }

    /// RFC 6749 2.3.1: the client id and secret are form-encoded before Basic authentication.
    private func formEncoded(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
    }
}

extension Application {
    private struct OpenIDConnectKey: StorageKey { typealias Value = OpenIDConnect }

    /// The relying party, when single sign-on is configured; made in `configure`.
    var openIDConnect: OpenIDConnect? {
        get { storage[OpenIDConnectKey.self] }
        set { storage[OpenIDConnectKey.self] = newValue }
    }
}
