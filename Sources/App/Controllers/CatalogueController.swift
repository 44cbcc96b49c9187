import Fluent
import GodstartCore
import Vapor

/// The coordinator keeps the organisation's catalogue of typical learning goals, in every language.
enum CatalogueController {
    static func load(_ req: Request) async throws -> (Person, [CatalogueEntry]) {
        let person = try req.person()
        try Access.require(person, .learningGoalCatalogue, .write)
        return (person, try await LearningGoalCatalogue.entries(of: person.$organisation.id, on: req.db))
    }

    /// Titles typed for one entry, by language code.
    static func titles(_ req: Request) -> [String: String] {
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        var titles: [String: String] = [:]
        for language in Language.allCases {
            let title = (fields[language.rawValue] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !title.isEmpty { titles[language.rawValue] = title }
        }
        return titles
    }

    static func problem(_ titles: [String: String], _ t: Texts) -> String? {
        if titles.isEmpty { return t.errorCatalogueTitleMissing }
        if titles.values.contains(where: { $0.count > LearningGoalRules.maximumTitleLength }) { return t.errorTooLongLimit(LearningGoalRules.maximumTitleLength) }
        return nil
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (_, entries) = try await load(req)
        return CataloguePage.render(PageContext.make(req, homes: try await Access.homes(of: try req.person(), req)),
                                    entries, typed: [:], error: nil)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let (person, entries) = try await load(req)
        let t = req.language.texts
        let titles = titles(req)
        if let problem = problem(titles, t) {
            return try await refuse(req, entries, typed: [CataloguePage.newEntryKey: titles], error: (CataloguePage.newEntryKey, problem))
        }
        let position = (entries.map(\.position).max() ?? -1) + 1
        try await CatalogueEntry(organisationID: person.$organisation.id, typicalKey: nil, titles: titles, position: position).create(on: req.db)
        req.flash(t.catalogueEntryAdded)
        return req.redirect(to: SiteURL.catalogue.path)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let (_, entries) = try await load(req)
        let t = req.language.texts
        let id = try req.idParameter()
        guard let entry = entries.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        let titles = titles(req)
        if let problem = problem(titles, t) {
            return try await refuse(req, entries, typed: [id.uuidString: titles], error: (id.uuidString, problem))
        }
        entry.titles = titles
        try await entry.update(on: req.db)
        req.flash(t.catalogueEntrySaved)
        return req.redirect(to: SiteURL.catalogue.path + "#entry-\(id.uuidString.lowercased())")
    }

    struct RetirementForm: FormInput {
        var restore: String?
    }

    @Sendable static func retire(req: Request) async throws -> Response {
        let (_, entries) = try await load(req)
        let t = req.language.texts
        let id = try req.idParameter()
        guard let entry = entries.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        entry.retired = req.form(RetirementForm.self).restore != "yes"
        try await entry.update(on: req.db)
        req.flash(entry.retired ? t.catalogueRetiredFlash : t.catalogueRestoredFlash)
        return req.redirect(to: SiteURL.catalogue.path)
    }

    private static func refuse(_ req: Request, _ entries: [CatalogueEntry], typed: [String: [String: String]],
                               error: (String, String)) async throws -> Response {
        let ctx = PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
        let response = CataloguePage.render(ctx, entries, typed: typed, error: error)
        response.status = .unprocessableEntity
        return response
    }
}
