import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 20, item 2: text kept through an expired session belongs to its writer. On a shared office
/// PC, whoever signs in next after the idle timeout never sees it; only the writer gets it back, and
/// only for `KeptTextRules.waitsFor`. No other site can plant text into someone's next form.
final class KeptTextOwnerTests: AppTestCase {
    let t = Language.da.texts
    let idasText = "Jeg var i tvivl om underretningen om familien Holm."

    /// Ida opens a new logbook entry, is away for 40 minutes, and presses save.
    @discardableResult
    private func idaSavesAfterHerSessionRanOut(in browser: TestBrowser, token: String? = nil,
                                               headers: [(String, String)] = []) async throws -> TestBrowser.Page {
        try await browser.signIn(DemoData.email("ida"))
        _ = try await browser.get(SiteURL.newLogbookEntry.path)
        app.settings.now = { testNow.addingTimeInterval(40 * 60) }
        return try await browser.post(SiteURL.logbook.path, ["unsure": idasText, "action": "save", CSRF.fieldName: token ?? browser.csrfToken ?? ""],
                                      headers: headers)
    }

    private func sessionsHoldingKeptText() async throws -> [StoredSession] {
        try await StoredSession.query(on: app.db).all().filter { $0.data[KeptForm.key] != nil }
    }

    private func signInAgain(_ browser: TestBrowser, as key: String) async throws -> TestBrowser.Page {
        _ = try await browser.get(SiteURL.signIn.path)
        return try await browser.post(SiteURL.signIn.path, ["email": DemoData.email(key), "password": DemoData.password])
    }

    func testTheWriterGetsItBackAndMeanwhileItIsSealed() async throws {
        let shared = browser()
        let refused = try await idaSavesAfterHerSessionRanOut(in: shared)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.signInAgainTextKept)))
        let holding = try await sessionsHoldingKeptText()
        XCTAssertEqual(holding.count, 1)
        XCTAssertFalse(holding[0].data[KeptForm.key]!.contains("familien Holm"), "sealed at rest like the other private texts")
        XCTAssertNil(holding[0].data[SessionKeys.personID], "kept in a signed-out session")

        let signedIn = try await signInAgain(shared, as: "ida")
        XCTAssertEqual(signedIn.location, SiteURL.newLogbookEntry.path, "back to her form")
        let form = try await shared.get(SiteURL.newLogbookEntry.path)
        XCTAssertTrue(form.contains(HTMLEscape.text(idasText)))
        XCTAssertTrue(form.contains(HTMLEscape.text(t.keptTextRestored)))
    }

    func testSomeoneElseSigningInInTheSameBrowserNeverSeesItAndItIsDropped() async throws {
        let shared = browser()
        try await idaSavesAfterHerSessionRanOut(in: shared)

        let emmaIn = try await signInAgain(shared, as: "emma")
        XCTAssertEqual(emmaIn.status, .seeOther)
        XCTAssertNotEqual(emmaIn.location, SiteURL.newLogbookEntry.path, "Emma is not sent to Ida's form")
        let form = try await shared.get(SiteURL.newLogbookEntry.path)
        XCTAssertEqual(form.status, .ok, "Emma has a logbook of her own")
        XCTAssertFalse(form.contains("familien Holm"))
        XCTAssertFalse(form.contains(HTMLEscape.text(t.keptTextRestored)))
        let holding = try await sessionsHoldingKeptText()
        XCTAssertTrue(holding.isEmpty, "dropped unread when someone else signed in")

        _ = try await shared.post(SiteURL.signOut.path, [:])
        let idaIn = try await signInAgain(shared, as: "ida")
        XCTAssertEqual(idaIn.location, SiteURL.root.path)
        let idasForm = try await shared.get(SiteURL.newLogbookEntry.path)
        XCTAssertFalse(idasForm.contains("familien Holm"), "dropped, not set aside")
    }

    func testAFormSentWithoutASessionIsShownToCopyButKeptForNoOne() async throws {
        // Another site's page posting into Godstart: the browser sends no session cookie with it
        // (SameSite=Lax), so nothing proves whose text it is.
        let planted = "Ring til 12 34 56 78 og oplys dit CPR-nummer."
        let shared = browser()
        let refused = try await shared.post(SiteURL.logbook.path, ["unsure": planted, "action": "save"], withToken: false)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertFalse(refused.contains(HTMLEscape.text(t.signInAgainTextKept)))
        // What was typed is shown under the field's own words, never its internal name or the button pressed.
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.logbookPrompt(.unsure))))
        XCTAssertFalse(refused.contains(">unsure<"))
        XCTAssertFalse(refused.contains(">action<") || refused.contains(">save<"))
        XCTAssertTrue(refused.contains(HTMLEscape.text(planted)), "what was typed is shown, to copy")
        let stored = try await StoredSession.query(on: app.db).count()
        XCTAssertEqual(stored, 0, "nothing stored")

        let idaIn = try await signInAgain(shared, as: "ida")
        XCTAssertEqual(idaIn.location, SiteURL.root.path)
        let form = try await shared.get(SiteURL.newLogbookEntry.path)
        XCTAssertFalse(form.contains(HTMLEscape.text(planted)))
    }

    func testAFormWithoutTheEndedSessionsTokenOrSentFromAnotherSiteKeepsNothing() async throws {
        let forged = browser()
        let refused = try await idaSavesAfterHerSessionRanOut(in: forged, token: "forged")
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertFalse(refused.contains(HTMLEscape.text(t.signInAgainTextKept)))
        // What was typed is shown under the field's own words, never its internal name or the button pressed.
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.logbookPrompt(.unsure))))
        XCTAssertFalse(refused.contains(">unsure<"))
        XCTAssertFalse(refused.contains(">action<") || refused.contains(">save<"))
        XCTAssertTrue(refused.contains(HTMLEscape.text(idasText)), "still shown, to copy")
        var holding = try await sessionsHoldingKeptText()
        XCTAssertTrue(holding.isEmpty)

        app.settings.now = { testNow }
        let crossSite = browser()
        try await idaSavesAfterHerSessionRanOut(in: crossSite, headers: [("Sec-Fetch-Site", "cross-site")])
        holding = try await sessionsHoldingKeptText()
        XCTAssertTrue(holding.isEmpty, "the browser says another site sent it")

        app.settings.now = { testNow }
        let sameOrigin = browser()
        try await idaSavesAfterHerSessionRanOut(in: sameOrigin, headers: [("Sec-Fetch-Site", "same-origin")])
        holding = try await sessionsHoldingKeptText()
        XCTAssertEqual(holding.count, 1, "from our own page it is kept")
    }

    func testKeptTextWaitsForItsWriterTwoHoursAndTheReminderRunDeletesIt() async throws {
        let late = browser()
        try await idaSavesAfterHerSessionRanOut(in: late)
        app.settings.now = { testNow.addingTimeInterval(40 * 60 + KeptTextRules.waitsFor + 60) }
        let idaIn = try await signInAgain(late, as: "ida")
        XCTAssertEqual(idaIn.location, SiteURL.root.path, "too late: not handed back")
        let form = try await late.get(SiteURL.newLogbookEntry.path)
        XCTAssertFalse(form.contains("familien Holm"))

        app.settings.now = { testNow }
        let forgotten = browser()
        try await idaSavesAfterHerSessionRanOut(in: forgotten)
        var holding = try await sessionsHoldingKeptText()
        XCTAssertEqual(holding.count, 1)
        app.settings.now = { testNow.addingTimeInterval(40 * 60 + SessionRules.storedFor + 60) }
        await ReminderJob.run(app)
        holding = try await sessionsHoldingKeptText()
        XCTAssertTrue(holding.isEmpty, "deleted by the reminder run")
    }

    /// The page asked for as a session ran out is its person's to go back to: the next person to sign
    /// in at that browser lands on their own home, not on (the address of) someone's entry.
    func testThePageAskedForAsASessionRanOutIsOnlyItsPersonsToGoBackTo() async throws {
        let shared = browser()
        try await shared.signIn(DemoData.email("ida"))
        _ = try await shared.post(SiteURL.logbook.path, ["unsure": "Om familien Holm"])
        let entry = try await LogbookEntry.query(on: app.db).first()!
        app.settings.now = { testNow.addingTimeInterval(40 * 60) }
        let ranOut = try await shared.get(SiteURL.logbookEntry(entry.id).path)
        XCTAssertEqual(ranOut.location, SiteURL.signIn.path)

        let emmaIn = try await signInAgain(shared, as: "emma")
        XCTAssertEqual(emmaIn.status, .seeOther)
        XCTAssertEqual(emmaIn.location, SiteURL.root.path, "Emma is not sent to Ida's entry")
    }

    func testThePersonWhoseSessionRanOutGoesBackToThePageTheyAskedFor() async throws {
        let ida = self.browser()
        try await ida.signIn(DemoData.email("ida"))
        app.settings.now = { testNow.addingTimeInterval(40 * 60) }
        _ = try await ida.get(SiteURL.journals.path)
        let idaIn = try await signInAgain(ida, as: "ida")
        XCTAssertEqual(idaIn.location, SiteURL.journals.path)
    }

    func testAVisitorWithoutASessionGoesBackToThePageTheyAskedFor() async throws {
        let visitor = browser()
        _ = try await visitor.get(SiteURL.logbook.path)
        let signedIn = try await signInAgain(visitor, as: "ida")
        XCTAssertEqual(signedIn.location, SiteURL.logbook.path)
    }
}
