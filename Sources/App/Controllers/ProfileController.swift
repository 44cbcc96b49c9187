import Fluent
import GodstartCore
import Vapor

/// The coordinator keeps what she knows of each colleague for choosing the people around a new
/// hire: capacity, willingness, mentor training. Their load comes from the running programmes.
enum ProfileController {
    static func load(_ req: Request) async throws -> AssignmentCandidates.Loaded {
        let person = try RegisterNewHireController.coordinator(req)
        return try await AssignmentCandidates.load(person.$organisation.id, now: req.application.settings.now(), on: req.db)
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let orgID = try req.person().$organisation.id
        let units = try await OrganisationUnit.query(on: req.db).filter(\.$organisation.$id == orgID).all()
        // The new hires of the programmes with a choice outside the rules, to say whose it was.
        let programmeIDs = Set(loaded.overrides.values.flatMap { $0.map { $0.$programme.id } })
        let programmes = programmeIDs.isEmpty ? [] : try await Programme.query(on: req.db).filter(\.$id ~~ Array(programmeIDs)).all()
        let newHires = Dictionary(uniqueKeysWithValues: programmes.map { ($0.id!, $0.$newcomer.id) })
        let names = Dictionary(uniqueKeysWithValues: loaded.people.map { ($0.id!, $0.name) })
        // Everyone's load is worked out (the forecast and the suggestions need it); a page shows 50.
        let filter = (try? req.query.decode(PeopleFilter.self)) ?? .init()
        let matching = loaded.people.filter { person in
            (filter.unitID == nil || person.$unit.id == filter.unitID)
                && (NameSearch.matches(person.name, filter.search) || NameSearch.matches(person.email, filter.search))
        }
        let shown = ListPage(matching, page: filter.pageNumber)
        // The forecast below the list is of the same colleagues (all pages of them).
        let filtered = filter.unitID != nil || !filter.search.isEmpty
        return ProfilePages.list(try await context(req), loaded, shown: shown, filter: filter,
                                 matching: filtered ? Set(matching.map { $0.id! }) : nil,
                                 units: units.sorted { $0.name < $1.name }.map { ($0.id!, $0.name) },
                                 newHireOf: { newHires[$0].flatMap { names[$0] } ?? "" })
    }

    struct ProfileForm: FormInput {
        var capacity: String?
        var willing: String?
        var trained: String?
        /// Administrators and coordinators only: also takes new hires.
        var takesNewHires: String?

        init() {}

        init(_ person: Person) {
            capacity = String(person.capacity ?? AssignmentSuggestions.defaultCapacity)
            willing = person.willingToMentor ?? true ? "on" : nil
            trained = person.trainedAsMentor ?? false ? "on" : nil
            takesNewHires = person.takesNewHires == true ? "on" : nil
        }
    }

    static func colleague(_ req: Request, _ loaded: AssignmentCandidates.Loaded) throws -> Person {
        let id = try req.idParameter()
        guard let person = loaded.people.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return person
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let person = try colleague(req, loaded)
        return ProfilePages.edit(try await context(req), person, typed: ProfileForm(person), error: nil)
    }

    /// The most new hires anyone is planned for at once in one role.
    static let capacityRange = 0...6

    @Sendable static func save(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let person = try colleague(req, loaded)
        let t = req.language.texts
        let form = req.form(ProfileForm.self)
        guard let capacity = Int((form.capacity ?? "").trimmingCharacters(in: .whitespaces)), capacityRange.contains(capacity) else {
            let response = ProfilePages.edit(try await context(req), person, typed: form, error: t.errorCapacity)
            response.status = .unprocessableEntity
            return response
        }
        person.capacity = capacity
        person.willingToMentor = form.willing == "on"
        person.trainedAsMentor = form.trained == "on"
        if person.isAdmin || person.isCoordinator { person.takesNewHires = form.takesNewHires == "on" }
        try await person.update(on: req.db)
        req.flash(t.profileSaved)
        return req.redirect(to: SiteURL.colleagues.path + "#colleague-\(person.id!.uuidString.lowercased())")
    }
}
