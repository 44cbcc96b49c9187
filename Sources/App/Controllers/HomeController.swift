import Fluent
import GodstartCore
import SQLKit
import Vapor

/// The root and each role's home page.
enum HomeController {
    @Sendable static func root(req: Request) async throws -> Response {
        guard let person = req.currentPerson else { return req.redirect(to: SiteURL.signIn.path) }
        let homes = try await Access.homes(of: person, req)
        return req.redirect(to: homes[0].path)
    }

    static func context(_ req: Request) async throws -> PageContext {
        let person = try req.person()
        let organisation = try await person.$organisation.get(on: req.db)
        return PageContext.make(req, timeZone: organisation.timeZone, homes: try await Access.homes(of: person, req))
    }

    @Sendable static func newcomer(req: Request) async throws -> Response {
        let person = try req.person()
        let ctx = try await context(req)
        let files = try await ProgrammeQueries.views(of: person, as: [.newcomer], on: req.db)
        let now = req.application.settings.now()
        // The running programme if there is one, else the latest, its situation worked out once.
        let file = (files.last { !$0.isEnded(now: now) } ?? files.last)?.situated(at: now)
        let coordinator = try await coordinator(in: person.$organisation.id, on: req.db)
        return NewcomerHomePage.render(ctx, person: person, file: file, coordinator: coordinator, now: now)
    }

    @Sendable static func companion(req: Request) async throws -> Response {
        let person = try req.person()
        let ctx = try await context(req)
        let now = req.application.settings.now()
        let files = try await ProgrammeQueries.views(of: person, as: [.contactPerson, .mentor, .buddy], on: req.db)
            .map { $0.situated(at: now) }.filter { !$0.isEnded(now: now) }
        // The buddy's social tasks, in the programmes where this person is the buddy.
        let buddyOf = files.filter { $0.programme.$buddy.id == person.id }.map(\.id)
        let socialTasks = buddyOf.isEmpty ? [] : try await ChecklistItem.query(on: req.db)
            .filter(\.$programme.$id ~~ buddyOf).filter(\.$responsibleRole == ProgrammeRole.buddy.rawValue)
            .sort(\.$windowFrom).sort(\.$position).all()
        return CompanionHomePage.render(ctx, person: person, files: files, socialTasks: socialTasks, now: now)
    }

    @Sendable static func manager(req: Request) async throws -> Response {
        let person = try req.person()
        let ctx = try await context(req)
        let now = req.application.settings.now()
        let files = try await ProgrammeQueries.views(of: person, as: [.manager], on: req.db).map { $0.situated(at: now) }
        let unitNames = try await ProgrammeQueries.unitNames(of: files, on: req.db)
        return ManagerHomePage.render(ctx, files: files, unitNames: unitNames, now: now)
    }

    @Sendable static func coordinator(req: Request) async throws -> Response {
        let person = try req.person()
        // Every programme of the organisation: the coordinator's overview (admins may read it too). A
        // manager reads the programmes of their own new hires, on their own page, not everyone's.
        try Access.require(person, .programme, .read)
        guard person.isCoordinator || person.isAdmin else { throw Abort(.notFound) }
        let organisation = try await person.$organisation.get(on: req.db)
        let ctx = PageContext.make(req, timeZone: organisation.timeZone, homes: try await Access.homes(of: person, req))
        let filter = (try? req.query.decode(CoordinatorHomePage.Filter.self)) ?? .init()
        let overview = try await OverviewQuery.run(organisation: person.$organisation.id, timeZone: organisation.timeZone,
                                                   filter: filter.query, now: req.application.settings.now(), on: req.db)
        let units = try await OrganisationUnit.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id).sort(\.$name).all()
        return CoordinatorHomePage.render(ctx, overview: overview, filter: filter, units: units)
    }

    @Sendable static func admin(req: Request) async throws -> Response {
        let person = try req.person()
        try Access.require(person, .people, .read)
        let ctx = try await context(req)
        let units = try await OrganisationUnit.query(on: req.db)
            .filter(\.$organisation.$id == person.$organisation.id).sort(\.$name).all()
        let filter = (try? req.query.decode(PeopleFilter.self)) ?? .init()
        let people = try await PeopleQuery.run(organisation: person.$organisation.id,
                                               filter: .init(unit: filter.unitID, search: filter.search, page: filter.pageNumber), on: req.db)
        let mayImport = (try? Access.require(person, .people, .write)) != nil
        return AdminHomePage.render(ctx, units: units, people: people, filter: filter, mayImport: mayImport)
    }

    /// The organisation's coordinator (the first by name if it has several), to be named and reached.
    static func coordinator(in organisation: UUID, on db: Database) async throws -> PersonRow? {
        let statement: SQLQueryString = "SELECT \(unsafeRaw: PersonRow.selection) FROM \(unsafeRaw: PlainColumnRows.quoted(Person.schema)) WHERE \"id\" = "
        return try await db.sql().raw(statement + coordinatorID(of: "\(bind: organisation)")).plainRows().first.map(PersonRow.init)
    }

    /// The same person joined to a statement about one of the organisation's rows, as `alias`:
    /// `organisation` is the statement's column that holds the organisation's id.
    static func coordinatorJoin(as alias: String, of organisation: String) -> SQLQueryString {
        let (people, alias) = (PlainColumnRows.quoted(Person.schema), PlainColumnRows.quoted(alias))
        return "LEFT JOIN \(unsafeRaw: people) AS \(unsafeRaw: alias) ON \(unsafeRaw: alias).\"id\" = " + coordinatorID(of: "\(unsafeRaw: organisation)")
    }

    /// Which of an organisation's coordinators its pages name: the first by name. `organisation`:
    /// the organisation's id in the statement (a bind, or a column of a row it is joined to).
    private static func coordinatorID(of organisation: SQLQueryString) -> SQLQueryString {
        let people = PlainColumnRows.quoted(Person.schema)
        return "(SELECT \"id\" FROM \(unsafeRaw: people) WHERE \"organisation_id\" = " + organisation
            + " AND \"is_coordinator\" = \(bind: true) ORDER BY \"name\" LIMIT 1)"
    }
}
