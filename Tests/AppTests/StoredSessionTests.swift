import Fluent
import GodstartCore
import Vapor
import XCTest
@testable import App

/// Sessions nobody uses any more are deleted (issue 9): every visit to the sign-in page starts one.
final class StoredSessionTests: AppTestCase {
    func testTheReminderRunDeletesSessionsUnwrittenForADayAndKeepsTheRest() async throws {
        let visitor = browser()
        try await visitor.get(SiteURL.signIn.path)
        app.settings.now = { testNow.addingTimeInterval(23 * 3600) }
        let ida = try await signedIn("ida")
        var visitorStored = try await isStored(visitor)
        var idaStored = try await isStored(ida)
        XCTAssertTrue(visitorStored)
        XCTAssertTrue(idaStored)

        app.settings.now = { testNow.addingTimeInterval(SessionRules.storedFor + 60) }
        await ReminderJob.run(app)
        visitorStored = try await isStored(visitor)
        idaStored = try await isStored(ida)
        XCTAssertFalse(visitorStored, "the sign-in page's session, unwritten for a day, is deleted")
        XCTAssertTrue(idaStored, "a session written an hour ago stays")

        app.settings.now = { testNow.addingTimeInterval(23 * 3600 + 60) }
        let page = try await ida.get(SiteURL.myProgramme.path)
        XCTAssertEqual(page.status, .ok, "and still signs Ida in")
    }

    func testAWrittenSessionNotesWhen() async throws {
        let ida = try await signedIn("ida")
        var written = try await stored(ida)?.writtenAt
        XCTAssertEqual(written, testNow)
        // Within a minute nothing changes (`StoredSessions.updateSession`); after it, the request's time is kept.
        app.settings.now = { testNow.addingTimeInterval(5 * 60) }
        _ = try await ida.get(SiteURL.myProgramme.path)
        written = try await stored(ida)?.writtenAt
        XCTAssertEqual(written, testNow.addingTimeInterval(5 * 60))
    }

    private func stored(_ browser: TestBrowser) async throws -> StoredSession? {
        let key = try XCTUnwrap(browser.cookies["godstart_session"], "the browser has a session cookie")
        return try await StoredSession.query(on: app.db).filter(\.$key == SessionID(string: key)).first()
    }

    private func isStored(_ browser: TestBrowser) async throws -> Bool {
        try await stored(browser) != nil
    }
}
