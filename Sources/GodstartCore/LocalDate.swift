import Foundation

/// A calendar day as people in the organisation see it, without a time or a time zone.
/// Plans are computed in local days; instants (`Date`) are made from them with the
/// organisation's time zone only at the edge.
public struct LocalDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-mm-dd`; nil for anything else, including impossible days like 2025-02-30.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let candidate = LocalDate(year: y, month: m, day: d)
        guard (1...12).contains(m), (1...31).contains(d),
              LocalDate(Self.components(of: candidate.noonUTC)) == candidate else { return nil }
        self = candidate
    }

    /// What a person types: `2026-08-03`, or day first as Danes and Swedes write it
    /// (`3.8.2026`, `03-08-2026`, `3/8/2026`). Nil for anything else or an impossible day.
    public init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: trimmed) {
            self = iso
            return
        }
        let parts = trimmed.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        guard let day = LocalDate(iso: String(format: "%04d-%02d-%02d", y, m, d)) else { return nil }
        self = day
    }

    /// The local day that `instant` falls on in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }

    private init(_ c: DateComponents) {
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Arithmetic (done at noon UTC, where no time-zone rule can shift the day)

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func components(of date: Date) -> DateComponents {
        utcCalendar.dateComponents([.year, .month, .day], from: date)
    }

    private var noonUTC: Date {
        Self.utcCalendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(Self.components(of: Self.utcCalendar.date(byAdding: .day, value: days, to: noonUTC)!))
    }

    public func adding(weeks: Int) -> LocalDate { adding(days: 7 * weeks) }

    /// Calendar months; the 31st plus one month is the last day of the next month.
    public func adding(months: Int) -> LocalDate {
        LocalDate(Self.components(of: Self.utcCalendar.date(byAdding: .month, value: months, to: noonUTC)!))
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: LocalDate) -> Int {
        Int((other.noonUTC.timeIntervalSince(noonUTC) / 86_400).rounded())
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        let sundayFirst = Self.utcCalendar.component(.weekday, from: noonUTC)
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    /// Saturday or Sunday. Which days are worked is `WorkingCalendar`'s: weekends, holidays and
    /// the organisation's closed days.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The instant this day at `time` happens in `timeZone`.
    public func instant(at time: LocalTime, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute))!
    }
}

/// A wall-clock time of day in the organisation's time zone.
public struct LocalTime: Hashable, Comparable, Codable, Sendable {
    public let hour: Int
    public let minute: Int

    public init(hour: Int, minute: Int = 0) {
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (24 hours).
    public init?(text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]),
              (0...23).contains(h), (0...59).contains(m) else { return nil }
        self.init(hour: h, minute: m)
    }

    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        self.init(hour: c.hour!, minute: c.minute!)
    }

    /// What a person types: `9:15`, `09.15` (the Danish "kl. 9.15") or a whole hour `9`.
    public init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let hour = Int(trimmed), (0...23).contains(hour) {
            self.init(hour: hour)
            return
        }
        self.init(text: trimmed.replacingOccurrences(of: ".", with: ":"))
    }

    public var text: String { String(format: "%02d:%02d", hour, minute) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}
