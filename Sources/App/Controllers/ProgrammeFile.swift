import Fluent
import Foundation
import GodstartCore
import Vapor

/// A programme with everything its pages show: meetings in date order, the people, the organisation.
struct ProgrammeFile {
    let programme: Programme
    let meetings: [Meeting]
    let people: [UUID: Person]
    let organisation: Organisation
    let unit: OrganisationUnit?
    /// The stage, progress and planning worked out once for one moment (`situated(at:)`).
    private var situation: Situation?

    /// Where a programme stands at one moment, worked out from its meetings in one pass.
    struct Situation {
        let now: Date
        let stage: ProgrammeStage
        let progress: ProgrammeProgress
        let needsPlanning: Bool
        /// Index in `meetings` of the first meeting of each kind that is not cancelled.
        let firstOfKind: [MeetingKind: Int]
    }

    fileprivate init(programme: Programme, meetings: [Meeting], people: [UUID: Person], organisation: Organisation,
                     unit: OrganisationUnit?) {
        self.programme = programme
        self.meetings = meetings
        self.people = people
        self.organisation = organisation
        self.unit = unit
    }

    /// The same programme with its situation at `now` worked out once. A list asks each of hundreds of
    /// programmes for its stage, progress and alerts several times; a page that changes meetings
    /// works on a file it has not situated.
    func situated(at now: Date) -> ProgrammeFile {
        var copy = self
        copy.situation = workOutSituation(at: now)
        return copy
    }

    private func situation(at now: Date) -> Situation {
        if let situation, situation.now == now { return situation }
        return workOutSituation(at: now)
    }

    private func workOutSituation(at now: Date) -> Situation {
        let facts = meetings.map(\.fact)
        var firstOfKind: [MeetingKind: Int] = [:]
        for (index, fact) in facts.enumerated() where !fact.cancelled && firstOfKind[fact.kind] == nil {
            firstOfKind[fact.kind] = index
        }
        func first(_ kind: MeetingKind) -> MeetingFact? { firstOfKind[kind].map { facts[$0] } }
        func day(_ fact: MeetingFact) -> LocalDate { LocalDate(fact.startsAt, in: timeZone) }
        let firstDay = programme.firstLocalDay
        // Once the contact person has started the mentoring, the programme is in it, whenever its start meeting is.
        let startedOn = programme.mentoringStartedAt.map { LocalDate($0, in: timeZone) }
        let mentoringStart = [first(.mentoringStart).map(day), startedOn].compactMap { $0 }.min() ?? firstDay
        // Without its closing meeting (cancelled), the mentoring lasts while conversations are ahead.
        let lastConversation = facts.filter { !$0.cancelled && [.dialogueMeeting, .threePartyMeeting, .managerMentorMeeting].contains($0.kind) }
            .map(day).max()
        let mentoringClosing = first(.mentoringClosing).map(day) ?? lastConversation.map { max($0, mentoringStart) } ?? mentoringStart
        let introClosing = first(.introductionClosing).map(day) ?? mentoringStart
        let talk = first(.developmentTalk)
        let talkDay = talk.map(day)
        let milestones = Milestones(firstDay: firstDay, mentoringStart: mentoringStart,
                                    mentoringEnd: mentoringClosing, developmentTalk: talkDay ?? mentoringClosing)
        let stage = ProgrammeStage.on(LocalDate(now, in: timeZone), milestones: milestones,
                                      introductionClosing: introClosing, mentoringClosing: mentoringClosing,
                                      developmentTalkHeld: talk?.held ?? false, ended: programme.endedAt != nil)
        return Situation(now: now, stage: stage, progress: ProgrammeProgress.of(facts, now: now, timeZone: timeZone),
                         needsPlanning: PlanningAhead.needsPlanning(facts, stage: stage, now: now, timeZone: timeZone),
                         firstOfKind: firstOfKind)
    }

    var id: UUID { programme.id! }
    var timeZone: TimeZone { organisation.timeZone }
    var newcomer: Person? { people[programme.$newcomer.id] }

    func person(_ role: ProgrammeRole) -> Person? {
        programme.personID(for: role).flatMap { people[$0] }
    }

    var members: ProgrammeMembers { programme.members }

    func relations(of person: Person) -> Set<ProgrammeRelation> {
        Relations.of(Access.viewer(person), in: members)
    }

    func date(of meeting: Meeting) -> LocalDate { LocalDate(meeting.startsAt, in: timeZone) }

    func meetingContext(_ meeting: Meeting, for relations: Set<ProgrammeRelation>, now: Date) -> AccessContext {
        meetingContext(meeting, for: relations, ended: isEnded(now: now))
    }

    private func meetingContext(_ meeting: Meeting, for relations: Set<ProgrammeRelation>, ended: Bool) -> AccessContext {
        // Which notes are the earlier mentorship's is not the meeting's date: they were set aside (`EarlierMentorship`).
        Relations.meetingContext(relations, kind: meeting.meetingKind, date: date(of: meeting),
                                 firstDay: programme.firstLocalDay, programmeEnded: ended)
    }

    /// The meetings a person may see in the plan (a buddy sees the first weeks only).
    func visibleMeetings(for relations: Set<ProgrammeRelation>, now: Date) -> [Meeting] {
        let ended = isEnded(now: now)
        return meetings.filter {
            AccessPolicy.decide(relations, .plan, .read, meetingContext($0, for: relations, ended: ended)) >= .factsOnly
        }
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
        let planned = talk.map(date(of:)) ?? firstMeeting(.mentoringClosing).map(date(of:)) ?? programme.firstLocalDay.adding(months: 12)
        return StoragePeriod.endDay(plannedDevelopmentTalk: planned,
                                    developmentTalkHeldOn: talk.flatMap { $0.isHeld ? LocalDate($0.heldAt ?? $0.startsAt, in: timeZone) : nil },
                                    endedOn: programme.endedAt.map { LocalDate($0, in: timeZone) })
    }

    func firstMeeting(_ kind: MeetingKind) -> Meeting? {
        // Which meeting is first does not depend on the moment the file was situated at.
        if let situation { return situation.firstOfKind[kind].map { meetings[$0] } }
        return meetings.first { $0.meetingKind == kind && !$0.isCancelled }
    }

    func stage(now: Date) -> ProgrammeStage { situation(at: now).stage }

    func progress(now: Date) -> ProgrammeProgress { situation(at: now).progress }

    /// Fewer than two mentoring meetings planned ahead (a fact, shown to the coordinator too).
    func needsPlanning(now: Date) -> Bool { situation(at: now).needsPlanning }

    /// What was agreed under point 5 of the meeting before this one, if anything.
    func previousMeeting(before meeting: Meeting) -> Meeting? {
        guard let index = meetings.firstIndex(where: { $0.id == meeting.id }) else { return nil }
        return Homework.previousIndex(before: index, in: meetings.map(\.fact)).map { meetings[$0] }
    }

    func nextMeeting(now: Date) -> Meeting? { progress(now: now).nextIndex.map { meetings[$0] } }
}

/// Loading programmes in a fixed number of queries, however many there are.
enum ProgrammeQueries {
    /// A list that shows an ended programme as finished and nothing more leaves out its meetings
    /// (`meetingsOfEnded: false`): the development talk that ended it was its last, and the
    /// programmes that ended lately hold most of an overview's meetings.
    static func files(_ query: QueryBuilder<Programme>, meetingsOfEnded: Bool = true, on db: Database) async throws -> [ProgrammeFile] {
        let programmes = try await query.sort(\.$firstDay).all()
        guard !programmes.isEmpty else { return [] }
        let ids = programmes.filter { meetingsOfEnded || $0.endedAt == nil }.compactMap(\.id)
        let meetings = try await PlainColumnRows.all(Meeting.self, where: "programme_id", in: ids, orderBy: "starts_at", on: db)
        var personIDs = Set<UUID>()
        for p in programmes {
            for role in ProgrammeRole.allCases { if let id = p.personID(for: role) { personIDs.insert(id) } }
        }
        let people = try await PlainColumnRows.all(Person.self, where: "id", in: Array(personIDs), on: db)
        let peopleByID = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) })
        let organisationIDs = Array(Set(programmes.map { $0.$organisation.id }))
        let organisations = try await Organisation.query(on: db).filter(\.$id ~~ organisationIDs).all()
        let organisationsByID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id!, $0) })
        let units = try await OrganisationUnit.query(on: db).filter(\.$id ~~ Array(Set(programmes.map { $0.$unit.id }))).all()
        let unitsByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let meetingsByProgramme = Dictionary(grouping: meetings) { $0.$programme.id }
        return programmes.compactMap { p in
            guard let organisation = organisationsByID[p.$organisation.id] else { return nil }
            return ProgrammeFile(programme: p, meetings: meetingsByProgramme[p.id!] ?? [], people: peopleByID,
                                 organisation: organisation, unit: unitsByID[p.$unit.id])
        }
    }

    /// An organisation's programmes that have not ended (the development talk not yet held).
    static func running(of organisationID: UUID, on db: Database) -> QueryBuilder<Programme> {
        Programme.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$endedAt == nil)
    }

    static func file(_ id: UUID, on db: Database) async throws -> ProgrammeFile? {
        try await files(Programme.query(on: db).filter(\.$id == id), on: db).first
    }

    /// Programmes in which the person holds any of `roles`.
    static func files(of person: Person, as roles: [ProgrammeRole], on db: Database) async throws -> [ProgrammeFile] {
        let id = try person.requireID()
        let query = Programme.query(on: db).filter(\.$organisation.$id == person.$organisation.id).group(.or) { group in
            for role in roles {
                switch role {
                case .newcomer: group.filter(\.$newcomer.$id == id)
                case .contactPerson: group.filter(\.$contactPerson.$id == id)
                case .mentor: group.filter(\.$mentor.$id == id)
                case .buddy: group.filter(\.$buddy.$id == id)
                case .manager: group.filter(\.$manager.$id == id)
                case .coordinator: break
                }
            }
        }
        return try await files(query, on: db)
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

    /// The home pages a person has, in the order the root sends them to the first.
    static func homes(of person: Person, on db: Database) async throws -> [SiteURL] {
        let id = try person.requireID()
        // One query for every programme the person has a part in; the roles follow from its rows.
        let programmes = try await Programme.query(on: db).group(.or) {
            $0.filter(\.$newcomer.$id == id).filter(\.$manager.$id == id).filter(\.$contactPerson.$id == id)
                .filter(\.$mentor.$id == id).filter(\.$buddy.$id == id)
        }.all()
        func holds(_ role: ProgrammeRole) -> Bool { programmes.contains { $0.personID(for: role) == id } }
        var homes: [SiteURL] = []
        if holds(.newcomer) { homes += [.myProgramme, .logbook, .journals] }
        if person.isCoordinator { homes.append(.programmes) }
        if person.isAdmin { homes.append(.people) }
        if person.isManager || holds(.manager) { homes.append(.team) }
        if holds(.contactPerson) || holds(.mentor) || holds(.buddy) { homes.append(.myNewcomers) }
        if holds(.mentor) { homes.append(.sharedWithMe) }
        if try await Activity.query(on: db).filter(\.$runBy.$id == id).first() != nil { homes.append(.myActivities) }
        return homes.isEmpty ? [.myProgramme] : homes
    }
}
