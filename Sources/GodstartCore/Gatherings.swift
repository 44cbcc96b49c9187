import Foundation

/// What the coordinator runs beside the programmes (DOMAIN.md, "supplementary initiatives"): a series
/// of group sessions on themes of the work for newcomers and mentors (Stockholm: six sessions of
/// 1.5-2 hours with reading and a group evaluation), networks for newcomers across units,
/// experience exchange for contact persons and mentors, and a common introduction day.
public enum GatheringKind: String, CaseIterable, Codable, Sendable {
    case groupSessions, newcomerNetwork, experienceExchange, introductionDay

    /// Who is invited from the running programmes.
    public var invites: [ProgrammeRole] {
        switch self {
        case .groupSessions: [.newcomer, .mentor]
        case .newcomerNetwork, .introductionDay: [.newcomer]
        case .experienceExchange: [.contactPerson, .mentor]
        }
    }

    /// How many meetings a new series gets, how far apart and how long, before the coordinator adapts it.
    public var defaultCount: Int {
        switch self {
        case .groupSessions: StockholmTheme.allCases.count
        case .newcomerNetwork: 4
        case .experienceExchange: 2
        case .introductionDay: 1
        }
    }

    public var defaultEveryWeeks: Int {
        switch self {
        case .groupSessions: 3
        case .newcomerNetwork: 4
        case .experienceExchange: 8
        case .introductionDay: 1
        }
    }

    public var defaultMinutes: Int {
        switch self {
        case .groupSessions: 120
        case .newcomerNetwork, .experienceExchange: 90
        case .introductionDay: 360
        }
    }
}

/// The six themes of the Stockholm group sessions, in the order a case runs.
public enum StockholmTheme: String, CaseIterable, Sendable {
    case intakeAssessment, planningInvestigation, gatheringInformation, analysisAndAssessment, riskAndNeeds, carePlans
}

public enum GatheringPlan {
    /// The dates of a series: the first on `first` (or the next working day), then every
    /// `everyWeeks` weeks, each on a working day of `calendar`.
    public static func dates(first: LocalDate, everyWeeks: Int, count: Int, calendar: WorkingCalendar) -> [LocalDate] {
        (0..<max(0, count)).map { calendar.onOrAfter(first.adding(weeks: $0 * max(1, everyWeeks))) }
    }

    /// Everyone a series invites from the running programmes, once each, in the first of the
    /// kind's roles they hold (a contact person who is also mentor comes once).
    public static func invitees(_ kind: GatheringKind, programmes: [ProgrammeMembers]) -> [(person: UUID, role: ProgrammeRole)] {
        var seen = Set<UUID>()
        var result: [(person: UUID, role: ProgrammeRole)] = []
        for role in kind.invites {
            for members in programmes {
                guard let person = members.person(role), !seen.contains(person) else { continue }
                seen.insert(person)
                result.append((person, role))
            }
        }
        return result
    }

    /// A series invites more people until its last meeting's day; after it they could neither take part nor evaluate it.
    public static func invitationsOpen(lastMeeting: LocalDate?, today: LocalDate) -> Bool {
        guard let lastMeeting else { return true }
        return today <= lastMeeting
    }

    /// How long the group evaluation stays open after the series' last meeting.
    public static let evaluationWeeksOpen = 2

    /// The group evaluation opens on the day of the series' last meeting and closes
    /// `evaluationWeeksOpen` weeks later; then no answer can be given or changed.
    public static func evaluationOpen(lastMeeting: LocalDate?, today: LocalDate) -> Bool {
        guard let lastMeeting else { return false }
        return today >= lastMeeting && today <= evaluationClosesOn(lastMeeting: lastMeeting)
    }

    public static func evaluationClosesOn(lastMeeting: LocalDate) -> LocalDate { lastMeeting.adding(weeks: evaluationWeeksOpen) }

    /// The answers are shown together, once, after the evaluation has closed (ACCESS.md, "Aggregates"):
    /// shown while it is open, two readings would differ by one answer, text and all.
    public static func evaluationPublished(lastMeeting: LocalDate?, today: LocalDate) -> Bool {
        guard let lastMeeting else { return false }
        return today > evaluationClosesOn(lastMeeting: lastMeeting)
    }
}

/// A series' group evaluation as the coordinator may see it: from the minimum group size up, the
/// spread of the rating and the written answers without names, in an order that says nothing of who.
public struct GroupEvaluationSummary: Equatable, Sendable {
    public let count: Int
    public let ratingCounts: [Int]?
    public let average: Double?
    public let texts: [String]?

    /// `published`: the evaluation has closed (`GatheringPlan.evaluationPublished`); before that only the count is shown.
    public static func of(ratings: [Int], texts: [String], published: Bool = true) -> GroupEvaluationSummary {
        let shown = published && ratings.count >= EvaluationRules.minimumGroupSize
        let written = texts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.sorted()
        return GroupEvaluationSummary(count: ratings.count,
                                      ratingCounts: shown ? EvaluationRules.ratingRange.map { v in ratings.filter { $0 == v }.count } : nil,
                                      average: shown ? EvaluationRules.average(ratings) : nil, texts: shown ? written : nil)
    }
}
