import Fluent
import GodstartCore
import Vapor

/// A new hire chooses a password through a one-time link that the coordinator hands over.
enum InvitationController {
    static let validDays = 14

    /// The coordinator makes a new link for the programme's new hire (replacing any earlier one).
    @Sendable static func create(req: Request) async throws -> Response {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(try req.idParameter(), by: person, on: req.db)
        // Only for a new hire who cannot sign in yet: a link for someone with a password or a
        // login through the provider would let the coordinator choose their password and read
        // their logbook.
        guard AccessPolicy.decide(relations, .programme, .write) == .allow, let newcomer = file.newcomer,
              newcomer.passwordHash == nil, newcomer.ssoSubject == nil else { throw Abort(.notFound) }
        let token = SecretToken.make()
        newcomer.invitationTokenHash = SecretToken.hash(token)
        newcomer.invitationExpiresAt = req.application.settings.now().addingTimeInterval(Double(validDays) * 86_400)
        try await req.db.transaction { db in
            try await newcomer.update(on: db)
            try await AuditLog.record(.init(kind: .accessChanged, detail: .welcomeLinkIssued, subject: newcomer.id, programme: file.id),
                                      req, on: db)
        }
        let url = SiteURL.welcome(token).absolute(for: req)
        let ctx = PageContext.make(req, timeZone: file.timeZone, homes: try await Access.homes(of: person, req))
        return InvitationPage.render(ctx, file: file, newcomer: newcomer, url: url,
                                     expires: newcomer.invitationExpiresAt!)
    }

    static func invited(_ req: Request) async throws -> Person {
        guard let token = req.parameters.get("token"), !token.isEmpty,
              let person = try await Person.query(on: req.db).filter(\.$invitationTokenHash == SecretToken.hash(token)).first(),
              let expires = person.invitationExpiresAt, expires > req.application.settings.now(),
              try await !person.hasLeft(now: req.application.settings.now(), on: req.db) else {
            throw Abort(.notFound)
        }
        return person
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let person = try await invited(req)
        // Where passwords are off, the new hire signs in through the provider instead.
        if try await !SignInController.passwordsWork(for: person, req) {
            return try await SignInController.page(req, email: person.email, message: req.language.texts.passwordSignInOff, status: .ok)
        }
        return WelcomePage.render(PageContext.make(req), person: person, errors: [:])
    }

    struct PasswordForm: FormInput {
        var password: String?
        var repeatPassword: String?
    }

    @Sendable static func choosePassword(req: Request) async throws -> Response {
        let person = try await invited(req)
        guard try await SignInController.passwordsWork(for: person, req) else { throw Abort(.notFound) }
        let form = req.form(PasswordForm.self)
        let t = req.language.texts
        let password = form.password ?? ""
        var errors: [String: String] = [:]
        switch PasswordRules.problem(password, email: person.email, name: person.name) {
        case .tooShort: errors["password"] = t.errorPasswordTooShort(PasswordRules.minimumLength)
        case .tooLong: errors["password"] = t.errorTooLong
        case .common: errors["password"] = t.errorPasswordCommon
        case .personal: errors["password"] = t.errorPasswordPersonal
        case nil: if password != form.repeatPassword { errors["repeatPassword"] = t.errorPasswordsDiffer }
        }
        guard errors.isEmpty else {
            let response = WelcomePage.render(PageContext.make(req), person: person, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        person.passwordHash = try await req.password.async.hash(password)
        person.invitationTokenHash = nil
        person.invitationExpiresAt = nil
        try await person.update(on: req.db)
        try await SignInController.startSession(for: person, req)
        try await AuditLog.signIn(person, succeeded: true, how: .welcomeLink, req)
        return req.redirect(to: SiteURL.root.path)
    }
}
