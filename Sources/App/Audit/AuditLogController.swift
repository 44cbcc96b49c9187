import Fluent
import GodstartCore
import Vapor

/// The audit log as pages: the administrator reads the organisation's log; everyone reads what
/// concerns them ("who has seen my material") and what they did.
enum AuditLogController {
    /// Entries per page, the latest first.
    static let pageSize = 50

    struct Filter: Content {
        var kind: String?
        var person: String?
        var page: String?

        var auditKind: AuditKind? { kind.flatMap(AuditKind.init(rawValue:)) }
        var personID: UUID? { person.flatMap(UUID.init(uuidString:)) }
        /// 1 and up; anything else is the first page.
        var pageNumber: Int { page.flatMap(Int.init).map { min(max($0, 1), 10_000) } ?? 1 }
    }

    /// One page of entries, with the people they name.
    struct Listing {
        let entries: [AuditEntry]
        let people: [UUID: Person]
        let filter: Filter
        let hasMore: Bool
        /// The administrator's view: every entry of the organisation, with network addresses.
        let wholeLog: Bool
        let viewer: UUID

        /// The network address is shown to the administrator, and to a person for what they did.
        func showsAddress(of entry: AuditEntry) -> Bool {
            AuditRules.showsAddress(wholeLog: wholeLog, ownAction: entry.actorID == viewer)
        }
    }

    static func listing(_ query: QueryBuilder<AuditEntry>, filter: Filter, wholeLog: Bool, viewer: UUID,
                        on db: any Database) async throws -> Listing {
        if let kind = filter.auditKind { query.filter(\.$kind == kind.rawValue) }
        let rows = try await query.sort(\.$occurredAt, .descending).sort(\.$id)
            .range(((filter.pageNumber - 1) * pageSize)..<(filter.pageNumber * pageSize + 1)).all()
        let entries = Array(rows.prefix(pageSize))
        let ids = Set(entries.flatMap { [$0.actorID, $0.subjectID] }.compactMap { $0 })
        let people = ids.isEmpty ? [] : try await Person.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Listing(entries: entries, people: Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) }),
                       filter: filter, hasMore: rows.count > pageSize, wholeLog: wholeLog, viewer: viewer)
    }

    /// The organisation's log, for its administrator; narrowed to one person when asked.
    @Sendable static func organisationLog(req: Request) async throws -> Response {
        let person = try req.person()
        guard AuditRules.seesWholeLog(Access.standing(person)) else { throw Abort(.notFound) }
        let filter = try req.query.decode(Filter.self)
        let query = AuditEntry.query(on: req.db).filter(\.$organisationID == person.$organisation.id)
        if let id = filter.personID { query.group(.or) { $0.filter(\.$actorID == id).filter(\.$subjectID == id) } }
        let listing = try await listing(query, filter: filter, wholeLog: true, viewer: try person.requireID(), on: req.db)
        var named: Person?
        if let id = filter.personID {
            named = try await Person.query(on: req.db).filter(\.$id == id).filter(\.$organisation.$id == person.$organisation.id).first()
        }
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        return AuditLogPages.organisation(ctx, listing, person: named)
    }

    /// What concerns the signed-in person: their material read by others, their access and roles,
    /// their sign-ins, and what they did themselves.
    @Sendable static func ownLog(req: Request) async throws -> Response {
        let person = try req.person()
        let id = try person.requireID()
        let filter = try req.query.decode(Filter.self)
        let query = AuditEntry.query(on: req.db).group(.or) { $0.filter(\.$actorID == id).filter(\.$subjectID == id) }
        let listing = try await listing(query, filter: filter, wholeLog: false, viewer: id, on: req.db)
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        return AuditLogPages.own(ctx, listing)
    }
}
