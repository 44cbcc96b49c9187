import Foundation

/// The countries whose public holidays Godstart knows.
public enum HolidayCountry: String, CaseIterable, Sendable {
    case denmark = "DK", sweden = "SE"

    /// The country an organisation most likely is in, from its time zone: Sweden for
    /// Europe/Stockholm, Denmark otherwise (the first customers are Danish).
    public static func likely(forTimeZone identifier: String) -> HolidayCountry {
        identifier == "Europe/Stockholm" ? .sweden : .denmark
    }
}

/// A day nobody is expected at work, by what it is.
public enum Holiday: String, CaseIterable, Sendable {
    // Public holidays
    case newYearsDay, epiphany, maundyThursday, goodFriday, easterSunday, easterMonday, greatPrayerDay, mayDay
    case ascensionDay, whitSunday, whitMonday, nationalDay, midsummerEve, midsummerDay, allSaintsDay
    case christmasDay, boxingDay
    // Days most workplaces treat as closed, though not public holidays: an organisation setting,
    // on by default (`PublicHolidays.customary`).
    case constitutionDay, christmasEve, newYearsEve

    /// A day workplaces customarily close rather than a public holiday by law. Midsummer Eve is
    /// one too in law, but treated as a holiday by every Swedish workplace, so it stays one here.
    public var isCustomary: Bool { [.constitutionDay, .christmasEve, .newYearsEve].contains(self) }
}

/// One closed day and what it is.
public struct ClosedDay: Equatable, Sendable {
    public let date: LocalDate
    public let name: ClosedDayName

    public init(date: LocalDate, name: ClosedDayName) {
        self.date = date
        self.name = name
    }
}

public enum ClosedDayName: Equatable, Hashable, Sendable {
    case holiday(Holiday)
    /// A day the organisation closes, by its own name ("Personaledag").
    case own(String)
}

/// The Danish and Swedish public holidays of any year, Easter computed.
public enum PublicHolidays {
    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }

    /// The holidays of `year` in `country`, by date; with `customary`, also the days most
    /// workplaces close (24 and 31 December, and in Denmark Constitution Day).
    public static func closedDays(in year: Int, country: HolidayCountry, customary: Bool = true) -> [ClosedDay] {
        let easter = easterSunday(year)
        func on(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day) }
        /// The day of `weekday` (ISO, 1 Monday ... 7 Sunday) on or after `first`.
        func weekday(_ weekday: Int, onOrAfter first: LocalDate) -> LocalDate {
            first.adding(days: (weekday - first.isoWeekday + 7) % 7)
        }
        var days: [(Holiday, LocalDate)] = [
            (.newYearsDay, on(1, 1)), (.goodFriday, easter.adding(days: -2)), (.easterSunday, easter),
            (.easterMonday, easter.adding(days: 1)), (.ascensionDay, easter.adding(days: 39)), (.whitSunday, easter.adding(days: 49)),
            (.christmasDay, on(12, 25)), (.boxingDay, on(12, 26)),
            (.christmasEve, on(12, 24)), (.newYearsEve, on(12, 31)),
        ]
        switch country {
        case .denmark:
            days += [(.maundyThursday, easter.adding(days: -3)), (.whitMonday, easter.adding(days: 50)), (.constitutionDay, on(6, 5))]
            // Store bededag, the fourth Friday after Easter, was a public holiday until 2023.
            if year <= 2023 { days.append((.greatPrayerDay, easter.adding(days: 26))) }
        case .sweden:
            days += [(.epiphany, on(1, 6)), (.mayDay, on(5, 1)), (.nationalDay, on(6, 6)),
                     (.midsummerEve, weekday(5, onOrAfter: on(6, 19))), (.midsummerDay, weekday(6, onOrAfter: on(6, 20))),
                     (.allSaintsDay, weekday(6, onOrAfter: on(10, 31)))]
        }
        return days.filter { customary || !$0.0.isCustomary }.map { ClosedDay(date: $0.1, name: .holiday($0.0)) }
            .sorted { $0.date < $1.date }
    }
}
