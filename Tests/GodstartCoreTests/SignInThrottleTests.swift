import XCTest
@testable import GodstartCore

final class SignInThrottleTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func testAfterFiveFailuresTheWaitDoublesAndEndsWithTheWindow() {
        func failures(_ count: Int, lastSecondsAgo: TimeInterval = 0) -> [Date] {
            (0..<count).map { now.addingTimeInterval(-lastSecondsAgo - Double(count - 1 - $0)) }
        }
        XCTAssertNil(SignInThrottle.wait(failures: failures(4), limit: 5, now: now))
        XCTAssertEqual(SignInThrottle.wait(failures: failures(5), limit: 5, now: now), 60)
        XCTAssertEqual(SignInThrottle.wait(failures: failures(6), limit: 5, now: now), 120)
        XCTAssertEqual(SignInThrottle.wait(failures: failures(8), limit: 5, now: now), 480)
        XCTAssertEqual(SignInThrottle.wait(failures: failures(20), limit: 5, now: now), SignInThrottle.longestWait)
        XCTAssertNil(SignInThrottle.wait(failures: failures(5, lastSecondsAgo: 61), limit: 5, now: now), "the minute has passed")
        XCTAssertNil(SignInThrottle.wait(failures: failures(20, lastSecondsAgo: SignInThrottle.window + 1), limit: 5, now: now),
                     "failures older than the window count for nothing")
        XCTAssertEqual(SignInThrottle.minutes(61), 2)
        XCTAssertEqual(SignInThrottle.minutes(5), 1)
    }
}

final class PasswordRulesTests: XCTestCase {
    func testLongEnoughNotCommonNotPersonalAndNoCompositionRules() {
        func problem(_ password: String) -> PasswordRules.Problem? {
            PasswordRules.problem(password, email: "anne.sorensen@kommune.dk", name: "Anne Sørensen")
        }
        XCTAssertEqual(problem("kort"), .tooShort)
        XCTAssertEqual(problem(String(repeating: "a", count: 201)), .tooLong)
        XCTAssertEqual(problem("Sommer2026!!!"), .common, "a season and a year")
        XCTAssertEqual(problem("password1234"), .common)
        XCTAssertEqual(problem("123456789012"), .common)
        XCTAssertEqual(problem("abcdefghijkl"), .common)
        XCTAssertEqual(problem("aaaaaaaaaaaa"), .common)
        XCTAssertEqual(problem("Godstart2026"), .common)
        XCTAssertEqual(problem("anne.sorensen99"), .personal)
        XCTAssertNil(problem("en lang sætning"), "spaces and Danish letters are fine")
        XCTAssertNil(problem("kaffe på femte sal"))
        XCTAssertNil(problem("correct horse battery"), "no digits or symbols needed")
    }
}
