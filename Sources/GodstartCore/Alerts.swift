import Foundation

/// What needs the coordinator across all programmes, as facts, most urgent first (DOMAIN.md, "What
/// the coordinator and the organisation need": overdue items, mentoring with fewer than two meetings
/// planned ahead, evaluations and 12-month talks due, no meeting held for a month).
public enum AlertKind: Int, CaseIterable, Comparable, Sendable {
    // In order of urgency: a person asking for help first, then a programme that has gone quiet.
    case mentorChangeAsked, noMeetingForAMonth, meetingsOverdue, fewerThanTwoPlanned, developmentTalkDue
    case evaluationOverdue, checklistWaiting

    public static func < (lhs: AlertKind, rhs: AlertKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Its name for integrations (the JSON API).
    public var name: String {
        switch self {
        case .mentorChangeAsked: "mentorChangeAsked"
        case .noMeetingForAMonth: "noMeetingForAMonth"
        case .meetingsOverdue: "meetingsOverdue"
        case .fewerThanTwoPlanned: "fewerThanTwoPlanned"
        case .developmentTalkDue: "developmentTalkDue"
        case .evaluationOverdue: "evaluationOverdue"
        case .checklistWaiting: "checklistWaiting"
        }
    }

    /// The kind with this name for integrations, if there is one.
    public init?(name: String) {
        guard let kind = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = kind
    }
}

public struct ProgrammeAlert: Equatable, Sendable {
    public let kind: AlertKind
    public let programme: UUID
    /// How many (meetings overdue, items waiting) or how many days (since the last meeting, to the talk).
    public let count: Int

    public init(kind: AlertKind, programme: UUID, count: Int = 0) {
        self.kind = kind
        self.programme = programme
        self.count = count
    }
}

public enum Alerts {
    /// A running programme with no meeting held for this many days has gone quiet.
    public static let quietDays = 30
    /// A development talk is due from this many days before it until it is held.
    public static let talkDueDays = 30

    /// Days since the last held meeting (or the first day) when that is `quietDays` or more; a
    /// programme not yet started is never quiet.
    public static func quietFor(lastHeld: LocalDate?, firstDay: LocalDate, today: LocalDate) -> Int? {
        let since = lastHeld ?? firstDay
        let days = since.days(until: today)
        return days >= quietDays ? days : nil
    }

    /// Days to an unheld development talk within `talkDueDays` (0 or less: its day has come).
    public static func talkDueIn(talk: LocalDate?, held: Bool, today: LocalDate) -> Int? {
        guard let talk, !held else { return nil }
        let days = today.days(until: talk)
        return days <= talkDueDays ? days : nil
    }

    /// Most urgent first; within a kind, the larger count first.
    public static func ordered(_ alerts: [ProgrammeAlert]) -> [ProgrammeAlert] {
        alerts.sorted(by: precedes)
    }

    /// Whether one alert is more urgent than another: by kind; within a kind, the larger count first.
    public static func precedes(_ a: ProgrammeAlert, _ b: ProgrammeAlert) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        // A talk is more urgent the fewer days are left; everything else, the more there is.
        return a.kind == .developmentTalkDue ? a.count < b.count : a.count > b.count
    }
}
