import XCTest
@testable import GodstartCore

/// Issue 23: public holidays and the working calendar.
final class PublicHolidaysTests: XCTestCase {
    /// Every closed day of 2026-2035 in Denmark and Sweden, from an independent source (the Python
    /// `holidays` package, with the days workplaces customarily close added: 24 and 31 December,
    /// Constitution Day in Denmark, Midsummer Eve in Sweden).
    static let known = """
DK 2026-01-01 newYearsDay
DK 2026-04-02 maundyThursday
DK 2026-04-03 goodFriday
DK 2026-04-05 easterSunday
DK 2026-04-06 easterMonday
DK 2026-05-14 ascensionDay
DK 2026-05-24 whitSunday
DK 2026-05-25 whitMonday
DK 2026-06-05 constitutionDay
DK 2026-12-24 christmasEve
DK 2026-12-25 christmasDay
DK 2026-12-26 boxingDay
DK 2026-12-31 newYearsEve
DK 2027-01-01 newYearsDay
DK 2027-03-25 maundyThursday
DK 2027-03-26 goodFriday
DK 2027-03-28 easterSunday
DK 2027-03-29 easterMonday
DK 2027-05-06 ascensionDay
DK 2027-05-16 whitSunday
DK 2027-05-17 whitMonday
DK 2027-06-05 constitutionDay
DK 2027-12-24 christmasEve
DK 2027-12-25 christmasDay
DK 2027-12-26 boxingDay
DK 2027-12-31 newYearsEve
DK 2028-01-01 newYearsDay
DK 2028-04-13 maundyThursday
DK 2028-04-14 goodFriday
DK 2028-04-16 easterSunday
DK 2028-04-17 easterMonday
DK 2028-05-25 ascensionDay
DK 2028-06-04 whitSunday
DK 2028-06-05 whitMonday
DK 2028-12-24 christmasEve
DK 2028-12-25 christmasDay
DK 2028-12-26 boxingDay
DK 2028-12-31 newYearsEve
DK 2029-01-01 newYearsDay
DK 2029-03-29 maundyThursday
DK 2029-03-30 goodFriday
DK 2029-04-01 easterSunday
DK 2029-04-02 easterMonday
DK 2029-05-10 ascensionDay
DK 2029-05-20 whitSunday
DK 2029-05-21 whitMonday
DK 2029-06-05 constitutionDay
DK 2029-12-24 christmasEve
DK 2029-12-25 christmasDay
DK 2029-12-26 boxingDay
DK 2029-12-31 newYearsEve
DK 2030-01-01 newYearsDay
DK 2030-04-18 maundyThursday
DK 2030-04-19 goodFriday
DK 2030-04-21 easterSunday
DK 2030-04-22 easterMonday
DK 2030-05-30 ascensionDay
DK 2030-06-05 constitutionDay
DK 2030-06-09 whitSunday
DK 2030-06-10 whitMonday
DK 2030-12-24 christmasEve
DK 2030-12-25 christmasDay
DK 2030-12-26 boxingDay
DK 2030-12-31 newYearsEve
DK 2031-01-01 newYearsDay
DK 2031-04-10 maundyThursday
DK 2031-04-11 goodFriday
DK 2031-04-13 easterSunday
DK 2031-04-14 easterMonday
DK 2031-05-22 ascensionDay
DK 2031-06-01 whitSunday
DK 2031-06-02 whitMonday
DK 2031-06-05 constitutionDay
DK 2031-12-24 christmasEve
DK 2031-12-25 christmasDay
DK 2031-12-26 boxingDay
DK 2031-12-31 newYearsEve
DK 2032-01-01 newYearsDay
DK 2032-03-25 maundyThursday
DK 2032-03-26 goodFriday
DK 2032-03-28 easterSunday
DK 2032-03-29 easterMonday
DK 2032-05-06 ascensionDay
DK 2032-05-16 whitSunday
DK 2032-05-17 whitMonday
DK 2032-06-05 constitutionDay
DK 2032-12-24 christmasEve
DK 2032-12-25 christmasDay
DK 2032-12-26 boxingDay
DK 2032-12-31 newYearsEve
DK 2033-01-01 newYearsDay
DK 2033-04-14 maundyThursday
DK 2033-04-15 goodFriday
DK 2033-04-17 easterSunday
DK 2033-04-18 easterMonday
DK 2033-05-26 ascensionDay
DK 2033-06-05 whitSunday
DK 2033-06-06 whitMonday
DK 2033-12-24 christmasEve
DK 2033-12-25 christmasDay
DK 2033-12-26 boxingDay
DK 2033-12-31 newYearsEve
DK 2034-01-01 newYearsDay
DK 2034-04-06 maundyThursday
DK 2034-04-07 goodFriday
DK 2034-04-09 easterSunday
DK 2034-04-10 easterMonday
DK 2034-05-18 ascensionDay
DK 2034-05-28 whitSunday
DK 2034-05-29 whitMonday
DK 2034-06-05 constitutionDay
DK 2034-12-24 christmasEve
DK 2034-12-25 christmasDay
DK 2034-12-26 boxingDay
DK 2034-12-31 newYearsEve
DK 2035-01-01 newYearsDay
DK 2035-03-22 maundyThursday
DK 2035-03-23 goodFriday
DK 2035-03-25 easterSunday
DK 2035-03-26 easterMonday
DK 2035-05-03 ascensionDay
DK 2035-05-13 whitSunday
DK 2035-05-14 whitMonday
DK 2035-06-05 constitutionDay
DK 2035-12-24 christmasEve
DK 2035-12-25 christmasDay
DK 2035-12-26 boxingDay
DK 2035-12-31 newYearsEve
SE 2026-01-01 newYearsDay
SE 2026-01-06 epiphany
SE 2026-04-03 goodFriday
SE 2026-04-05 easterSunday
SE 2026-04-06 easterMonday
SE 2026-05-01 mayDay
SE 2026-05-14 ascensionDay
SE 2026-05-24 whitSunday
SE 2026-06-06 nationalDay
SE 2026-06-19 midsummerEve
SE 2026-06-20 midsummerDay
SE 2026-10-31 allSaintsDay
SE 2026-12-24 christmasEve
SE 2026-12-25 christmasDay
SE 2026-12-26 boxingDay
SE 2026-12-31 newYearsEve
SE 2027-01-01 newYearsDay
SE 2027-01-06 epiphany
SE 2027-03-26 goodFriday
SE 2027-03-28 easterSunday
SE 2027-03-29 easterMonday
SE 2027-05-01 mayDay
SE 2027-05-06 ascensionDay
SE 2027-05-16 whitSunday
SE 2027-06-06 nationalDay
SE 2027-06-25 midsummerEve
SE 2027-06-26 midsummerDay
SE 2027-11-06 allSaintsDay
SE 2027-12-24 christmasEve
SE 2027-12-25 christmasDay
SE 2027-12-26 boxingDay
SE 2027-12-31 newYearsEve
SE 2028-01-01 newYearsDay
SE 2028-01-06 epiphany
SE 2028-04-14 goodFriday
SE 2028-04-16 easterSunday
SE 2028-04-17 easterMonday
SE 2028-05-01 mayDay
SE 2028-05-25 ascensionDay
SE 2028-06-04 whitSunday
SE 2028-06-06 nationalDay
SE 2028-06-23 midsummerEve
SE 2028-06-24 midsummerDay
SE 2028-11-04 allSaintsDay
SE 2028-12-24 christmasEve
SE 2028-12-25 christmasDay
SE 2028-12-26 boxingDay
SE 2028-12-31 newYearsEve
SE 2029-01-01 newYearsDay
SE 2029-01-06 epiphany
SE 2029-03-30 goodFriday
SE 2029-04-01 easterSunday
SE 2029-04-02 easterMonday
SE 2029-05-01 mayDay
SE 2029-05-10 ascensionDay
SE 2029-05-20 whitSunday
SE 2029-06-06 nationalDay
SE 2029-06-22 midsummerEve
SE 2029-06-23 midsummerDay
SE 2029-11-03 allSaintsDay
SE 2029-12-24 christmasEve
SE 2029-12-25 christmasDay
SE 2029-12-26 boxingDay
SE 2029-12-31 newYearsEve
SE 2030-01-01 newYearsDay
SE 2030-01-06 epiphany
SE 2030-04-19 goodFriday
SE 2030-04-21 easterSunday
SE 2030-04-22 easterMonday
SE 2030-05-01 mayDay
SE 2030-05-30 ascensionDay
SE 2030-06-06 nationalDay
SE 2030-06-09 whitSunday
SE 2030-06-21 midsummerEve
SE 2030-06-22 midsummerDay
SE 2030-11-02 allSaintsDay
SE 2030-12-24 christmasEve
SE 2030-12-25 christmasDay
SE 2030-12-26 boxingDay
SE 2030-12-31 newYearsEve
SE 2031-01-01 newYearsDay
SE 2031-01-06 epiphany
SE 2031-04-11 goodFriday
SE 2031-04-13 easterSunday
SE 2031-04-14 easterMonday
SE 2031-05-01 mayDay
SE 2031-05-22 ascensionDay
SE 2031-06-01 whitSunday
SE 2031-06-06 nationalDay
SE 2031-06-20 midsummerEve
SE 2031-06-21 midsummerDay
SE 2031-11-01 allSaintsDay
SE 2031-12-24 christmasEve
SE 2031-12-25 christmasDay
SE 2031-12-26 boxingDay
SE 2031-12-31 newYearsEve
SE 2032-01-01 newYearsDay
SE 2032-01-06 epiphany
SE 2032-03-26 goodFriday
SE 2032-03-28 easterSunday
SE 2032-03-29 easterMonday
SE 2032-05-01 mayDay
SE 2032-05-06 ascensionDay
SE 2032-05-16 whitSunday
SE 2032-06-06 nationalDay
SE 2032-06-25 midsummerEve
SE 2032-06-26 midsummerDay
SE 2032-11-06 allSaintsDay
SE 2032-12-24 christmasEve
SE 2032-12-25 christmasDay
SE 2032-12-26 boxingDay
SE 2032-12-31 newYearsEve
SE 2033-01-01 newYearsDay
SE 2033-01-06 epiphany
SE 2033-04-15 goodFriday
SE 2033-04-17 easterSunday
SE 2033-04-18 easterMonday
SE 2033-05-01 mayDay
SE 2033-05-26 ascensionDay
SE 2033-06-05 whitSunday
SE 2033-06-06 nationalDay
SE 2033-06-24 midsummerEve
SE 2033-06-25 midsummerDay
SE 2033-11-05 allSaintsDay
SE 2033-12-24 christmasEve
SE 2033-12-25 christmasDay
SE 2033-12-26 boxingDay
SE 2033-12-31 newYearsEve
SE 2034-01-01 newYearsDay
SE 2034-01-06 epiphany
SE 2034-04-07 goodFriday
SE 2034-04-09 easterSunday
SE 2034-04-10 easterMonday
SE 2034-05-01 mayDay
SE 2034-05-18 ascensionDay
SE 2034-05-28 whitSunday
SE 2034-06-06 nationalDay
SE 2034-06-23 midsummerEve
SE 2034-06-24 midsummerDay
SE 2034-11-04 allSaintsDay
SE 2034-12-24 christmasEve
SE 2034-12-25 christmasDay
SE 2034-12-26 boxingDay
SE 2034-12-31 newYearsEve
SE 2035-01-01 newYearsDay
SE 2035-01-06 epiphany
SE 2035-03-23 goodFriday
SE 2035-03-25 easterSunday
SE 2035-03-26 easterMonday
SE 2035-05-01 mayDay
SE 2035-05-03 ascensionDay
SE 2035-05-13 whitSunday
SE 2035-06-06 nationalDay
SE 2035-06-22 midsummerEve
SE 2035-06-23 midsummerDay
SE 2035-11-03 allSaintsDay
SE 2035-12-24 christmasEve
SE 2035-12-25 christmasDay
SE 2035-12-26 boxingDay
SE 2035-12-31 newYearsEve
"""

    func testEveryDayOf2026To2035MatchesTheKnownTable() {
        var expected: [HolidayCountry: Set<LocalDate>] = [:]
        for line in Self.known.split(separator: "\n") {
            let parts = line.split(separator: " ")
            expected[HolidayCountry(rawValue: String(parts[0]))!, default: []].insert(LocalDate(iso: String(parts[1]))!)
        }
        for country in HolidayCountry.allCases {
            let calendar = WorkingCalendar(country: country)
            var day = LocalDate(year: 2026, month: 1, day: 1)
            var closed: Set<LocalDate> = []
            while day <= LocalDate(year: 2035, month: 12, day: 31) {
                if calendar.closedDay(on: day) != nil { closed.insert(day) }
                day = day.adding(days: 1)
            }
            XCTAssertEqual(closed.subtracting(expected[country]!).sorted(), [], "\(country): closed but not a holiday")
            XCTAssertEqual(expected[country]!.subtracting(closed).sorted(), [], "\(country): a holiday left open")
        }
    }

    func testNamesAndTheDaysThatDifferBetweenTheCountries() {
        let dk = WorkingCalendar(country: .denmark), se = WorkingCalendar(country: .sweden)
        XCTAssertEqual(dk.closedDay(on: LocalDate(year: 2027, month: 3, day: 25)), .holiday(.maundyThursday))
        XCTAssertNil(se.closedDay(on: LocalDate(year: 2027, month: 3, day: 25)), "Maundy Thursday is a working day in Sweden")
        XCTAssertEqual(se.closedDay(on: LocalDate(year: 2027, month: 6, day: 25)), .holiday(.midsummerEve))
        XCTAssertEqual(se.closedDay(on: LocalDate(year: 2027, month: 11, day: 6)), .holiday(.allSaintsDay))
        XCTAssertEqual(dk.closedDay(on: LocalDate(year: 2023, month: 5, day: 5)), .holiday(.greatPrayerDay))
        XCTAssertNil(dk.closedDay(on: LocalDate(year: 2024, month: 4, day: 26)), "Store bededag is a working day from 2024")
        XCTAssertEqual(PublicHolidays.easterSunday(2038), LocalDate(year: 2038, month: 4, day: 25), "the latest Easter")
        XCTAssertEqual(PublicHolidays.easterSunday(2285), LocalDate(year: 2285, month: 3, day: 22), "the earliest Easter")
    }

    func testTheCustomaryDaysAreASettingAndOwnDaysAreNamed() {
        let christmasEve = LocalDate(year: 2026, month: 12, day: 24)
        XCTAssertFalse(WorkingCalendar(country: .denmark).isWorkingDay(christmasEve))
        XCTAssertTrue(WorkingCalendar(country: .denmark, customary: false).isWorkingDay(christmasEve))
        let staffDay = LocalDate(year: 2027, month: 9, day: 3)
        let calendar = WorkingCalendar(country: .denmark, own: [ClosedDay(date: staffDay, name: .own("Personaledag"))])
        XCTAssertEqual(calendar.closedDay(on: staffDay), .own("Personaledag"))
        XCTAssertEqual(calendar.onOrAfter(staffDay), LocalDate(year: 2027, month: 9, day: 6), "Friday closed: Monday")
        XCTAssertEqual(calendar.onOrBefore(LocalDate(year: 2027, month: 3, day: 29)), LocalDate(year: 2027, month: 3, day: 24),
                       "Easter Monday back past the weekend, Good Friday and Maundy Thursday")
        XCTAssertEqual(HolidayCountry.likely(forTimeZone: "Europe/Stockholm"), .sweden)
        XCTAssertEqual(HolidayCountry.likely(forTimeZone: "Europe/Copenhagen"), .denmark)
    }
}

/// No generated plan, for any variant and any first day of 2026-2035, meets on a weekend or a
/// holiday. Every day is a first day once, with the variants, cadences and countries in turn.
final class PlansOnWorkingDaysTests: XCTestCase {
    func testNoPlanMeetsOnAWeekendOrAHoliday() {
        let calendars = [WorkingCalendar(country: .denmark), WorkingCalendar(country: .sweden)]
        var day = LocalDate(year: 2026, month: 1, day: 1), index = 0
        while day <= LocalDate(year: 2035, month: 12, day: 31) {
            let variant = ProgrammeVariant.allCases[index % ProgrammeVariant.allCases.count]
            var template = ProgrammeTemplate.defaults(for: variant)
            template.stockholmCadence = index % 5 == 0
            let calendar = calendars[(index / ProgrammeVariant.allCases.count) % calendars.count]
            let plan = PlanGenerator.plan(template: template, firstDay: day, calendar: calendar)
            for meeting in plan where !calendar.isWorkingDay(meeting.date) {
                XCTFail("\(variant), first day \(day), \(calendar.country!): \(meeting.kind) \(meeting.number) on \(meeting.date)")
            }
            day = day.adding(days: 1)
            index += 1
        }
    }
}
