import Fluent
import Foundation
import GodstartCore
import Vapor

/// Ideas for the programme: anyone in the organisation sends one (anonymously if they choose) and
/// follows its answer; the coordinator marks each as new, taken up or declined, with an answer.
enum IdeaController {
    static let maximumLength = 4000
    /// The most ideas the inbox lists at once, newest first.
    static let inboxLimit = 200

    struct IdeaForm: FormInput {
        var text: String?
        var anonymous: String?
        init() {}
    }

    struct AnswerForm: FormInput {
        var status: String?
        var answer: String?
        init() {}
    }

    /// An answer being corrected: which idea, what was typed, and what is wrong.
    struct AnswerError {
        let idea: UUID
        let typed: AnswerForm
        let message: String
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    static func own(_ req: Request, typed: IdeaForm = IdeaForm(), error: String? = nil) async throws -> Response {
        let person = try req.person()
        let ideas = try await Idea.query(on: req.db).filter(\.$author.$id == person.requireID()).sort(\.$createdAt, .descending).all()
        let response = IdeaPages.own(try await context(req), ideas, typed: typed, error: error, isCoordinator: person.isCoordinator)
        if error != nil { response.status = .unprocessableEntity }
        return response
    }

    /// Sending and following one's own ideas: everyone but an admin who is nothing else. The
    /// coordinator, who reads all of them, sends her own too.
    static func author(_ req: Request) throws -> Person {
        let person = try req.person()
        if !person.isCoordinator { try Access.require(person, .ideas, .write, AccessContext(isAuthor: true)) }
        return person
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try author(req)
        return try await own(req)
    }

    @Sendable static func send(req: Request) async throws -> Response {
        let person = try author(req)
        let t = req.language.texts
        let form = req.form(IdeaForm.self)
        let text = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return try await own(req, typed: form, error: t.errorIdeaEmpty) }
        guard text.count <= maximumLength else { return try await own(req, typed: form, error: t.errorTooLongLimit(maximumLength)) }
        try await Idea(organisationID: person.$organisation.id, authorID: try person.requireID(), anonymous: form.anonymous == "on", text: text)
            .create(on: req.db)
        req.flash(t.ideaSent)
        return req.redirect(to: SiteURL.ideas.path)
    }

    static func coordinator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .ideas, .read)
        guard person.isCoordinator else { throw Abort(.notFound) }
        return person
    }

    static func inbox(_ req: Request, error: AnswerError? = nil) async throws -> Response {
        let person = try coordinator(req)
        let status = (try? req.query.get(String.self, at: "status")).flatMap(Idea.Status.init(rawValue:))
        var query = Idea.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
        if let status { query = query.filter(\.$status == status.rawValue) }
        let ideas = try await query.sort(\.$createdAt, .descending).limit(inboxLimit).all()
        // Names only of those who did not choose to be anonymous.
        let named = Set(ideas.filter { !$0.anonymous }.map { $0.$author.id })
        let people = try await Person.query(on: req.db).filter(\.$id ~~ Array(named)).all()
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0.name) })
        let response = IdeaPages.inbox(try await context(req), ideas, names: names, status: status, error: error)
        if error != nil { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func showInbox(req: Request) async throws -> Response { try await inbox(req) }

    @Sendable static func answer(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let t = req.language.texts
        guard let idea = try await Idea.query(on: req.db).filter(\.$id == (try req.idParameter()))
            .filter(\.$organisation.$id == person.$organisation.id).first() else { throw Abort(.notFound) }
        let form = req.form(AnswerForm.self)
        let answer = (form.answer ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        func refuse(_ message: String) async throws -> Response {
            try await inbox(req, error: AnswerError(idea: idea.id!, typed: form, message: message))
        }
        guard let status = form.status.flatMap(Idea.Status.init(rawValue:)) else { return try await refuse(t.errorUnknownChoice) }
        if IdeaRules.needsAnswer(status) && answer.isEmpty { return try await refuse(t.errorDeclineNeedsAnswer) }
        if answer.count > maximumLength { return try await refuse(t.errorTooLongLimit(maximumLength)) }
        idea.status = status.rawValue
        idea.answer = answer.isEmpty ? nil : answer
        idea.answeredAt = answer.isEmpty && status == .new ? nil : req.application.settings.now()
        try await idea.update(on: req.db)
        req.flash(t.ideaAnswerSaved)
        return req.redirect(to: SiteURL.ideaInbox.path + "#idea-\(idea.id!.uuidString.lowercased())")
    }
}
