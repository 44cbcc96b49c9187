import XCTest
@testable import GodstartCore

final class LoadForecastTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 11, day: 30)

    func testTheForecastLooksAtTodayAndTheFirstOfEachComingMonth() {
        XCTAssertEqual(LoadForecast.days(from: today, months: 3).map(\.iso), ["2026-11-30", "2026-12-01", "2027-01-01", "2027-02-01"])
    }

    func testALoadFallsAsTheirProgrammesEndAndShowsWhenTheyBecomeFree() {
        let anne = UUID(), bo = UUID(), cecilie = UUID()
        let commitments = [
            Commitment(person: anne, role: .mentor, until: LocalDate(year: 2027, month: 1, day: 15)),
            Commitment(person: anne, role: .mentor, until: LocalDate(year: 2027, month: 4, day: 1)),
            Commitment(person: anne, role: .contactPerson, until: LocalDate(year: 2027, month: 9, day: 1)),
            Commitment(person: bo, role: .mentor, until: LocalDate(year: 2028, month: 1, day: 1)),
        ]
        let lines = LoadForecast.lines(commitments, capacities: [anne: 2, bo: 1, cecilie: 2], role: .mentor, today: today)
        let anneLine = lines.first { $0.person == anne }!
        XCTAssertEqual(anneLine.points.map(\.load), [2, 2, 2, 1, 1, 0, 0], "the contact person's role is not a mentee")
        XCTAssertEqual(anneLine.freeFrom, LocalDate(year: 2027, month: 2, day: 1))
        XCTAssertEqual(anneLine.points[5].load, 0, "a role ending on the first of a month is over that day")
        XCTAssertNil(lines.first { $0.person == bo }!.freeFrom, "full for the next six months")
        XCTAssertEqual(lines.first { $0.person == cecilie }!.freeFrom, today)
    }
}
