import Foundation
import GodstartCore
import XCTest
@testable import App

/// Issue 21: a demo can run as if today were another day (`GODSTART_TODAY`), so it and the browser
/// tests can be tried on every weekday; an instance in earnest always runs on the real clock.
final class DemoClockTests: XCTestCase {
    let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!
    let keys = ["GODSTART_TEXT_KEYS": Data(repeating: 7, count: 32).base64EncodedString()]

    func settings(_ arguments: [String], _ environment: [String: String]) throws -> Settings {
        var arguments = arguments
        let database = "sqlite://\(NSTemporaryDirectory())demo-clock-test.sqlite"
        return try Settings.fromCommandLine(&arguments, environment: environment.merging(keys) { a, _ in a }
            .merging(["DATABASE_URL": database]) { a, _ in a })
    }

    func testADemoRunsOnTheDayGivenWithTheTimeOfDayRunningOn() throws {
        let demo = try settings(["godstart", "serve", "--demo"], ["GODSTART_TODAY": "2027-03-10"])
        let now = demo.now()
        XCTAssertEqual(LocalDate(now, in: copenhagen), LocalDate(year: 2027, month: 3, day: 10))
        let shift = now.timeIntervalSince(Date())
        XCTAssertLessThanOrEqual(abs(shift.remainder(dividingBy: 86_400)), 3_601, "whole days: the time of day is today's (summer time aside)")
        XCTAssertGreaterThan(demo.now(), now, "the clock runs")
    }

    func testAnInstanceInEarnestIgnoresTheSettingAndABadDateIsRefused() throws {
        let earnest = try settings(["godstart", "serve"], ["GODSTART_TODAY": "2027-03-10"])
        XCTAssertEqual(LocalDate(earnest.now(), in: copenhagen), LocalDate(Date(), in: copenhagen))
        XCTAssertThrowsError(try settings(["godstart", "serve", "--demo"], ["GODSTART_TODAY": "10.3.2027"])) { error in
            XCTAssertTrue("\(error)".contains("YYYY-MM-DD"), "\(error)")
        }
    }
}
