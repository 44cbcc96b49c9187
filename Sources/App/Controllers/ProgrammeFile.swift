import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// A programme with everything its pages show: meetings in date order, the people, the organisation.
/// The pages that change meetings read meetings and people as models (`ProgrammeFile`); those that
/// only show them read plain rows (`ProgrammeView`), which cost a fraction to build (issue 24).
struct ProgrammeFileOf<M: MeetingRecord, P: PersonRecord> {
    let programme: Programme
    let meetings: [M]
    let people: [UUID: P]
    let organisation: Organisation
    /// Its id, who holds which role, and the first day: read once from the model, not through its property
    /// wrappers for every meeting a page shows (issue 24).
    let id: UUID
    let members: ProgrammeMembers
    let firstDay: LocalDate
    /// The stage, progress and planning worked out once for one moment (`situated(at:)`).
    private var situation: ProgrammeSituation?

    fileprivate init(programme: Programme, meetings: [M], people: [UUID: P], organisation: Organisation) {
        self.programme = programme
        self.meetings = meetings
        self.people = people
        self.organisation = organisation
        id = programme.id!
        members = programme.members
        firstDay = programme.firstLocalDay
    }

    /// The same programme with its situation at `now` worked out once. A list asks each of hundreds of
    /// programmes for its stage, progress and alerts several times; a page that changes meetings
    /// works on a file it has not situated.
    func situated(at now: Date) -> Self {
        var copy = self
        copy.situation = ProgrammeSituation.of(facts, at: now)
        return copy
    }

    /// Its stage, progress and planning at `now` (`ProgrammeSituation`).
    func situation(at now: Date) -> ProgrammeSituation {
        if let situation, situation.now == now { return situation }
        return ProgrammeSituation.of(facts, at: now)
    }

    /// The facts its stage and alerts follow from.
    var facts: ProgrammeFacts {
        ProgrammeFacts(id: id, members: members, firstDay: firstDay, mentoringStartedAt: programme.mentoringStartedAt,
                       ended: programme.endedAt != nil, timeZone: timeZone, meetings: meetings.map(\.fact))
    }

    /// Its alerts at `now`, given what its other parts need (`Alerts.of`).
    func alerts(now: Date, attention: AttentionFacts) -> [ProgrammeAlert] {
        Alerts.of(facts, situation(at: now), attention: attention)
    }

    var timeZone: TimeZone { organisation.timeZone }
    var newcomer: P? { people[members.newcomer] }

    func person(_ role: ProgrammeRole) -> P? {
        members.person(role).flatMap { people[$0] }
    }

    func relations(of person: Person) -> Set<ProgrammeRelation> {
        Relations.of(Access.viewer(person), in: members)
    }

    func date(of meeting: some MeetingRecord) -> LocalDate { LocalDate(meeting.startsAt, in: timeZone) }

    func meetingContext(_ meeting: some MeetingRecord, for relations: Set<ProgrammeRelation>, now: Date) -> AccessContext {
        meetingContext(meeting, for: relations, ended: isEnded(now: now))
    }

    private func meetingContext(_ meeting: some MeetingRecord, for relations: Set<ProgrammeRelation>, ended: Bool) -> AccessContext {
        // Which notes are the earlier mentorship's is not the meeting's date: they were set aside (`EarlierMentorship`).
        Relations.meetingContext(relations, kind: meeting.meetingKind, date: date(of: meeting),
                                 firstDay: firstDay, programmeEnded: ended)
    }

    /// The meetings a person may see in the plan (a buddy sees the first weeks only).
    func visibleMeetings(for relations: Set<ProgrammeRelation>, now: Date) -> [M] {
        let ended = isEnded(now: now)
        return meetings.filter { isVisible($0, to: relations, ended: ended) }
    }

    /// The next meeting still to be held that `relations` take part in (a mentor is not at the contact
    /// person's status meetings); for someone at none of them, a buddy, the next they may see.
    func nextMeeting(takenPartInBy relations: Set<ProgrammeRelation>, now: Date) -> M? {
        guard MeetingKind.allCases.contains(where: { Relations.isParticipant(relations, in: $0) }) else {
            return nextVisibleMeeting(for: relations, now: now)
        }
        return meetings.first { $0.isOpen && $0.startsAt >= now && Relations.isParticipant(relations, in: $0.meetingKind) }
    }

    /// The next meeting still to be held that a person may see in the plan.
    func nextVisibleMeeting(for relations: Set<ProgrammeRelation>, now: Date) -> M? {
        let ended = isEnded(now: now)
        return meetings.first { $0.isOpen && $0.startsAt >= now && isVisible($0, to: relations, ended: ended) }
    }

    private func isVisible(_ meeting: M, to relations: Set<ProgrammeRelation>, ended: Bool) -> Bool {
        AccessPolicy.decide(relations, .plan, .read, meetingContext(meeting, for: relations, ended: ended)) >= .factsOnly
    }

    /// The access context of an item of the mentoring (a goal, a row of the plan, an agreement's
    /// version) that was set aside when the mentor changed, or not: a new mentor sees the earlier
    /// ones only if the mentee shares them.
    func mentorshipContext(earlier: Bool) -> AccessContext {
        AccessContext(isSharedWithPerson: programme.earlierMaterialShared == true, part: .mentoring,
                      isFromEarlierMentorship: earlier)
    }

    /// Items of the mentoring that a person sees: a mentor who took over sees the earlier ones
    /// only when the mentee shares them. Everyone else's access is decided before this.
    func visibleToMentor<Item>(_ items: [Item], _ resource: Resource, _ relations: Set<ProgrammeRelation>,
                               isEarlier: (Item) -> Bool) -> [Item] {
        guard relations.contains(.mentor) else { return items }
        return items.filter { AccessPolicy.decide(relations, resource, .read, mentorshipContext(earlier: isEarlier($0))) == .allow }
    }

    func isEnded(now: Date) -> Bool { stage(now: now).part == .finished }

    /// The day the programme ends (`StoragePeriod.endDay`), from which its storage period runs.
    var endDay: LocalDate {
        let talk = firstMeeting(.developmentTalk)
        let planned = talk.map(date(of:)) ?? firstMeeting(.mentoringClosing).map(date(of:)) ?? firstDay.adding(months: 12)
        return StoragePeriod.endDay(plannedDevelopmentTalk: planned,
                                    developmentTalkHeldOn: talk.flatMap { $0.isHeld ? LocalDate($0.heldAt ?? $0.startsAt, in: timeZone) : nil },
                                    endedOn: programme.endedAt.map { LocalDate($0, in: timeZone) })
    }

    func firstMeeting(_ kind: MeetingKind) -> M? {
        // Which meeting is first does not depend on the moment the file was situated at.
        if let situation { return situation.firstOfKind[kind].map { meetings[$0] } }
        return meetings.first { $0.meetingKind == kind && !$0.isCancelled }
    }

    func stage(now: Date) -> ProgrammeStage { situation(at: now).stage }

    func progress(now: Date) -> ProgrammeProgress { situation(at: now).progress }

    /// Fewer than two mentoring meetings planned ahead (a fact, shown to the coordinator too).
    func needsPlanning(now: Date) -> Bool { situation(at: now).needsPlanning }

    /// What was agreed under point 5 of the meeting before this one, if anything.
    func previousMeeting(before meeting: some MeetingRecord) -> M? {
        guard let index = meetings.firstIndex(where: { $0.id == meeting.id }) else { return nil }
        return Homework.previousIndex(before: index, in: meetings.map(\.fact)).map { meetings[$0] }
    }

    func nextMeeting(now: Date) -> M? { progress(now: now).nextIndex.map { meetings[$0] } }
}

/// A programme whose meetings and people are models, for the pages and jobs that change them.
typealias ProgrammeFile = ProgrammeFileOf<Meeting, Person>
/// A programme whose meetings and people are plain rows, for the pages that only show them.
typealias ProgrammeView = ProgrammeFileOf<MeetingRow, PersonRow>

/// Loading programmes in a fixed number of queries, however many there are.
enum ProgrammeQueries {
    /// A list that shows an ended programme as finished and nothing more leaves out its meetings
    /// (`meetingsOfEnded: false`): the development talk that ended it was its last, and the
    /// programmes that ended lately hold most of an overview's meetings.
    /// `known`: an organisation already read (the signed-in person's), not read again.
    static func files(_ query: QueryBuilder<Programme>, meetingsOfEnded: Bool = true, known: Organisation? = nil,
                      on db: Database) async throws -> [ProgrammeFile] {
        try await files(of: try await query.sort(\.$firstDay).all(), meetingsOfEnded: meetingsOfEnded, known: known, on: db)
    }

    /// The files of programmes already read.
    static func files(of programmes: [Programme], meetingsOfEnded: Bool = true, known: Organisation? = nil,
                      on db: Database) async throws -> [ProgrammeFile] {
        try await load(programmes, meetingsOfEnded: meetingsOfEnded, known: known, on: db)
    }

    /// The views of programmes already read: their meetings as plain rows.
    static func views(of programmes: [Programme], known: Organisation? = nil, on db: Database) async throws -> [ProgrammeView] {
        try await load(programmes, meetingsOfEnded: true, known: known, on: db)
    }

    private static func load<M: MeetingRecord, P: PersonRecord>(_ programmes: [Programme], meetingsOfEnded: Bool, known: Organisation?,
                                                                 on db: Database) async throws -> [ProgrammeFileOf<M, P>] {
        guard !programmes.isEmpty else { return [] }
        let ids = programmes.filter { meetingsOfEnded || $0.endedAt == nil }.compactMap(\.id)
        let meetings = try await M.all(ofProgrammes: ids, on: db)
        var personIDs = Set<UUID>()
        for p in programmes {
            for role in ProgrammeRole.allCases { if let id = p.personID(for: role) { personIDs.insert(id) } }
        }
        let people = try await P.all(withIDs: Array(personIDs), on: db)
        let peopleByID = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) })
        var organisationsByID: [UUID: Organisation] = [:]
        if let known, let id = known.id { organisationsByID[id] = known }
        let organisationIDs = Array(Set(programmes.map { $0.$organisation.id }).subtracting(organisationsByID.keys))
        if !organisationIDs.isEmpty {
            for organisation in try await Organisation.query(on: db).filter(\.$id ~~ organisationIDs).all() {
                organisationsByID[organisation.id!] = organisation
            }
        }
        let meetingsByProgramme = Dictionary(grouping: meetings) { $0.programmeID }
        return programmes.compactMap { p in
            guard let organisation = organisationsByID[p.$organisation.id] else { return nil }
            return ProgrammeFileOf<M, P>(programme: p, meetings: meetingsByProgramme[p.id!] ?? [], people: peopleByID,
                                         organisation: organisation)
        }
    }

    /// The names of the units these programmes belong to, by the unit's id. Read only by the pages
    /// that show a unit (the programme page, the manager's home, the API's programme): the other
    /// pages of a programme no longer pay a statement for it (issue 24).
    static func unitNames<M, P>(of files: [ProgrammeFileOf<M, P>], on db: Database) async throws -> [UUID: String] {
        let ids = Array(Set(files.map { $0.programme.$unit.id }))
        var names: [UUID: String] = [:]
        for row in try await PlainColumnRows.rows(of: OrganisationUnit.schema, columns: ["id", "name"], where: "id", in: ids, on: db) {
            names[try row.uuid("id")] = try row.string("name")
        }
        return names
    }

    /// An organisation's programmes that have not ended (the development talk not yet held).
    static func running(of organisationID: UUID, on db: Database) -> QueryBuilder<Programme> {
        Programme.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$endedAt == nil)
    }

    static func file(_ id: UUID, known: Organisation? = nil, on db: Database) async throws -> ProgrammeFile? {
        try await files(of: try await PlainColumnRows.all(Programme.self, where: "id", in: [id], on: db), known: known, on: db).first
    }

    static func view(_ id: UUID, known: Organisation? = nil, on db: Database) async throws -> ProgrammeView? {
        try await views(of: try await PlainColumnRows.all(Programme.self, where: "id", in: [id], on: db), known: known, on: db).first
    }

    /// What the programme's own page shows beside its view: the unit's name and the organisation's coordinator.
    struct PageView {
        let file: ProgrammeView
        let unitName: String
        let coordinator: PersonRow?
    }

    /// A programme's view with its unit's name and its organisation's coordinator, both read with
    /// the programme in one statement (the programme page, the API's programme; issue 24).
    static func pageView(_ id: UUID, known: Organisation? = nil, on db: Database) async throws -> PageView? {
        let (programmes, units) = (PlainColumnRows.quoted(Programme.schema), PlainColumnRows.quoted(OrganisationUnit.schema))
        let statement: SQLQueryString = """
            SELECT \(unsafeRaw: programmes).*, \(unsafeRaw: units)."name" AS "unit_name", \(unsafeRaw: PersonRow.selection(of: "coordinator", prefix: "coordinator_"))
            FROM \(unsafeRaw: programmes) LEFT JOIN \(unsafeRaw: units) ON \(unsafeRaw: units)."id" = \(unsafeRaw: programmes)."unit_id"
            """ + " " + HomeController.coordinatorJoin(as: "coordinator", of: "\(programmes).\"organisation_id\"") + """
             WHERE \(unsafeRaw: programmes)."id" = \(bind: id)
            """
        guard let row = try await db.sql().raw(statement).plainRows().first,
              let file = try await views(of: [PlainColumnRows.model(Programme.self, from: row)], known: known, on: db).first
        else { return nil }
        return PageView(file: file, unitName: try row.optionalString("unit_name") ?? "",
                        coordinator: try PersonRow.joined(row, prefix: "coordinator_"))
    }

    /// Programmes in which the person holds any of `roles`.
    static func files(of person: Person, as roles: [ProgrammeRole], on db: Database) async throws -> [ProgrammeFile] {
        try await load(try await programmes(of: person, as: roles, on: db), meetingsOfEnded: true, known: person.$organisation.value, on: db)
    }

    /// Programmes in which the person holds any of `roles`, their meetings as plain rows.
    static func views(of person: Person, as roles: [ProgrammeRole], on db: Database) async throws -> [ProgrammeView] {
        try await views(of: try await programmes(of: person, as: roles, on: db), known: person.$organisation.value, on: db)
    }

    private static func programmes(of person: Person, as roles: [ProgrammeRole], on db: Database) async throws -> [Programme] {
        let id = try person.requireID()
        // By the indexes of the people's columns alone: with the organisation in the statement too,
        // SQLite went through every programme of the municipality (issue 24).
        let columns = roles.compactMap(Programme.personColumn)
        guard !columns.isEmpty else { return [] }
        let programmes = try await PlainColumnRows.all(Programme.self, on: db) { select in
            select.where { group in columns.reduce(group) { $0.orWhere(SQLIdentifier($1), .equal, SQLBind(id)) } }
                .orderBy("first_day")
        }
        // A person's programmes are their organisation's; one of another would be a fault, never shown.
        return programmes.filter { $0.$organisation.id == person.$organisation.id }
    }
}

enum Access {
    static func viewer(_ person: Person) -> Viewer {
        Viewer(id: person.id!, organisation: person.$organisation.id,
               isCoordinator: person.isCoordinator, isAdmin: person.isAdmin)
    }

    /// A person's standing roles in their organisation, for pages that are not about one programme.
    static func standing(_ person: Person) -> Set<ProgrammeRelation> {
        var relations = Set<ProgrammeRelation>()
        if person.isCoordinator { relations.insert(.coordinator) }
        if person.isAdmin { relations.insert(.admin) }
        if person.isManager { relations.insert(.manager) }
        return relations.isEmpty ? [.colleague] : relations
    }

    /// Refuses (as a 404) a page the person's standing roles do not open.
    static func require(_ person: Person, _ resource: Resource, _ action: Action, _ context: AccessContext = AccessContext()) throws {
        guard AccessPolicy.decide(standing(person), resource, action, context) == .allow else { throw Abort(.notFound) }
    }

    /// The home pages of the person a page is shown to. Found once for a signed-in browser and
    /// kept with it (`SignedInCache`) until a change of the person, their organisation or its
    /// programmes and activities: the statement ran on every page, one of four to ten (issue 24).
    static func homes(of person: Person, _ req: Request) async throws -> [SiteURL] {
        let id = try person.requireID()
        let kept = StoredSessions.kept(req)
        if let signedIn = kept?.signedIn, signedIn.personID == id, let homes = signedIn.homes { return homes }
        let homes = try await homes(of: person, on: req.db)
        if let kept, req.currentPerson?.id == id {
            req.application.signedInCache.keep(kept.sessionHash, homes: homes, of: id, kept.ticket)
        }
        return homes
    }

    /// The home pages a person has, in the order the root sends them to the first.
    static func homes(of person: Person, on db: Database) async throws -> [SiteURL] {
        let id = try person.requireID()
        // One statement: whether the person holds each role in any programme, by each column's own
        // index, and whether they run an activity. Written as text with its binds: SQLKit's builder
        // wrote its seven subqueries anew for every page (7 % of a mentor's home, perf, issue 24).
        let roleColumns = ProgrammeRole.allCases.compactMap { role in Programme.personColumn(role).map { (role, $0) } }
        func exists(_ table: String, _ column: String, as name: String) -> SQLQueryString {
            let (table, column, name) = (PlainColumnRows.quoted(table), PlainColumnRows.quoted(column), PlainColumnRows.quoted(name))
            return "EXISTS (SELECT 1 FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) = \(bind: id)) AS \(unsafeRaw: name)"
        }
        let columns = roleColumns.map { exists(Programme.schema, $0.1, as: $0.1) } + [exists(Activity.schema, "run_by_id", as: "runs_activity")]
        let statement: SQLQueryString = "SELECT " + columns.joined(separator: ", ")
        guard let row = try await db.sql().raw(statement).plainRows().first else { return [.myProgramme] }
        let held = Set(try roleColumns.filter { try row.bool($0.1) }.map(\.0))
        func holds(_ role: ProgrammeRole) -> Bool { held.contains(role) }
        var homes: [SiteURL] = []
        if holds(.newcomer) { homes += [.myProgramme, .logbook, .journals] }
        if person.isCoordinator { homes.append(.programmes) }
        if person.isAdmin { homes.append(.people) }
        if person.isManager || holds(.manager) { homes.append(.team) }
        if holds(.contactPerson) || holds(.mentor) || holds(.buddy) { homes.append(.myNewcomers) }
        if holds(.mentor) { homes.append(.sharedWithMe) }
        if try row.bool("runs_activity") { homes.append(.myActivities) }
        return homes.isEmpty ? [.myProgramme] : homes
    }
}
