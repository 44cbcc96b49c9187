import Fluent
import Foundation
import GodstartCore

/// The colleagues of an organisation as candidates for a new hire's programme: their profile, their
/// load in running programmes, and the areas they know (the directory of knowledge persons).
enum AssignmentCandidates {
    struct Loaded {
        let people: [Person]
        let candidates: [UUID: Candidate]
        /// Running programmes' contact persons and mentors, each until their part ends.
        let commitments: [Commitment]
    }

    static func load(_ organisationID: UUID, on db: Database) async throws -> Loaded {
        // Someone with a last day from HR is not chosen for a new hire's year.
        let people = try await Person.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$leftOn == nil)
            .sort(\.$name).all()
        let running = try await ProgrammeQueries.running(of: organisationID, on: db).all()
        let newcomers = Set(running.map { $0.$newcomer.id })
        let areas = try await KnowledgeArea.query(on: db).filter(\.$person.$id ~~ people.compactMap(\.id)).all()
        var candidates: [UUID: Candidate] = [:]
        for person in people where !newcomers.contains(person.id!) {
            let id = person.id!
            candidates[id] = Candidate(
                id: id, unit: person.$unit.id, capacity: person.capacity ?? AssignmentSuggestions.defaultCapacity,
                mentoring: running.filter { $0.$mentor.id == id }.count,
                contactFor: running.filter { $0.$contactPerson.id == id }.count,
                buddyFor: running.filter { $0.$buddy.id == id }.count,
                willing: person.willingToMentor ?? true, trainedAsMentor: person.trainedAsMentor ?? false,
                competenceAreas: Set(areas.filter { $0.$person.id == id }.map(\.area)))
        }
        let timeZone = try await Organisation.find(organisationID, on: db)?.timeZone ?? .current
        return Loaded(people: people.filter { candidates[$0.id!] != nil }, candidates: candidates,
                      commitments: try await commitments(running, timeZone: timeZone, on: db))
    }

    /// Until when each running programme holds its contact person and its mentor: the introduction
    /// ends when the mentoring starts (closed early or as planned), the mentoring after its closing
    /// meeting. One query for the two meetings of every programme.
    static func commitments(_ running: [Programme], timeZone: TimeZone, on db: Database) async throws -> [Commitment] {
        let ids = running.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let milestones = try await Meeting.query(on: db).filter(\.$programme.$id ~~ ids)
            .filter(\.$kind ~~ [MeetingKind.mentoringStart.rawValue, MeetingKind.mentoringClosing.rawValue])
            .filter(\.$status != Meeting.Status.cancelled.rawValue).sort(\.$startsAt).all()
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
        }
    }
}
