import Foundation
import GodstartCore
import XCTest
@testable import App

/// `DateText` keeps the text of each day it has written: the kept text must be the formatter's,
/// whatever the hour of the day, across summer time and in every language.
final class DateTextTests: XCTestCase {
    func testAKeptDayReadsAsTheFormatterWritesIt() {
        XCTAssertEqual(Language.da.texts.catalogue.datePattern(.long), "EEEE d. MMMM yyyy", "da.po names its own")
        XCTAssertEqual(Language.sv.texts.catalogue.datePattern(.short), "d MMM yyyy", "the Swedish locale's")
        for zone in ["Europe/Copenhagen", "Europe/Stockholm", "America/New_York"] {
            let timeZone = TimeZone(identifier: zone)!
            for language in Language.allCases {
                let dates = DateText(language: language, timeZone: timeZone)
                let long = DateFormatter(), short = DateFormatter()
                let catalogue = language.texts.catalogue
                for (formatter, pattern) in [(long, Catalogue.DatePattern.long), (short, .short)] {
                    formatter.locale = catalogue.locale
                    formatter.timeZone = timeZone
                    formatter.dateFormat = catalogue.datePattern(pattern)
                }
                var day = LocalDate(year: 2026, month: 1, day: 1)
                while day < LocalDate(year: 2027, month: 12, day: 31) {
                    // Just after midnight and just before the next: the same day, twice through the store.
                    for time in [LocalTime(hour: 0, minute: 30), LocalTime(hour: 23, minute: 30), LocalTime(hour: 0, minute: 30)] {
                        let instant = day.instant(at: time, in: timeZone)
                        XCTAssertEqual(dates.day(instant), long.string(from: instant), "\(zone) \(language) \(day)")
                        XCTAssertEqual(dates.shortDay(instant), short.string(from: instant), "\(zone) \(language) \(day)")
                    }
                    day = day.adding(days: 1)
                }
            }
        }
    }
}
