import Fluent
import GodstartCore
import Vapor

/// The administrator's outbox: every mail of the organisation, whether it waits, was sent or was
/// given up, with what the mail server said. Without a mail server (the demo) this is where mail
/// is read. The administrator can send a mail again and send a test mail.
enum OutboxController {
    /// The most mails listed at once, the latest first.
    static let listed = 200

    struct Filter: Content {
        var state: String?
        var stateFilter: OutboxMessage.State? { state.flatMap(OutboxMessage.State.init(rawValue:)) }
    }

    struct TestForm: FormInput {
        var address: String?
        init() {}
        init(address: String?) { self.address = address }
    }

    /// What a mail says stays between Godstart and its recipient: the administrator reads the
    /// facts of every mail (to whom, which kind, when, whether it went), the text of a test mail,
    /// and in the demo, where mail is never sent, the text of every mail.
    static func showsContent(_ message: OutboxMessage, _ req: Request) -> Bool {
        message.mailKind == .test || req.application.settings.demoMode
    }

    static func admin(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .people, .write)
        return person
    }

    static func page(_ req: Request, typed: TestForm? = nil, error: String? = nil) async throws -> Response {
        let person = try admin(req)
        let filter = try req.query.decode(Filter.self)
        let query = OutboxMessage.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
        if let state = filter.stateFilter { query.filter(state: state) }
        let messages = try await query.sort(\.$createdAt, .descending).limit(listed).all()
        let counts = try await OutboxMessage.counts(of: person.$organisation.id, on: req.db)
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        let response = OutboxPages.list(ctx, messages, counts: counts, filter: filter, server: req.application.settings.mail.smtp?.host,
                                        showsContent: { showsContent($0, req) }, typed: typed ?? TestForm(address: person.email), error: error)
        if error != nil { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func list(req: Request) async throws -> Response { try await page(req) }

    static func message(_ req: Request) async throws -> (OutboxMessage, Person) {
        let person = try admin(req)
        guard let message = try await OutboxMessage.query(on: req.db).filter(\.$id == req.idParameter())
            .filter(\.$organisation.$id == person.$organisation.id).first() else { throw Abort(.notFound) }
        return (message, person)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (message, person) = try await message(req)
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        return OutboxPages.message(ctx, message, server: req.application.settings.mail.smtp?.host,
                                   showsContent: showsContent(message, req))
    }

    @Sendable static func resend(req: Request) async throws -> Response {
        let (message, _) = try await message(req)
        if message.sentAt == nil {
            try await MailWorker.sendAgain(message, now: req.application.settings.now(), on: req.db)
        }
        req.flash(req.language.texts.outboxSentAgain)
        return req.redirect(to: SiteURL.outboxMessage(message.id).path)
    }

    @Sendable static func test(req: Request) async throws -> Response {
        let person = try admin(req)
        let form = req.form(TestForm.self)
        let address = (form.address ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard EmailAddress.isPlausible(address), address.count <= 200 else {
            return try await page(req, typed: form, error: req.language.texts.errorEmail)
        }
        guard let organisation = try await person.organisation(on: req.db) else { throw Abort(.notFound) }
        try await Outbox.queueTest(to: address, organisation: organisation, language: req.language, settings: req.application.settings.mail,
                                   now: req.application.settings.now(), on: req.db)
        req.flash(req.language.texts.outboxTestQueued)
        return req.redirect(to: SiteURL.outbox.path)
    }
}
