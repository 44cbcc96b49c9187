import Fluent
import GodstartCore
import Vapor

enum SignInController {
    struct SignInForm: FormInput {
        var email: String?
        var password: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        if req.currentPerson != nil { return req.redirect(to: SiteURL.root.path) }
        return try await page(req, email: "", message: nil, status: .ok)
    }

    /// The sign-in page, with a message when a sign-in did not succeed.
    static func page(_ req: Request, email: String, message: String?, status: HTTPStatus) async throws -> Response {
        let singleSignOn = req.application.settings.singleSignOn.map { $0.displayName ?? "" }
        let response = try await SignInPage.render(PageContext.make(req), email: email, message: message, singleSignOn: singleSignOn,
                                                   demoLogins: demoLogins(req))
        response.status = status
        return response
    }

    /// Every attempt costs the same and, short of the right password, answers the same, whether
    /// anyone has the address or not (`PasswordSignIn`).
    @Sendable static func signIn(req: Request) async throws -> Response {
        let form = req.form(SignInForm.self)
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let now = req.application.settings.now()
        let keys = SignInFailures.keys(email: email, req)
        let person = email.isEmpty ? nil : try await Person.query(on: req.db).filter(\.$email == email).first()
        var account: PasswordSignIn.Account?
        if let person {
            account = PasswordSignIn.Account(hasPassword: person.passwordHash != nil, passwordsOn: try await passwordsWork(for: person, req))
        }
        let wait = try await SignInFailures.wait(keys, now: now, on: req.db)
        let ownHash = PasswordSignIn.checksOwnHash(account, throttled: wait != nil) ? person?.passwordHash : nil
        let matched = try await req.application.passwordCheck.verify(form.password ?? "", ownHash: ownHash, req)
        let outcome = PasswordSignIn.outcome(account, throttleWait: wait, ownHashMatched: matched)
        if outcome.countsAsFailure { try await SignInFailures.record(keys, now: now, on: req.db) }
        let failed = req.application.settings.singleSignOn == nil ? req.language.texts.signInFailed : req.language.texts.signInFailedOrUseProvider
        switch outcome {
        case .passwordMatched:
            guard let person else { break }
            guard try await !person.hasLeft(now: now, on: req.db) else {
                try await AuditLog.signIn(person, succeeded: false, how: .hasLeft, req)
                return try await page(req, email: form.email ?? "", message: failed, status: .unauthorized)
            }
            try await SignInFailures.clear(keys, on: req.db)
            return try await signedIn(person, req)
        case .throttled(let wait):
            try await AuditLog.signIn(person, succeeded: false, how: .throttled, req)
            return try await page(req, email: form.email ?? "", message: req.language.texts.signInTooManyAttempts(minutes: SignInThrottle.minutes(wait)),
                                  status: .tooManyRequests)
        case .passwordsOff:
            try await AuditLog.signIn(person, succeeded: false, how: .passwordsOff, req)
        case .unknownAccount:
            try await AuditLog.signIn(nil, succeeded: false, how: .unknownAccount, req)
        case .wrongPassword:
            try await AuditLog.signIn(person, succeeded: false, how: .password, req)
        }
        return try await page(req, email: form.email ?? "", message: failed, status: .unauthorized)
    }

    /// Whether a password signs this person in: always, unless single sign-on is set up and their
    /// organisation switched passwords off.
    static func passwordsWork(for person: Person, _ req: Request) async throws -> Bool {
        guard req.application.settings.singleSignOn != nil else { return true }
        return try await Organisation.find(person.$organisation.id, on: req.db)?.passwordSignIn ?? true
    }

    /// The session remembers how it began: only someone signed in through single sign-on may
    /// switch passwords off (they know it works for them).
    static let signedInThroughKey = "signedInThrough"

    /// Starts the person's session and goes where they were going: back to their kept form, if any,
    /// or to the page they asked for.
    static func signedIn(_ person: Person, _ req: Request, throughSingleSignOn: Bool = false) async throws -> Response {
        let keptPage = try await startSession(for: person, req)
        try await AuditLog.signIn(person, succeeded: true, how: throughSingleSignOn ? .singleSignOn : .password, req)
        if throughSingleSignOn { req.session.data[signedInThroughKey] = "sso" }
        let personID = try person.requireID()
        let response = req.redirect(to: keptPage ?? ReturnPath.remembered(req, for: personID) ?? SiteURL.root.path)
        ReturnPath.forget(on: response, for: req)
        return response
    }

    /// A new session id on sign-in, so an id or token planted before it is worth nothing. Text kept
    /// for this person when their last session ran out comes along (`KeptForm`); text kept for
    /// anyone else is dropped unread. Returns the kept form's page.
    @discardableResult
    static func startSession(for person: Person, _ req: Request) async throws -> String? {
        let personID = try person.requireID()
        let now = req.application.settings.now()
        let kept = req.hasSession ? KeptForm.handOver(from: req.session.data, to: personID, now: now) : nil
        if req.hasSession, let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
        }
        req.session.id = nil
        req.session.data = SessionData()
        req.session.data[SessionKeys.personID] = personID.uuidString
        req.session.data[KeptForm.key] = kept?.sealed
        let seconds = String(now.timeIntervalSince1970)
        req.session.data[SessionKeys.signedInAt] = seconds
        req.session.data[SessionKeys.seenAt] = seconds
        return kept?.page
    }

    /// Ends the session at once, within this request: its record goes, and the rest of the request
    /// sees a fresh, empty session.
    static func endSession(_ req: Request) async throws {
        if let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
        }
        req.session.id = nil
        req.session.data = SessionData()
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        let leaving = req.currentPerson?.id
        req.session.destroy()
        let response = req.redirect(to: SiteURL.signIn.path)
        if let leaving { ReturnPath.bind(to: leaving, on: response, for: req) }
        return response
    }

    private static func demoLogins(_ req: Request) async throws -> [DemoData.Login] {
        guard req.application.settings.demoMode else { return [] }
        return try await DemoData.logins(on: req.db)
    }
}

enum LanguageController {
    struct LanguageForm: FormInput {
        var language: String?
        var back: String?
    }

    /// Remembers the choice on the person, and on the browser for anyone not signed in.
    @Sendable static func choose(req: Request) async throws -> Response {
        let form = req.form(LanguageForm.self)
        guard let language = form.language.flatMap(Language.init(rawValue:)) else { throw Abort(.notFound) }
        if let person = req.currentPerson {
            person.language = language.rawValue
            try await person.update(on: req.db)
        }
        // Only a path on this site; anything else goes home.
        let back = form.back.flatMap(LocalPath.validated) ?? SiteURL.root.path
        let response = req.redirect(to: back)
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 60 * 60 * 24 * 365, path: "/",
            isSecure: req.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}

/// A path on this site to send someone back to; anything that could lead elsewhere is refused.
enum LocalPath {
    static func validated(_ path: String) -> String? {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"), path.count < 500,
              !path.contains(where: { $0.isWhitespace || $0.isNewline }) else { return nil }
        return path
    }
}
