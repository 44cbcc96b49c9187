import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// Retention: the share of new hires still employed after 6, 12 and 24 months, by cohort and before
/// and since the programme began. The coordinator and the admin see the organisation; a manager sees
/// their own unit. Groups below the minimum size are merged or not shown (`RetentionFigures`).
enum RetentionController {
    struct Filter: Content {
        var unit: String?
        var unitID: UUID? { unit.flatMap(UUID.init(uuidString:)) }
    }

    struct Loaded {
        let figures: RetentionFigures
        let programmeStart: LocalDate?
        let units: [OrganisationUnit]
        /// The unit shown; nil: the whole organisation.
        let unit: UUID?
        /// A manager sees their own unit only and gets no unit choice.
        let unitChosenForThem: Bool
    }

    static func load(_ req: Request) async throws -> Loaded {
        let person = try req.person()
        try Access.require(person, .statistics, .read, AccessContext(isOwnUnit: true, aboveMinimumGroupSize: true))
        let organisationID = person.$organisation.id
        let wholeOrganisation = person.isCoordinator || person.isAdmin
        let units = try await OrganisationUnit.query(on: req.db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
        let requested = (try? req.query.decode(Filter.self))?.unitID.flatMap { id in units.contains { $0.id == id } ? id : nil }
        let unit = wholeOrganisation ? requested : person.$unit.id
        if !wholeOrganisation && unit == nil { throw Abort(.notFound) }
        let organisation = try await person.organisation(on: req.db)
        let today = LocalDate(req.application.settings.now(), in: organisation?.timeZone ?? .current)
        let employments = try await employments(of: organisationID, unit: unit, on: req.db)
        let programmeStart = try await Programme.query(on: req.db).filter(\.$organisation.$id == organisationID)
            .min(\.$firstDay).flatMap(LocalDate.init(iso:))
        return Loaded(figures: RetentionFigures.of(employments, on: today, programmeStart: programmeStart),
                      programmeStart: programmeStart, units: units, unit: unit, unitChosenForThem: !wholeOrganisation)
    }

    /// The start and end days of an organisation's employments, and nothing else of them: one query,
    /// on the organisation's index.
    static func employments(of organisationID: UUID, unit: UUID?, on db: Database) async throws -> [Employment] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var query = sql.select().column("started_on").column("ended_on").from(EmploymentRecord.schema)
            .where("organisation_id", .equal, organisationID)
        if let unit { query = query.where("unit_id", .equal, unit) }
        struct Row: Decodable {
            let started_on: String
            let ended_on: String?
        }
        return try await query.all(decoding: Row.self).compactMap { row in
            LocalDate(iso: row.started_on).map { Employment(start: $0, end: row.ended_on.flatMap(LocalDate.init(iso:))) }
        }
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req)
        return RetentionPage.render(try await context(req), loaded)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let loaded = try await load(req)
        try await AuditLog.record(.init(kind: .exported, detail: .retentionFile), req)
        let t = req.language.texts
        let response = Response(status: .ok, body: .init(string: RetentionCSV.text(loaded.figures, t, language: req.language)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: t.retentionFileName + ".csv")
        return response
    }
}
