import Foundation
import XCTest
@testable import GodstartCore

/// The kept table of a zone's offsets (`ZoneOffsets`) must answer as Foundation does, at every
/// quarter hour of years with both changes of the clock, in zones with and without summer time and
/// with offsets that are not whole hours.
final class ZoneOffsetsTests: XCTestCase {
    private let zones = ["Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "UTC", "America/New_York",
                         "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago"].compactMap(TimeZone.init(identifier:))

    func testOffsetsAreFoundationsAtEveryQuarterHour() {
        XCTAssertEqual(zones.count, 8)
        let start = LocalDate(year: 2025, month: 1, day: 1).daysSince1970 * 86_400
        let end = LocalDate(year: 2028, month: 1, day: 1).daysSince1970 * 86_400
        for zone in zones {
            let table = ZoneOffsets.of(zone)
            for seconds in stride(from: start, to: end, by: 900) {
                let instant = Date(timeIntervalSince1970: Double(seconds))
                XCTAssertEqual(table.secondsFromGMT(for: instant), zone.secondsFromGMT(for: instant), "\(zone.identifier) \(instant)")
            }
            // Just before and at each change.
            var after = Date(timeIntervalSince1970: Double(start))
            while let change = zone.nextDaylightSavingTimeTransition(after: after), change.timeIntervalSince1970 < Double(end) {
                for instant in [change.addingTimeInterval(-1), change, change.addingTimeInterval(1)] {
                    XCTAssertEqual(table.secondsFromGMT(for: instant), zone.secondsFromGMT(for: instant), "\(zone.identifier) \(instant)")
                }
                after = change
            }
        }
    }

    func testOutsideTheTableTheZoneAnswers() {
        let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!
        for instant in [Date(timeIntervalSince1970: -86_400 * 365 * 10), Date(timeIntervalSince1970: 4_200_000_000)] {
            XCTAssertEqual(ZoneOffsets.of(copenhagen).secondsFromGMT(for: instant), copenhagen.secondsFromGMT(for: instant))
        }
    }

    /// Wall-clock times to instants, as Foundation's calendar reads them: every quarter hour of the
    /// days the clocks change, where a time is skipped or shown twice, and ordinary days around them.
    func testWallClockTimesAreReadAsFoundationsCalendarReadsThem() {
        for zone in zones {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            var days: [LocalDate] = [LocalDate(year: 2026, month: 1, day: 15), LocalDate(year: 2026, month: 7, day: 15)]
            var after = Date(timeIntervalSince1970: Double(LocalDate(year: 2025, month: 1, day: 1).daysSince1970 * 86_400))
            while let change = zone.nextDaylightSavingTimeTransition(after: after), change < Date(timeIntervalSince1970: 1_830_000_000) {
                let day = LocalDate(change, in: zone)
                days += [day.adding(days: -1), day, day.adding(days: 1)]
                after = change
            }
            for day in days {
                for minute in stride(from: 0, to: 24 * 60, by: 15) {
                    let time = LocalTime(hour: minute / 60, minute: minute % 60)
                    let foundation = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                                        hour: time.hour, minute: time.minute))!
                    XCTAssertEqual(day.instant(at: time, in: zone), foundation, "\(zone.identifier) \(day) \(time.text)")
                }
            }
        }
    }
}
