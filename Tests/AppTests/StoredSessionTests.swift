import Fluent
import GodstartCore
import Vapor
import XCTest
@testable import App

/// Sessions nobody uses any more are deleted (issue 9): a session not written for
/// `SessionRules.storedFor` has ended, and whatever text it kept for its writer has waited long enough.
final class StoredSessionTests: AppTestCase {
    func testTheReminderRunDeletesSessionsUnwrittenForStoredForAndKeepsTheRest() async throws {
        let ida = try await signedIn("ida")
        app.settings.now = { testNow.addingTimeInterval(SessionRules.storedFor - 10 * 60) }
        let marianne = try await signedIn("marianne")
        var idaStored = try await isStored(ida)
        var marianneStored = try await isStored(marianne)
        XCTAssertTrue(idaStored)
        XCTAssertTrue(marianneStored)

        app.settings.now = { testNow.addingTimeInterval(SessionRules.storedFor + 60) }
        await ReminderJob.run(app)
        idaStored = try await isStored(ida)
        marianneStored = try await isStored(marianne)
        XCTAssertFalse(idaStored, "a session unwritten for storedFor is deleted")
        XCTAssertTrue(marianneStored, "a session written 11 minutes ago stays")

        let page = try await marianne.get(SiteURL.programmes.path)
        XCTAssertEqual(page.status, .ok, "and still signs Marianne in")
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
