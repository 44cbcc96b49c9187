import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 20, item 6: nothing served to strangers that they should not have, and nothing stored for
/// them. A request without a session cookie writes no session row, whatever it asks for; /metrics
/// answers only operations.
final class SignedOutVisitTests: AppTestCase {
    private func storedSessions() async throws -> Int {
        try await StoredSession.query(on: app.db).count()
    }

    func testAnonymousRequestsStoreNoSession() async throws {
        let ida = try await programme(of: "ida")
        let paths = [SiteURL.health.path, SiteURL.ready.path, SiteURL.stylesheet.path, SiteURL.signIn.path,
                     SiteURL.apiProgrammes.path, SiteURL.apiProgramme(ida.id).path, "/no-such-page", SiteURL.programme(ida.id).path,
                     SiteURL.logbook.path, SiteURL.welcome("not-a-real-link").path]
        for path in paths {
            let response = try await app.testable().sendRequest(.GET, path)
            XCTAssertFalse(response.headers[.setCookie].contains { $0.hasPrefix("godstart_session=") }, path)
            let stored = try await storedSessions()
            XCTAssertEqual(stored, 0, path)
        }
        // A failed sign-in, and a form sent by someone signed out, store nothing either.
        let stranger = browser()
        let failed = try await stranger.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": "forkert"])
        XCTAssertEqual(failed.status, .unauthorized)
        let refused = try await stranger.post(SiteURL.logbook.path, ["unsure": "x"], withToken: false)
        XCTAssertEqual(refused.status, .forbidden)
        let language = try await stranger.post(SiteURL.language.path, ["language": "sv", "back": SiteURL.signIn.path])
        XCTAssertEqual(language.status, .seeOther)
        let stored = try await storedSessions()
        XCTAssertEqual(stored, 0, "a sign-in that did not happen stores nothing")

        // Signing in stores the one session.
        try await stranger.signIn(DemoData.email("ida"))
        let afterSignIn = try await storedSessions()
        XCTAssertEqual(afterSignIn, 1)
    }

    func testAPageAskedForWhileSignedOutIsReachedAfterSigningIn() async throws {
        let visitor = browser()
        let page = try await visitor.get(SiteURL.logbook.path)
        XCTAssertEqual(page.location, SiteURL.signIn.path)
        _ = try await visitor.get(SiteURL.signIn.path)
        let signedIn = try await visitor.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": DemoData.password])
        XCTAssertEqual(signedIn.location, SiteURL.logbook.path)
        XCTAssertNil(visitor.cookies[ReturnPath.cookieName], "once")
    }

    /// A shared PC: Ida signs out and presses Back; Henrik, signing in next, lands on his own home,
    /// not on (the address of) Ida's entry. Ida, signing in again, goes back to it.
    func testAfterASignOutThePageAskedForIsOnlyThePersonsWhoLeft() async throws {
        let shared = browser()
        try await shared.signIn(DemoData.email("ida"))
        let entry = UUID()   // the address is what must not travel to the next person
        let entryPath = SiteURL.logbookEntry(entry).path
        let signedOut = try await shared.post(SiteURL.signOut.path, [:])
        XCTAssertEqual(signedOut.location, SiteURL.signIn.path)
        let back = try await shared.get(entryPath)
        XCTAssertEqual(back.location, SiteURL.signIn.path, "signed out")
        _ = try await shared.get(SiteURL.signIn.path)
        let henrik = try await shared.post(SiteURL.signIn.path, ["email": DemoData.email("henrik"), "password": DemoData.password])
        XCTAssertEqual(henrik.status, .seeOther)
        XCTAssertNotEqual(henrik.location, entryPath, "not sent to Ida's entry")
        XCTAssertFalse(henrik.location?.lowercased().contains(entry.uuidString.lowercased()) ?? false)

        // Henrik leaves; Ida signs in, leaves, and presses Back again.
        var page = try await shared.get(henrik.location ?? SiteURL.root.path)
        while let location = page.location { page = try await shared.get(location) }
        _ = try await shared.post(SiteURL.signOut.path, [:])
        try await shared.signIn(DemoData.email("ida"))
        _ = try await shared.post(SiteURL.signOut.path, [:])
        _ = try await shared.get(entryPath)
        _ = try await shared.get(SiteURL.signIn.path)
        let ida = try await shared.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": DemoData.password])
        XCTAssertEqual(ida.location, entryPath, "her own page, for her")
    }

    func testTheSignInFormNeedsItsOwnCookieSoAnotherSiteCannotSignSomeoneIn() async throws {
        let attacker = browser()
        _ = try await attacker.get(SiteURL.signIn.path)
        let token = try XCTUnwrap(attacker.csrfToken)
        // Another site's page posting the attacker's own sign-in into the victim's browser: the
        // browser holds no form cookie of the attacker's, and sends none cross-site.
        let victim = browser()
        let page = try await victim.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": DemoData.password,
                                                               CSRF.fieldName: token])
        XCTAssertEqual(page.status, .forbidden)
        XCTAssertNil(victim.cookies["godstart_session"])
    }

    func testMetricsAnswerOnlyTheTokenOrThisMachine() async throws {
        let inMemory = try await browser().get(SiteURL.metrics.path)
        XCTAssertEqual(inMemory.status, .unauthorized, "a request with no known peer")

        // Over a real socket from 127.0.0.1.
        try await app.testable(method: .running(hostname: "127.0.0.1", port: 0)).test(.GET, SiteURL.metrics.path) { response async in
            XCTAssertEqual(response.status, .ok)
            XCTAssertTrue(response.body.string.contains("http_requests_total{"))
        }
        try await app.testable(method: .running(hostname: "127.0.0.1", port: 0))
            .test(.GET, SiteURL.metrics.path, headers: ["X-Forwarded-For": "198.51.100.7"]) { response async in
                XCTAssertEqual(response.status, .unauthorized, "forwarded by a proxy on this machine")
                XCTAssertFalse(response.body.string.contains("godstart_"))
            }
        app.settings.metricsToken = "s3cret-token"
        try await app.testable(method: .running(hostname: "127.0.0.1", port: 0)).test(.GET, SiteURL.metrics.path) { response async in
            XCTAssertEqual(response.status, .unauthorized, "with a token set, only the token")
        }
        let withToken = try await browser().get(SiteURL.metrics.path, headers: [("Authorization", "Bearer s3cret-token")])
        XCTAssertEqual(withToken.status, .ok)
    }
}
