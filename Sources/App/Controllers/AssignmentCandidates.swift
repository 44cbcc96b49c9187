import Fluent
import SQLKit
import Foundation
import GodstartCore

/// The colleagues of an organisation as candidates for a new hire's programme: their profile, their
/// load in running programmes, and the areas they know (the directory of knowledge persons).
enum AssignmentCandidates {
    struct Loaded {
        /// Everyone still employed, by name: the colleagues page lists them all, so an
        /// administrator or coordinator can be marked as taking new hires.
        let people: [Person]
        let candidates: [UUID: Candidate]
        /// Running programmes' contact persons, mentors and buddies, each until their part ends.
        let commitments: [Commitment]
        /// The choices made outside the rules in running programmes, with their reasons, per person.
        let overrides: [UUID: [AssignmentOverride]]
        let today: LocalDate

        /// The people who can take some role for some new hire (not administrators only).
        var choosable: [Person] { people.filter { !(candidates[$0.id!]?.standing.onlyAdministrative ?? true) } }
    }

    /// A person's load in a role is the running programmes in which they hold it today: a contact
    /// person and a buddy until the mentoring starts, a mentor until the mentoring's closing meeting
    /// (`commitments`). The same figure in the colleagues page, its forecast and the suggestions.
    static func load(_ organisationID: UUID, now: Date, on db: Database) async throws -> Loaded {
        let timeZone = try await Organisation.find(organisationID, on: db)?.timeZone ?? .current
        let today = LocalDate(now, in: timeZone)
        // Read as plain rows (`PlainColumnRows`): Fluent's own decoding of 3,000 staff, every
        // programme and the employment records was half of the colleagues page (perf, issue 24).
        let people = try await PlainColumnRows.all(Person.self, on: db) { select in
            select.where("organisation_id", .equal, SQLBind(organisationID)).where("erased_at", .is, SQLLiteral.null).orderBy("name")
        }.filter { !$0.hasLeft(by: today) }
        let programmes = try await PlainColumnRows.all(Programme.self, on: db) { select in
            select.where("organisation_id", .equal, SQLBind(organisationID))
        }
        let running = programmes.filter { $0.endedAt == nil }
        let commitments = try await commitments(running, timeZone: timeZone, on: db)
        var holding: [UUID: [CandidateRole: Int]] = [:]
        for commitment in commitments where commitment.until > today { holding[commitment.person, default: [:]][commitment.role, default: 0] += 1 }
        let ownStart = Dictionary(programmes.map { ($0.$newcomer.id, $0.firstLocalDay) }, uniquingKeysWith: max)
        let employedFrom = try await employmentStarts(organisationID, today: today, on: db)
        let areas = try await PlainColumnRows.all(KnowledgeArea.self, on: db) { $0.where("organisation_id", .equal, SQLBind(organisationID)) }
        let areasByPerson = Dictionary(grouping: areas) { $0.$person.id }
        var candidates: [UUID: Candidate] = [:]
        for person in people {
            let id = person.id!
            func load(_ role: CandidateRole) -> Int { holding[id]?[role] ?? 0 }
            let standing = ColleagueStanding(
                id: id, unit: person.$unit.id, employedFrom: employedFrom[person.email], leavesOn: person.leftOn.flatMap(LocalDate.init(iso:)),
                willingToMentor: person.willingToMentor ?? true, managesAnyone: person.isManager,
                onlyAdministrative: (person.isAdmin || person.isCoordinator) && person.takesNewHires != true,
                ownProgrammeStarted: ownStart[id])
            candidates[id] = Candidate(
                id: id, unit: person.$unit.id, capacity: person.capacity ?? AssignmentSuggestions.defaultCapacity,
                mentoring: load(.mentor), contactFor: load(.contactPerson), buddyFor: load(.buddy),
                willing: person.willingToMentor ?? true, trainedAsMentor: person.trainedAsMentor ?? false,
                competenceAreas: Set((areasByPerson[id] ?? []).map(\.area)), standing: standing)
        }
        // A reason stands while its person holds the role it was given for (a replaced mentor's goes).
        let runningByID = Dictionary(uniqueKeysWithValues: running.map { ($0.id!, $0) })
        let overrides = try await AssignmentOverride.query(on: db).filter(\.$organisation.$id == organisationID)
            .sort(\.$createdAt).all().filter { override in
                runningByID[override.$programme.id].map { override.holdsItsRole(in: $0) } ?? false
            }
        return Loaded(people: people, candidates: candidates, commitments: commitments,
                      overrides: Dictionary(grouping: overrides) { $0.$person.id }, today: today)
    }

    /// The first day of each person's current employment, by e-mail address (HR's reference).
    static func employmentStarts(_ organisationID: UUID, today: LocalDate, on db: Database) async throws -> [String: LocalDate] {
        // Three columns of each record, no models: there is one for every employment of the staff.
        let rows = try await db.sql().select().columns("reference", "started_on", "ended_on").from(EmploymentRecord.schema)
            .where("organisation_id", .equal, SQLBind(organisationID)).plainRows()
        var starts: [String: LocalDate] = [:]
        for row in rows {
            let reference = try row.string("reference")
            guard let start = LocalDate(iso: try row.string("started_on")),
                  try row.optionalString("ended_on").flatMap(LocalDate.init(iso:)).map({ $0 >= today }) ?? true else { continue }
            starts[reference] = max(start, starts[reference] ?? start)
        }
        return starts
    }

    /// Until when each running programme holds its contact person, buddy and mentor: the
    /// introduction ends when the mentoring starts (closed early or as planned), the mentoring after
    /// its closing meeting. One query for the two meetings of every programme.
    static func commitments(_ running: [Programme], timeZone: TimeZone, on db: Database) async throws -> [Commitment] {
        let ids = running.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let milestones = try await PlainColumnRows.all(Meeting.self, on: db) { select in
            select.where(SQLColumn("programme_id"), .in, SQLBind.group(ids))
                .where(SQLColumn("kind"), .in, SQLBind.group([MeetingKind.mentoringStart.rawValue, MeetingKind.mentoringClosing.rawValue]))
                .where("status", .notEqual, SQLBind(Meeting.Status.cancelled.rawValue)).orderBy("starts_at")
        }
        let byProgramme = Dictionary(grouping: milestones) { $0.$programme.id }
        return running.flatMap { programme -> [Commitment] in
            let own = byProgramme[programme.id!] ?? []
            func day(_ kind: MeetingKind) -> LocalDate? { own.first { $0.meetingKind == kind }.map { LocalDate($0.startsAt, in: timeZone) } }
            let lengths = ProgrammeTemplate.defaults(for: programme.programmeVariant)
            let mentoringStart = programme.mentoringStartedAt.map { LocalDate($0, in: timeZone) } ?? day(.mentoringStart)
                ?? programme.firstLocalDay.adding(months: lengths.introductionMonths)
            let mentoringEnd = day(.mentoringClosing)?.adding(days: 1)
                ?? programme.firstLocalDay.adding(months: lengths.introductionMonths + lengths.mentoringMonths)
            return [Commitment(person: programme.$contactPerson.id, role: .contactPerson, until: mentoringStart),
                    Commitment(person: programme.$mentor.id, role: .mentor, until: mentoringEnd)]
                + (programme.$buddy.id.map { [Commitment(person: $0, role: .buddy, until: mentoringStart)] } ?? [])
        }
    }
}
