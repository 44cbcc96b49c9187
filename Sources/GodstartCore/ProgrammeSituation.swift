import Foundation

/// The facts of one programme that its stage, progress and alerts follow from: its days, its people
/// and its meetings' facts in date order, never what anyone wrote. A programme's own pages take them
/// from its records; the lists read them as plain rows.
public struct ProgrammeFacts: Sendable {
    public let id: UUID
    public let members: ProgrammeMembers
    public let firstDay: LocalDate
    /// When the contact person closed the introduction and started the mentoring, if they have.
    public let mentoringStartedAt: Date?
    public let ended: Bool
    public let timeZone: TimeZone
    /// In the order they start.
    public let meetings: [MeetingFact]

    public init(id: UUID, members: ProgrammeMembers, firstDay: LocalDate, mentoringStartedAt: Date?, ended: Bool,
                timeZone: TimeZone, meetings: [MeetingFact]) {
        self.id = id
        self.members = members
        self.firstDay = firstDay
        self.mentoringStartedAt = mentoringStartedAt
        self.ended = ended
        self.timeZone = timeZone
        self.meetings = meetings
    }

    public func day(of meeting: MeetingFact) -> LocalDate { LocalDate(meeting.startsAt, in: timeZone) }
}

/// Where a programme stands at one moment: its stage, progress and planning, worked out from its
/// facts in one pass. A list asks each of hundreds of programmes for these several times.
public struct ProgrammeSituation: Sendable {
    public let now: Date
    public let stage: ProgrammeStage
    public let progress: ProgrammeProgress
    /// Fewer than two mentoring meetings planned ahead (`PlanningAhead`).
    public let needsPlanning: Bool
    /// Index in the facts' meetings of the first meeting of each kind that is not cancelled.
    public let firstOfKind: [MeetingKind: Int]

    public var isFinished: Bool { stage.part == .finished }

    public static func of(_ facts: ProgrammeFacts, at now: Date) -> ProgrammeSituation {
        let meetings = facts.meetings
        var firstOfKind: [MeetingKind: Int] = [:]
        for (index, fact) in meetings.enumerated() where !fact.cancelled && firstOfKind[fact.kind] == nil {
            firstOfKind[fact.kind] = index
        }
        func first(_ kind: MeetingKind) -> MeetingFact? { firstOfKind[kind].map { meetings[$0] } }
        let firstDay = facts.firstDay
        // Once the contact person has started the mentoring, the programme is in it, whenever its start meeting is.
        let startedOn = facts.mentoringStartedAt.map { LocalDate($0, in: facts.timeZone) }
        let mentoringStart = [first(.mentoringStart).map(facts.day(of:)), startedOn].compactMap { $0 }.min() ?? firstDay
        // Without its closing meeting (cancelled), the mentoring lasts while conversations are ahead.
        let lastConversation = meetings
            .filter { !$0.cancelled && [.dialogueMeeting, .threePartyMeeting, .managerMentorMeeting].contains($0.kind) }
            .map(facts.day(of:)).max()
        let mentoringClosing = first(.mentoringClosing).map(facts.day(of:)) ?? lastConversation.map { max($0, mentoringStart) }
            ?? mentoringStart
        let introClosing = first(.introductionClosing).map(facts.day(of:)) ?? mentoringStart
        let talk = first(.developmentTalk)
        let milestones = Milestones(firstDay: firstDay, mentoringStart: mentoringStart, mentoringEnd: mentoringClosing,
                                    developmentTalk: talk.map(facts.day(of:)) ?? mentoringClosing)
        let stage = ProgrammeStage.on(LocalDate(now, in: facts.timeZone), milestones: milestones,
                                      introductionClosing: introClosing, mentoringClosing: mentoringClosing,
                                      developmentTalkHeld: talk?.held ?? false, ended: facts.ended)
        return ProgrammeSituation(now: now, stage: stage, progress: ProgrammeProgress.of(meetings, now: now, timeZone: facts.timeZone),
                                  needsPlanning: PlanningAhead.needsPlanning(meetings, stage: stage, now: now, timeZone: facts.timeZone),
                                  firstOfKind: firstOfKind)
    }
}

/// What needs the coordinator in a programme besides its meetings: facts from its other parts.
public struct AttentionFacts: Equatable, Sendable {
    public var mentorChangeAsked: Bool
    public var evaluationOverdue: Bool
    /// Checklist items whose window has closed without being covered.
    public var checklistWaiting: Int

    public init(mentorChangeAsked: Bool = false, evaluationOverdue: Bool = false, checklistWaiting: Int = 0) {
        self.mentorChangeAsked = mentorChangeAsked
        self.evaluationOverdue = evaluationOverdue
        self.checklistWaiting = checklistWaiting
    }
}

extension Alerts {
    /// Every alert of one programme, most urgent first; none once it is finished. The overview, the
    /// programme's page, the alerts API and the coordinator's Monday mail all take them from here.
    public static func of(_ facts: ProgrammeFacts, _ situation: ProgrammeSituation, attention: AttentionFacts) -> [ProgrammeAlert] {
        guard !situation.isFinished else { return [] }
        let id = facts.id
        let today = LocalDate(situation.now, in: facts.timeZone)
        let progress = situation.progress
        var alerts: [ProgrammeAlert] = []
        if attention.mentorChangeAsked { alerts.append(.init(kind: .mentorChangeAsked, programme: id)) }
        if let days = quietFor(lastHeld: progress.lastHeldAt.map { LocalDate($0, in: facts.timeZone) }, firstDay: facts.firstDay,
                               today: today) {
            alerts.append(.init(kind: .noMeetingForAMonth, programme: id, count: days))
        }
        if progress.overdueCount > 0 { alerts.append(.init(kind: .meetingsOverdue, programme: id, count: progress.overdueCount)) }
        if situation.needsPlanning { alerts.append(.init(kind: .fewerThanTwoPlanned, programme: id)) }
        if let talk = situation.firstOfKind[.developmentTalk].map({ facts.meetings[$0] }),
           let days = talkDueIn(talk: facts.day(of: talk), held: talk.held, today: today) {
            alerts.append(.init(kind: .developmentTalkDue, programme: id, count: days))
        }
        if attention.evaluationOverdue { alerts.append(.init(kind: .evaluationOverdue, programme: id)) }
        if attention.checklistWaiting > 0 { alerts.append(.init(kind: .checklistWaiting, programme: id, count: attention.checklistWaiting)) }
        return ordered(alerts)
    }

    /// Whether one programme's alerts are more urgent than another's: by their most urgent alert,
    /// then by how many they have; a programme without alerts comes after every one with them.
    public static func moreUrgent(_ a: [ProgrammeAlert], than b: [ProgrammeAlert]) -> Bool {
        guard let first = a.first else { return false }
        guard let other = b.first else { return true }
        if precedes(first, other) { return true }
        if precedes(other, first) { return false }
        return a.count > b.count
    }
}

extension ProgrammeSituation {
    /// The day of the first meeting of `kind` that is not cancelled, if there is one.
    public func firstDay(of kind: MeetingKind, in facts: ProgrammeFacts) -> LocalDate? {
        firstOfKind[kind].map { facts.day(of: facts.meetings[$0]) }
    }
}

extension EvaluationRules {
    /// Where one evaluation of a programme stands for one respondent.
    public static func state(_ kind: EvaluationKind, of facts: ProgrammeFacts, _ situation: ProgrammeSituation, answered: Bool,
                             today: LocalDate) -> EvaluationState {
        state(kind, answered: answered, firstDay: facts.firstDay, closingMeeting: situation.firstDay(of: .mentoringClosing, in: facts),
              introductionClosing: situation.firstDay(of: .introductionClosing, in: facts), today: today)
    }

    /// Whether any evaluation of a running programme has waited more than two weeks for one of its
    /// respondents (`isOverdue`); `answered` tells whether a person has answered an evaluation.
    public static func anyOverdue(_ facts: ProgrammeFacts, _ situation: ProgrammeSituation,
                                  answered: (UUID, EvaluationKind) -> Bool) -> Bool {
        guard !situation.isFinished else { return false }
        let today = LocalDate(situation.now, in: facts.timeZone)
        for kind in EvaluationKind.of(firstDay: facts.firstDay, closingMeeting: situation.firstDay(of: .mentoringClosing, in: facts)) {
            for respondent in kind.respondents.compactMap(facts.members.person) {
                let state = state(kind, of: facts, situation, answered: answered(respondent, kind), today: today)
                if isOverdue(state, today: today) { return true }
            }
        }
        return false
    }
}
