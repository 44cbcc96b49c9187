import XCTest
@testable import GodstartCore

/// `LocalDate` counts days itself instead of asking `Calendar` (issue 24: the calendar was a tenth
/// of the overview's time). It must tell exactly what the Gregorian calendar tells.
final class LocalDateArithmeticTests: XCTestCase {
    var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    func calendarDay(_ date: Date, in zone: TimeZone) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)
    }

    func testEveryInstantFallsOnTheDayTheCalendarSays() {
        let zones = ["Europe/Copenhagen", "Europe/Stockholm", "UTC", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"]
            .map { TimeZone(identifier: $0)! }
        // Every 37 minutes over three years, through six changes to and from summer time.
        var instant = LocalDate(year: 2025, month: 1, day: 1).instant(at: .init(hour: 0), in: TimeZone(identifier: "UTC")!)
        let end = instant.addingTimeInterval(3 * 366 * 86_400)
        while instant < end {
            for zone in zones {
                XCTAssertEqual(LocalDate(instant, in: zone), calendarDay(instant, in: zone), "\(instant) \(zone.identifier)")
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                let time = calendar.dateComponents([.hour, .minute], from: instant)
                XCTAssertEqual(LocalTime(instant, in: zone), LocalTime(hour: time.hour!, minute: time.minute!), "\(instant) \(zone.identifier)")
            }
            instant.addTimeInterval(37 * 60)
        }
    }

    func testDaysWeekdaysAndMonthsAsTheCalendarCountsThem() {
        var day = LocalDate(year: 1899, month: 12, day: 25)
        var date = utc.date(from: DateComponents(year: 1899, month: 12, day: 25, hour: 12))!
        for _ in 0..<(365 * 210) {
            let c = utc.dateComponents([.year, .month, .day, .weekday], from: date)
            XCTAssertEqual(day, LocalDate(year: c.year!, month: c.month!, day: c.day!))
            XCTAssertEqual(day.isoWeekday, c.weekday! == 1 ? 7 : c.weekday! - 1, day.iso)
            XCTAssertEqual(LocalDate(daysSince1970: day.daysSince1970), day)
            day = day.adding(days: 1)
            date = date.addingTimeInterval(86_400)
        }
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1).daysSince1970, 0)
        XCTAssertEqual(LocalDate(year: 2026, month: 11, day: 23).days(until: LocalDate(year: 2027, month: 11, day: 23)), 365)
        XCTAssertEqual(LocalDate(year: 2028, month: 2, day: 1).days(until: LocalDate(year: 2028, month: 3, day: 1)), 29)
        for (from, months, to) in [((2026, 1, 31), 1, (2026, 2, 28)), ((2028, 1, 31), 1, (2028, 2, 29)), ((2026, 12, 15), 1, (2027, 1, 15)),
                                   ((2026, 3, 31), -1, (2026, 2, 28)), ((2026, 1, 10), -13, (2024, 12, 10)), ((2026, 8, 31), 18, (2028, 2, 29))] {
            let start = LocalDate(year: from.0, month: from.1, day: from.2)
            XCTAssertEqual(start.adding(months: months), LocalDate(year: to.0, month: to.1, day: to.2), "\(start) + \(months)")
            let c = utc.dateComponents([.year, .month, .day],
                                       from: utc.date(byAdding: .month, value: months, to: utc.date(from: DateComponents(year: from.0, month: from.1, day: from.2, hour: 12))!)!)
            XCTAssertEqual(start.adding(months: months), LocalDate(year: c.year!, month: c.month!, day: c.day!))
        }
        XCTAssertNil(LocalDate(iso: "2025-02-29"))
        XCTAssertNotNil(LocalDate(iso: "2028-02-29"))
        XCTAssertNil(LocalDate(iso: "2100-02-29"))
        XCTAssertNotNil(LocalDate(iso: "2000-02-29"))
        XCTAssertNil(LocalDate(iso: "2026-04-31"))
        XCTAssertNil(LocalDate(iso: "2026-13-01"))
        XCTAssertNil(LocalDate(iso: "2026-00-10"))
    }
}
