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
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= Self.length(ofMonth: m, in: y) else { return nil }
        self.init(year: y, month: m, day: d)
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

    /// The local day that `instant` falls on in `timeZone`. By the zone's offset at that instant
    /// (`ZoneOffsets`) and day arithmetic: `Calendar.dateComponents` was a tenth of the overview's
    /// time (issue 24).
    public init(_ instant: Date, in timeZone: TimeZone) {
        let local = instant.timeIntervalSince1970 + Double(ZoneOffsets.of(timeZone).secondsFromGMT(for: instant))
        self.init(daysSince1970: Int((local / 86_400).rounded(.down)))
    }

    /// The day this many days after 1 January 1970 (negative: before), in the proleptic Gregorian
    /// calendar (H. Hinnant's `civil_from_days`).
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// Days from 1 January 1970 to this day (H. Hinnant's `days_from_civil`).
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var iso: String { zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2) }
    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Arithmetic, in whole days (no time-zone rule can shift a day)

    public func adding(days: Int) -> LocalDate { LocalDate(daysSince1970: daysSince1970 + days) }

    public func adding(weeks: Int) -> LocalDate { adding(days: 7 * weeks) }

    /// Calendar months; the 31st plus one month is the last day of the next month.
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return LocalDate(year: newYear, month: newMonth, day: min(day, Self.length(ofMonth: newMonth, in: newYear)))
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: LocalDate) -> Int { other.daysSince1970 - daysSince1970 }

    /// ISO weekday: 1 is Monday, 7 is Sunday (1 January 1970 was a Thursday).
    public var isoWeekday: Int {
        let fromThursday = (daysSince1970 % 7 + 7) % 7
        return (fromThursday + 3) % 7 + 1
    }

    /// Saturday or Sunday. Which days are worked is `WorkingCalendar`'s: weekends, holidays and
    /// the organisation's closed days.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The instant this day at `time` happens in `timeZone`.
    public func instant(at time: LocalTime, in timeZone: TimeZone) -> Date {
        ZoneOffsets.of(timeZone).instant(wallClock: Double(daysSince1970 * 86_400 + time.hour * 3_600 + time.minute * 60))
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
        let local = Int((instant.timeIntervalSince1970 + Double(ZoneOffsets.of(timeZone).secondsFromGMT(for: instant))).rounded(.down))
        let secondOfDay = (local % 86_400 + 86_400) % 86_400
        self.init(hour: secondOfDay / 3_600, minute: secondOfDay % 3_600 / 60)
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

    public var text: String { zeroPadded(hour, 2) + ":" + zeroPadded(minute, 2) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}

/// `value` in decimal with zeros in front up to `width` digits ("%0*d" without formatted printing,
/// which pages called for every date and time they show: perf, issue 24).
func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
