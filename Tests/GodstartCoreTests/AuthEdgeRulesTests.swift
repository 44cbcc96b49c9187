import Foundation
import GodstartCore
import XCTest

/// Issue 20, items 2, 3 and 6: kept text, password sign-in and /metrics, as rules.
final class AuthEdgeRulesTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let writer = UUID()

    func testTextIsKeptOnlyFromTheEndedSessionsOwnPage() {
        XCTAssertTrue(KeptTextRules.mayKeep(carriesTheEndedSessionsToken: true, fetchSite: "same-origin"))
        XCTAssertTrue(KeptTextRules.mayKeep(carriesTheEndedSessionsToken: true, fetchSite: nil), "browsers that send no Sec-Fetch-Site")
        XCTAssertFalse(KeptTextRules.mayKeep(carriesTheEndedSessionsToken: false, fetchSite: "same-origin"), "no token, no keeping")
        for site in ["cross-site", "same-site", "none"] {
            XCTAssertFalse(KeptTextRules.mayKeep(carriesTheEndedSessionsToken: true, fetchSite: site), site)
        }
    }

    func testKeptTextGoesOnlyToItsWriterAndOnlyForAWhile() {
        XCTAssertTrue(KeptTextRules.handsBack(keptFor: writer, keptAt: now, to: writer, now: now.addingTimeInterval(60)))
        XCTAssertFalse(KeptTextRules.handsBack(keptFor: writer, keptAt: now, to: UUID(), now: now.addingTimeInterval(60)), "anyone else")
        XCTAssertTrue(KeptTextRules.handsBack(keptFor: writer, keptAt: now, to: writer, now: now.addingTimeInterval(KeptTextRules.waitsFor)))
        XCTAssertFalse(KeptTextRules.handsBack(keptFor: writer, keptAt: now, to: writer, now: now.addingTimeInterval(KeptTextRules.waitsFor + 1)))
        XCTAssertGreaterThanOrEqual(SessionRules.storedFor, KeptTextRules.waitsFor, "a session holding kept text outlives its wait")
        XCTAssertGreaterThan(SessionRules.storedFor, SessionRules.idleLimit + SessionRules.touchInterval, "no running session is deleted")
    }

    func testOnlyAnAccountThatCouldSignInHasItsOwnHashChecked() {
        let account = PasswordSignIn.Account(hasPassword: true, passwordsOn: true)
        XCTAssertTrue(PasswordSignIn.checksOwnHash(account, throttled: false))
        XCTAssertFalse(PasswordSignIn.checksOwnHash(account, throttled: true))
        XCTAssertFalse(PasswordSignIn.checksOwnHash(nil, throttled: false))
        XCTAssertFalse(PasswordSignIn.checksOwnHash(.init(hasPassword: false, passwordsOn: true), throttled: false))
        XCTAssertFalse(PasswordSignIn.checksOwnHash(.init(hasPassword: true, passwordsOn: false), throttled: false))
    }

    func testTheOutcomeOfAnAttempt() {
        let account = PasswordSignIn.Account(hasPassword: true, passwordsOn: true)
        XCTAssertEqual(PasswordSignIn.outcome(account, throttleWait: nil, ownHashMatched: true), .passwordMatched)
        XCTAssertEqual(PasswordSignIn.outcome(account, throttleWait: nil, ownHashMatched: false), .wrongPassword)
        XCTAssertEqual(PasswordSignIn.outcome(account, throttleWait: 60, ownHashMatched: true), .throttled(wait: 60), "even the right password waits")
        XCTAssertEqual(PasswordSignIn.outcome(nil, throttleWait: 60, ownHashMatched: false), .throttled(wait: 60))
        XCTAssertEqual(PasswordSignIn.outcome(nil, throttleWait: nil, ownHashMatched: false), .unknownAccount)
        XCTAssertEqual(PasswordSignIn.outcome(.init(hasPassword: true, passwordsOn: false), throttleWait: nil, ownHashMatched: true), .passwordsOff)
        XCTAssertEqual(PasswordSignIn.outcome(.init(hasPassword: false, passwordsOn: true), throttleWait: nil, ownHashMatched: true), .wrongPassword,
                       "no password, nothing matches")
        XCTAssertTrue([PasswordSignIn.Outcome.wrongPassword, .unknownAccount, .passwordsOff].allSatisfy(\.countsAsFailure),
                      "an unknown address is held back after as many tries as a real one")
        XCTAssertFalse(PasswordSignIn.Outcome.passwordMatched.countsAsFailure)
    }

    func testMetricsGoToTheTokenOrToThisMachineOnly() {
        XCTAssertTrue(MetricsAccess.allows(tokenIsSet: true, sentTokenMatches: true, peer: "198.51.100.7", forwarded: true))
        XCTAssertFalse(MetricsAccess.allows(tokenIsSet: true, sentTokenMatches: false, peer: "127.0.0.1", forwarded: false),
                       "with a token set, loopback alone is not enough")
        XCTAssertTrue(MetricsAccess.allows(tokenIsSet: false, sentTokenMatches: false, peer: "127.0.0.1", forwarded: false))
        XCTAssertTrue(MetricsAccess.allows(tokenIsSet: false, sentTokenMatches: false, peer: "::1", forwarded: false))
        XCTAssertFalse(MetricsAccess.allows(tokenIsSet: false, sentTokenMatches: false, peer: "127.0.0.1", forwarded: true),
                       "a proxy on this machine forwards strangers from loopback")
        XCTAssertFalse(MetricsAccess.allows(tokenIsSet: false, sentTokenMatches: false, peer: "198.51.100.7", forwarded: false))
        XCTAssertFalse(MetricsAccess.allows(tokenIsSet: false, sentTokenMatches: false, peer: nil, forwarded: false))
        XCTAssertTrue(MetricsAccess.isLoopback("127.8.9.10"))
        XCTAssertTrue(MetricsAccess.isLoopback("::ffff:127.0.0.1"))
        XCTAssertFalse(MetricsAccess.isLoopback("127.0.0"))
        XCTAssertFalse(MetricsAccess.isLoopback("1127.0.0.1"))
        XCTAssertFalse(MetricsAccess.isLoopback("10.0.0.1"))
    }
}
