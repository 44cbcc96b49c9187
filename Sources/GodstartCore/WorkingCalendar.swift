import Foundation

/// The days an organisation works: not weekends, not its country's public holidays, not (when it
/// says so) the days most workplaces close, and not its own closed days. Plans, moves and
/// replanning put meetings, activities and first days only on working days.
public struct WorkingCalendar: Sendable {
    public let country: HolidayCountry?
    public let customary: Bool
    /// The country's holidays: a dictionary made once per country and setting, shared, not copied.
    private let holidays: [LocalDate: ClosedDayName]
    private let own: [LocalDate: ClosedDayName]

    /// `country` nil: only weekends are closed (and `own`).
    public init(country: HolidayCountry?, customary: Bool = true, own: [ClosedDay] = []) {
        self.country = country
        self.customary = customary
        holidays = country.map { Self.table($0, customary: customary) } ?? [:]
        self.own = Dictionary(own.map { ($0.date, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Weekends only, as plans were made before holidays were known.
    public static let weekendsOnly = WorkingCalendar(country: nil)

    /// Why `day` is closed, when it is a holiday or an own closed day (weekends are not named).
    /// The organisation's own name wins on a day the law closes too.
    public func closedDay(on day: LocalDate) -> ClosedDayName? { own[day] ?? holidays[day] }

    public func isWorkingDay(_ day: LocalDate) -> Bool { !day.isWeekend && closedDay(on: day) == nil }

    /// `day` if it is a working day, otherwise the next one.
    public func onOrAfter(_ day: LocalDate) -> LocalDate {
        var day = day
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// `day` if it is a working day, otherwise the one before.
    public func onOrBefore(_ day: LocalDate) -> LocalDate {
        var day = day
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// The working day a meeting of `kind` on `day` belongs on: a closing meeting the day before, so
    /// it stays inside its part; any other the day after (as plans are made).
    public func workingDay(for kind: MeetingKind, near day: LocalDate) -> LocalDate {
        [.introductionClosing, .mentoringClosing].contains(kind) ? onOrBefore(day) : onOrAfter(day)
    }

    /// The closed days (holidays and own) between `first` and `last`, both included, by date.
    public func closedDays(from first: LocalDate, through last: LocalDate) -> [ClosedDay] {
        var days: [ClosedDay] = []
        var day = first
        while day <= last {
            if let name = closedDay(on: day) { days.append(ClosedDay(date: day, name: name)) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// Every holiday of the years plans can reach, made once per country and setting.
    static let years = 1970...2200
    private static func made(_ country: HolidayCountry, customary: Bool) -> [LocalDate: ClosedDayName] {
        Dictionary(years.flatMap { PublicHolidays.closedDays(in: $0, country: country, customary: customary) }.map { ($0.date, $0.name) },
                   uniquingKeysWith: { first, _ in first })
    }
    private static let danish = made(.denmark, customary: true)
    private static let danishByLaw = made(.denmark, customary: false)
    private static let swedish = made(.sweden, customary: true)
    private static let swedishByLaw = made(.sweden, customary: false)
    private static func table(_ country: HolidayCountry, customary: Bool) -> [LocalDate: ClosedDayName] {
        switch (country, customary) {
        case (.denmark, true): danish
        case (.denmark, false): danishByLaw
        case (.sweden, true): swedish
        case (.sweden, false): swedishByLaw
        }
    }
}
