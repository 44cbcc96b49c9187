import Fluent
import Foundation
import GodstartCore
import Vapor

/// Signing in through the organisation's identity provider (OpenID Connect, authorization code
/// with PKCE). The person is matched by e-mail address; someone unknown is created when the
/// organisation allows it. Every way it can fail ends on the sign-in page with a message saying
/// what happened and what to do.
enum SingleSignOnController {
    /// What the browser keeps between the request and the answer: sealed (like the private texts)
    /// in a cookie of its own that only the callback's path receives. Starting single sign-on is a
    /// request without a session, and it stores nothing on the server.
    struct Pending: Codable {
        let state: String
        let nonce: String
        let verifier: String
        let started: Date
    }

    static let pendingCookie = "godstart_sso"

    static func keep(_ pending: Pending, on response: Response, _ req: Request) throws {
        response.cookies[pendingCookie] = HTTPCookies.Value(
            string: TextSealing.seal(String(decoding: try JSONEncoder().encode(pending), as: UTF8.self)),
            maxAge: Int(SingleSignOnRules.stateLifetime), path: SiteURL.singleSignOn.path,
            isSecure: req.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// The pending sign-in, if the cookie holds one this instance's keys open.
    static func pending(_ req: Request) -> Pending? {
        guard let sealed = req.cookies[pendingCookie]?.string, TextSealing.canOpen(sealed) else { return nil }
        return try? JSONDecoder().decode(Pending.self, from: Data(TextSealing.open(sealed).utf8))
    }

    /// Used once, whatever happens: the answer clears the cookie.
    static func forget(on response: Response, _ req: Request) {
        // Not Vapor's `.expired`: its empty value is dropped when the response's cookies are read back.
        response.cookies[pendingCookie] = HTTPCookies.Value(
            string: "-", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: SiteURL.singleSignOn.path,
            isSecure: req.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// From GODSTART_PUBLIC_URL (required with single sign-on), never from the request's Host.
    static func redirectURI(_ req: Request) -> String {
        req.application.settings.mail.publicURL + SiteURL.singleSignOnCallback.path
    }

    @Sendable static func start(req: Request) async throws -> Response {
        guard let oidc = req.application.openIDConnect else { throw Abort(.notFound) }
        let t = req.language.texts
        let now = req.application.settings.now()
        let metadata: OpenIDConnect.Metadata
        do {
            metadata = try await oidc.metadata(req.client, now: Date()) // the provider's clock is the real one
        } catch {
            req.logger.warning("single sign-on: \(error)")
            return try await SignInController.page(req, email: "", message: t.ssoUnavailable, status: .badGateway)
        }
        let pkce = OpenIDConnect.pkce()
        let pending = Pending(state: SecretToken.make(), nonce: SecretToken.make(), verifier: pkce.verifier, started: now)
        let response = req.redirect(to: oidc.authorizationURL(metadata, redirectURI: redirectURI(req), state: pending.state,
                                                              nonce: pending.nonce, challenge: pkce.challenge))
        try keep(pending, on: response, req)
        return response
    }

    struct Answer: Content {
        var code: String?
        var state: String?
        var error: String?
    }

    @Sendable static func callback(req: Request) async throws -> Response {
        guard let oidc = req.application.openIDConnect else { throw Abort(.notFound) }
        let response = try await answer(req, oidc, pending: pending(req))
        forget(on: response, req)
        return response
    }

    private static func answer(_ req: Request, _ oidc: OpenIDConnect, pending: Pending?) async throws -> Response {
        let t = req.language.texts
        let now = req.application.settings.now()
        let answer = (try? req.query.decode(Answer.self)) ?? Answer()
        func refuse(_ message: String, _ status: HTTPStatus = .unauthorized) async throws -> Response {
            try await SignInController.page(req, email: "", message: message, status: status)
        }
        if answer.error != nil { return try await refuse(t.ssoCancelled) }
        guard let pending, let state = answer.state, CSRF.constantTimeEqual(state, pending.state),
              !SingleSignOnRules.isExpired(startedAt: pending.started, now: now), let code = answer.code, !code.isEmpty else {
            return try await refuse(t.ssoExpired)
        }
        // The provider's tokens carry the real time, whatever day a demo runs on (GODSTART_TODAY).
        let providerNow = Date()
        let claims: SingleSignOnRules.Claims
        do {
            claims = try await oidc.claims(code: code, verifier: pending.verifier, redirectURI: redirectURI(req), client: req.client,
                                           now: providerNow)
        } catch let error as OIDCError {
            req.logger.warning("single sign-on: \(error)")
            if case .unreachable = error { return try await refuse(t.ssoUnavailable, .badGateway) }
            return try await refuse(t.ssoFailed)
        }
        let email: String
        switch SingleSignOnRules.check(claims, issuer: oidc.configuration.issuer, clientID: oidc.configuration.clientID,
                                       nonce: pending.nonce, now: providerNow, trustedDomains: oidc.configuration.trustedDomains) {
        case .success(let address): email = address
        case .failure(.noEmail): return try await refuse(t.ssoNoEmail)
        case .failure(let refusal):
            req.logger.warning("single sign-on: the ID token was refused (\(refusal))")
            return try await refuse(t.ssoFailed)
        }
        // The provider serves one organisation: nobody of another is signed in through it.
        guard let organisation = try await servedOrganisation(oidc.configuration, on: req.db) else {
            req.logger.error("single sign-on: no organisation to serve (set GODSTART_OIDC_ORGANISATION)")
            return try await refuse(t.ssoFailed)
        }
        let organisationID = try organisation.requireID()
        let account = "\(oidc.configuration.issuer)|\(claims.subject ?? "")"
        let linked = try await Person.query(on: req.db).filter(\.$ssoSubject == account).first()
        let byAddress = try await Person.query(on: req.db).filter(\.$email == email).first()
        switch SingleSignOnRules.match(linkedToAccount: linked.map { ($0.$organisation.id, $0.email) },
                                       byAddress: byAddress.map { ($0.$organisation.id, $0.ssoSubject) },
                                       email: email, account: account, organisation: organisationID) {
        case .linked, .link:
            let person = linked ?? byAddress!
            guard try await !person.hasLeft(now: now, on: req.db) else {
                try await AuditLog.signIn(person, succeeded: false, how: .hasLeft, req)
                return try await refuse(t.ssoLeft)
            }
            if person.ssoSubject == nil {
                person.ssoSubject = account
                try await person.update(on: req.db)
            }
            return try await SignInController.signedIn(person, req, throughSingleSignOn: true)
        case .refuse:
            req.logger.warning("single sign-on: an account that does not match its person was refused")
            try await AuditLog.signIn(linked ?? byAddress, succeeded: false, how: .ssoRefused, req)
            return try await refuse(t.ssoUnknownPerson(email))
        case .create:
            guard organisation.ssoCreatesPeople, EmailAddress.isPlausible(email) else { return try await refuse(t.ssoUnknownPerson(email)) }
            let name = claims.name.map(VisibleText.cleaned).flatMap { $0.isEmpty ? nil : String($0.prefix(200)) } ?? email
            let person = Person(organisationID: organisationID, unitID: nil, name: name, email: email)
            person.ssoSubject = account
            try await req.db.transaction { db in
                try await person.create(on: db)
                try await AuditLog.record(.init(kind: .accessChanged, detail: .accountCreated, subject: person.id), req, actor: person, on: db)
            }
            return try await SignInController.signedIn(person, req, throughSingleSignOn: true)
        }
    }

    /// The organisation the provider serves: the one configured, or the only one.
    static func servedOrganisation(_ configuration: OIDCConfiguration, on db: any Database) async throws -> Organisation? {
        if let slug = configuration.organisationSlug {
            return try await Organisation.query(on: db).filter(\.$slug == slug).first()
        }
        let organisations = try await Organisation.query(on: db).limit(2).all()
        return organisations.count == 1 ? organisations.first : nil
    }
}

/// The administrator's choices for signing in with single sign-on.
enum SignInSettingsController {
    struct SettingsForm: FormInput {
        var createPeople: String?
        var passwordSignIn: String?
        init() {}
    }

    static func organisation(_ req: Request) async throws -> Organisation {
        let person = try req.person()
        try Access.require(person, .people, .write)
        guard let organisation = try await Organisation.find(person.$organisation.id, on: req.db) else { throw Abort(.notFound) }
        return organisation
    }

    /// The provider's issuer when single sign-on serves this organisation; nil otherwise.
    static func servingIssuer(_ organisation: Organisation, _ req: Request) async throws -> String? {
        guard let configuration = req.application.settings.singleSignOn,
              try await SingleSignOnController.servedOrganisation(configuration, on: req.db)?.id == organisation.id else { return nil }
        return configuration.issuer
    }

    static func page(_ req: Request, _ organisation: Organisation, error: String? = nil) async throws -> Response {
        let ctx = PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
        let response = SignInSettingsPage.render(ctx, organisation, issuer: try await servingIssuer(organisation, req), error: error)
        if error != nil { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, try await organisation(req))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let organisation = try await organisation(req)
        // Without single sign-on for this organisation there is nothing to choose: passwords work.
        guard try await servingIssuer(organisation, req) != nil else { throw Abort(.notFound) }
        let form = req.form(SettingsForm.self)
        let passwords = form.passwordSignIn == "on"
        // Only someone who signed in through the provider switches passwords off: they know it works.
        if !passwords, organisation.passwordSignIn, req.session.data[SignInController.signedInThroughKey] != "sso" {
            return try await page(req, organisation, error: req.language.texts.signInThroughProviderFirst)
        }
        organisation.ssoCreatesPeople = form.createPeople == "on"
        organisation.passwordSignIn = passwords
        try await req.db.transaction { db in
            try await organisation.update(on: db)
            try await AuditLog.record(.init(kind: .accessChanged, detail: .signInSettings), req, on: db)
        }
        req.flash(req.language.texts.signInSettingsSaved)
        return req.redirect(to: SiteURL.signInSettings.path)
    }
}
