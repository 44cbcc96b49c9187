import XCTest
@testable import GodstartCore

/// A first working day typed weeks back or more than a year ahead is asked about (a year typed wrong).
final class FirstDayCheckTests: XCTestCase {
    func testWeeksBackAndMoreThanAYearAheadAreAskedAbout() {
        let today = LocalDate(year: 2026, month: 12, day: 6)
        XCTAssertNil(FirstDayCheck.finding(today, today: today))
        XCTAssertNil(FirstDayCheck.finding(today.adding(days: -28), today: today), "registered four weeks late")
        XCTAssertEqual(FirstDayCheck.finding(today.adding(days: -29), today: today), .longAgo)
        XCTAssertEqual(FirstDayCheck.finding(LocalDate(year: 2025, month: 1, day: 6), today: today), .longAgo, "2025 for 2027")
        XCTAssertNil(FirstDayCheck.finding(LocalDate(year: 2027, month: 12, day: 6), today: today), "a year ahead")
        XCTAssertEqual(FirstDayCheck.finding(LocalDate(year: 2027, month: 12, day: 7), today: today), .farAhead)
    }
}
