import Foundation

/// How the meetings of one kind are numbered ("Mentorsamtale 3"), so that cancelling or moving a
/// meeting never renumbers one that was held and never leaves two with the same number.
///
/// In date order: a held meeting keeps the number it was held with, and so does a cancelled one
/// (the first of any that share a number, from before this rule); every other meeting takes the
/// next number after the highest so far that no kept number already holds.
public enum MeetingNumbers {
    public enum State: Sendable { case planned, held, cancelled }

    public struct Entry: Sendable {
        public let id: UUID
        public let kind: MeetingKind
        public let startsAt: Date
        public let state: State
        public let number: Int

        public init(id: UUID, kind: MeetingKind, startsAt: Date, state: State, number: Int) {
            self.id = id
            self.kind = kind
            self.startsAt = startsAt
            self.state = state
            self.number = number
        }
    }

    /// The number of every entry.
    public static func assign(_ entries: [Entry]) -> [UUID: Int] {
        var numbers: [UUID: Int] = [:]
        for (_, ofKind) in Dictionary(grouping: entries, by: \.kind) {
            let inOrder = ofKind.sorted { ($0.startsAt, $0.id.uuidString) < ($1.startsAt, $1.id.uuidString) }
            // Held numbers are kept whatever; a cancelled one keeps its number unless it is taken.
            var kept = Set(inOrder.filter { $0.state == .held && $0.number > 0 }.map(\.number))
            var keeps: Set<UUID> = Set(inOrder.filter { $0.state == .held && $0.number > 0 }.map(\.id))
            for entry in inOrder where entry.state == .cancelled && entry.number > 0 && !kept.contains(entry.number) {
                kept.insert(entry.number)
                keeps.insert(entry.id)
            }
            var used = Set<Int>()
            var highest = 0
            for entry in inOrder {
                var number = entry.number
                if !keeps.contains(entry.id) || used.contains(number) {
                    number = highest + 1
                    while kept.contains(number) || used.contains(number) { number += 1 }
                }
                used.insert(number)
                highest = max(highest, number)
                numbers[entry.id] = number
            }
        }
        return numbers
    }
}

/// The days a programme's meetings may be moved to: none before its first day, none later than
/// three months after its development talk (a year after the first day when it has none).
public enum ProgrammePeriod {
    public static let monthsAfterTheTalk = 3

    public static func days(firstDay: LocalDate, developmentTalk: LocalDate?) -> ClosedRange<LocalDate> {
        let talk = developmentTalk ?? firstDay.adding(months: 12)
        return firstDay...max(firstDay, talk.adding(months: monthsAfterTheTalk))
    }
}
