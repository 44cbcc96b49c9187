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
/// code exchange with the client secret, and the ID token's signature checked by jwt-kit against the
/// provider's published keys (IDTokenVerifier, ProviderKeys). Metadata and keys are cached.
final class OpenIDConnect: Sendable {
    struct Metadata: Codable, Sendable {
        let issuer: String
        let authorization_endpoint: String
        let token_endpoint: String
        let jwks_uri: String
        /// The algorithms the provider signs ID tokens with; Godstart accepts those of them it trusts.
        let id_token_signing_alg_values_supported: [String]?
    }

    let configuration: OIDCConfiguration
    private let cachedMetadata = NIOLockedValueBox<(Metadata, Date)?>(nil)
    private let providerKeys = ProviderKeys()
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

    /// The claims of an ID token one of the provider's keys signed, with an algorithm both accept.
    func verify(_ token: String, metadata: Metadata, client: any Client) async throws -> SingleSignOnRules.Claims {
        let kid = try IDTokenVerifier.header(token).kid
        let keys = try await providerKeys.keys(for: kid, now: Date()) { try await getData(client, metadata.jwks_uri) }
        return try await IDTokenVerifier.verify(token, keys: keys, algorithms: IDTokenVerifier.algorithms(supported: metadata.id_token_signing_alg_values_supported),
                                                clientID: configuration.clientID)
    }

    private func getData(_ client: any Client, _ url: String) async throws -> Data {
        let response: ClientResponse
        do {
            response = try await client.get(URI(string: url))
        } catch {
            throw OIDCError.unreachable(url)
        }
        guard response.status == .ok, let body = response.body else { throw OIDCError.refused("\(url) answered \(response.status.code)") }
        return Data(buffer: body)
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
