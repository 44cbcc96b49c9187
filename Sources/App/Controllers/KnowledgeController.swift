import Fluent
import GodstartCore
import Vapor

/// The directory of knowledge persons: everyone in the organisation reads and searches it; the
/// coordinator keeps it.
enum KnowledgeController {
    struct Entry {
        let area: KnowledgeArea
        let person: Person
    }

    struct SearchQuery: Content {
        var q: String?
    }

    static func entries(of organisationID: UUID, on db: Database) async throws -> [Entry] {
        let areas = try await KnowledgeArea.query(on: db).filter(\.$organisation.$id == organisationID).all()
        let people = try await Person.query(on: db).filter(\.$id ~~ Array(Set(areas.map { $0.$person.id }))).all()
        let byID = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) })
        return areas.compactMap { area in byID[area.$person.id].map { Entry(area: area, person: $0) } }
            .sorted { ($0.area.area.lowercased(), $0.person.name) < ($1.area.area.lowercased(), $1.person.name) }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let person = try req.person()
        try Access.require(person, .knowledgePersons, .read)
        return try await render(req, person, typed: AddForm(), errors: [:])
    }

    static func render(_ req: Request, _ person: Person, typed: AddForm, errors: [String: String]) async throws -> Response {
        let query = ((try? req.query.decode(SearchQuery.self))?.q ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let all = try await entries(of: person.$organisation.id, on: req.db)
        let shown = query.isEmpty ? all : all.filter { KnowledgeKind.matches(query, area: $0.area.area, name: $0.person.name) }
        let mayKeep = AccessPolicy.decide(Access.standing(person), .knowledgePersons, .write) == .allow
        let colleagues = mayKeep
            ? try await Person.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id).sort(\.$name).all() : []
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        let response = KnowledgePage.render(ctx, entries: shown, query: query, colleagues: colleagues, typed: typed, errors: errors)
        if !errors.isEmpty { response.status = .unprocessableEntity }
        return response
    }

    struct AddForm: FormInput {
        var person: String?
        var area: String?
        var kind: String?
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let person = try req.person()
        try Access.require(person, .knowledgePersons, .write)
        let t = req.language.texts
        let form = req.form(AddForm.self)
        let area = (form.area ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let colleagueID = form.person.flatMap(UUID.init(uuidString:))
        let colleague = colleagueID == nil ? nil : try await Person.query(on: req.db).filter(\.$id == colleagueID!)
            .filter(\.$organisation.$id == person.$organisation.id).first()
        let kind = form.kind.flatMap(KnowledgeKind.init(rawValue:))
        var errors: [String: String] = [:]
        if colleague == nil { errors["person"] = t.errorUnknownPerson }
        if area.isEmpty { errors["area"] = t.errorAreaMissing }
        if area.count > KnowledgeKind.maximumAreaLength { errors["area"] = t.errorTooLongLimit(KnowledgeKind.maximumAreaLength) }
        if kind == nil { errors["kind"] = t.errorUnknownChoice }
        guard errors.isEmpty, let colleague, let kind else { return try await render(req, person, typed: form, errors: errors) }
        try await KnowledgeArea(organisationID: person.$organisation.id, personID: colleague.requireID(), area: area, kind: kind).create(on: req.db)
        req.flash(t.knowledgeAdded)
        return req.redirect(to: SiteURL.knowledgePersons.path)
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let person = try req.person()
        try Access.require(person, .knowledgePersons, .write)
        guard let area = try await KnowledgeArea.find(try req.idParameter(), on: req.db),
              area.$organisation.id == person.$organisation.id else { throw Abort(.notFound) }
        try await area.delete(on: req.db)
        req.flash(req.language.texts.knowledgeRemoved)
        return req.redirect(to: SiteURL.knowledgePersons.path)
    }
}

