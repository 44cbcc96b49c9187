import Fluent
import Foundation
import GodstartCore
import Vapor

/// The admin creates, scopes and revokes the tokens integrations use for the JSON API. A token is
/// shown once, when it is made; only its hash is kept.
enum ApiTokenController {
    struct TokenForm: FormInput {
        var name: String?
        var scopes: [String]?
        init() {}
    }

    static func admin(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .people, .write)
        return person
    }

    static func page(_ req: Request, typed: TokenForm = TokenForm(), errors: [String: String] = [:], newToken: String? = nil) async throws -> Response {
        let person = try admin(req)
        let tokens = try await ApiToken.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id).sort(\.$createdAt, .descending).all()
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        let response = ApiTokenPage.render(ctx, tokens, typed: typed, errors: errors, newToken: newToken)
        if !errors.isEmpty { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response { try await page(req) }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try admin(req)
        let t = req.language.texts
        let form = req.form(TokenForm.self)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let scopes = Set((form.scopes ?? []).compactMap(ApiScope.init(rawValue:)))
        var errors: [String: String] = [:]
        if name.isEmpty { errors["name"] = t.errorRequired }
        if name.count > 100 { errors["name"] = t.errorTooLongLimit(100) }
        if scopes.isEmpty { errors["scopes"] = t.errorChooseScope }
        guard errors.isEmpty else { return try await page(req, typed: form, errors: errors) }
        let secret = SecretToken.make(prefix: "gs_")
        let token = ApiToken()
        token.$organisation.id = person.$organisation.id
        token.name = name
        token.tokenHash = SecretToken.hash(secret)
        token.scopes = ApiScope.text(scopes)
        token.$createdBy.id = person.id
        try await req.db.transaction { db in
            try await token.create(on: db)
            try await AuditLog.record(.init(kind: .accessChanged, detail: .apiTokenCreated, item: token.id), req, on: db)
        }
        return try await page(req, newToken: secret)
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let person = try admin(req)
        guard let token = try await ApiToken.query(on: req.db).filter(\.$id == (try req.idParameter()))
            .filter(\.$organisation.$id == person.$organisation.id).first() else { throw Abort(.notFound) }
        if token.revokedAt == nil {
            token.revokedAt = req.application.settings.now()
            try await req.db.transaction { db in
                try await token.update(on: db)
                try await AuditLog.record(.init(kind: .accessChanged, detail: .apiTokenRevoked, item: token.id), req, on: db)
            }
        }
        req.flash(req.language.texts.apiTokenRevoked)
        return req.redirect(to: SiteURL.apiTokens.path)
    }
}
