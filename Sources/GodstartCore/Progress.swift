import Foundation

/// The facts of one meeting that progress is computed from: never its notes.
public struct MeetingFact: Equatable, Sendable {
    public let kind: MeetingKind
    public let startsAt: Date
    public let held: Bool
    public let heldAt: Date?
    /// A cancelled meeting stays in the history but counts for nothing.
    public let cancelled: Bool

    public init(kind: MeetingKind, startsAt: Date, held: Bool, heldAt: Date? = nil, cancelled: Bool = false) {
        self.kind = kind
        self.startsAt = startsAt
        self.held = held
        self.heldAt = heldAt
        self.cancelled = cancelled
    }
}

/// How a programme is doing: what managers and coordinators see.
public struct ProgrammeProgress: Equatable, Sendable {
    /// Index into the facts of the next meeting not yet held that has not passed.
    public let nextIndex: Int?
    /// Meetings whose day has passed without being marked as held.
    public let overdueCount: Int
    public let heldCount: Int
    public let total: Int
    public let lastHeldAt: Date?

    /// A meeting counts as overdue from the day after it was due, in the organisation's time zone;
    /// the Stockholm lesson: nothing turns red on the day itself.
    public static func of(_ facts: [MeetingFact], now: Date, timeZone: TimeZone) -> ProgrammeProgress {
        let today = LocalDate(now, in: timeZone)
        var next: Int?
        var overdue = 0
        var held = 0
        var lastHeld: Date?
        for (index, fact) in facts.enumerated() where !fact.cancelled {
            if fact.held {
                held += 1
                let when = fact.heldAt ?? fact.startsAt
                if lastHeld == nil || when > lastHeld! { lastHeld = when }
                continue
            }
            if isOverdue(fact, today: today, timeZone: timeZone) {
                overdue += 1
            } else if next == nil || fact.startsAt < facts[next!].startsAt {
                next = index
            }
        }
        return ProgrammeProgress(nextIndex: next, overdueCount: overdue, heldCount: held,
                                 total: facts.filter { !$0.cancelled }.count, lastHeldAt: lastHeld)
    }

    /// Whether a meeting is overdue: neither held nor cancelled, and its day is over.
    public static func isOverdue(_ fact: MeetingFact, today: LocalDate, timeZone: TimeZone) -> Bool {
        !fact.held && !fact.cancelled && LocalDate(fact.startsAt, in: timeZone) < today
    }
}
