import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class JournalForMeetingTests: AppTestCase {
    func testAJournalSharedForAMeetingShowsOnThatMeetingForTheMentorOnly() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.journals.path, ["title": "Hjemmebesøg hos familien", "account": "Far var vred."])
        let journal = try await ProcessJournal.query(on: app.db).first()!
        let page = try await ida.get(SiteURL.journal(journal.id).path)
        let next = try await meetings(of: "ida", .dialogueMeeting).first { $0.startsAt > testNow }!
        XCTAssertTrue(page.contains(next.id!.uuidString), "the coming meetings are offered")
        let past = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        XCTAssertFalse(page.contains(past.id!.uuidString), "a held meeting is not offered")

        _ = try await ida.post(SiteURL.journalSharing(journal.id).path, ["share": "yes", "meeting": next.id!.uuidString])
        let shared = try await ProcessJournal.find(journal.id, on: app.db)!
        XCTAssertEqual(shared.$forMeeting.id, next.id)
        let thomas = try await signedIn("thomas")
        let meeting = try await thomas.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(meeting.contains("Hjemmebesøg hos familien"))
        let henrik = try await signedIn("henrik")
        let managerView = try await henrik.get(SiteURL.meeting(next.id).path)
        XCTAssertFalse(managerView.contains("Hjemmebesøg hos familien"))

        // A meeting that is not one of the coming ones is ignored; unsharing clears the meeting.
        _ = try await ida.post(SiteURL.journalSharing(journal.id).path, ["share": "no"])
        let unshared = try await ProcessJournal.find(journal.id, on: app.db)!
        XCTAssertNil(unshared.$forMeeting.id)
        _ = try await ida.post(SiteURL.journalSharing(journal.id).path, ["share": "yes", "meeting": past.id!.uuidString])
        let ignored = try await ProcessJournal.find(journal.id, on: app.db)!
        XCTAssertNil(ignored.$forMeeting.id)
        XCTAssertNotNil(ignored.$sharedWith.id)
    }
}

final class KeptFormTests: AppTestCase {
    func testAJournalSentAfterTheSessionRanOutComesBackAfterSigningInAgain() async throws {
        let account = String(repeating: "Far var vred og sagde, at han ville klage. ", count: 400)  // about 17,000 characters
        let expired = try await signedIn("ida")
        _ = try await expired.get(SiteURL.newJournal.path)
        app.settings.now = { testNow.addingTimeInterval(SessionRules.idleLimit + 60) }
        let refused = try await expired.post(SiteURL.journals.path, ["title": "Hjemmebesøg", "account": account, "action": "save"])
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.contains(HTMLEscape.text(Language.da.texts.signInAgainTextKept)))
        XCTAssertTrue(refused.contains("Hjemmebesøg"), "the text is also shown right away")

        _ = try await expired.get(SiteURL.signIn.path)
        let signedIn = try await expired.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": DemoData.password])
        XCTAssertEqual(signedIn.location, SiteURL.newJournal.path, "back to the form")
        let form = try await expired.get(SiteURL.newJournal.path)
        XCTAssertTrue(form.contains(HTMLEscape.text(account.trimmingCharacters(in: .whitespaces))))
        XCTAssertTrue(form.contains(HTMLEscape.text(Language.da.texts.keptTextRestored)))
        let count = try await ProcessJournal.query(on: app.db).count()
        XCTAssertEqual(count, 0, "nothing is saved without the writer")
        let again = try await expired.get(SiteURL.newJournal.path)
        XCTAssertFalse(again.contains("Far var vred"), "the kept text comes back once")
    }

    func testASessionIdleForHalfAnHourEndsAndWhatWasWrittenComesBack() async throws {
        let ida = try await signedIn("ida")
        let form = try await ida.get(SiteURL.newJournal.path)
        XCTAssertEqual(form.status, .ok)
        // Writing for 40 minutes without a request.
        app.settings.now = { testNow.addingTimeInterval(40 * 60) }
        let refused = try await ida.post(SiteURL.journals.path, ["title": "Samtale med mor", "account": "Hun var bekymret for skolen.",
                                                                 "action": "save"])
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.contains(HTMLEscape.text(Language.da.texts.signInAgainTextKept)))
        _ = try await ida.get(SiteURL.signIn.path)
        let signedIn = try await ida.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": DemoData.password])
        XCTAssertEqual(signedIn.location, SiteURL.newJournal.path)
        let back = try await ida.get(SiteURL.newJournal.path)
        XCTAssertTrue(back.contains("Hun var bekymret for skolen."))
        // Within the idle limit a session lasts, and at most 12 hours from signing in.
        app.settings.now = { testNow.addingTimeInterval(40 * 60 + 20 * 60) }
        let page = try await ida.get(SiteURL.journals.path)
        XCTAssertEqual(page.status, .ok)
        app.settings.now = { testNow.addingTimeInterval(40 * 60 + SessionRules.absoluteLimit + 60) }
        let late = try await ida.get(SiteURL.journals.path)
        XCTAssertEqual(late.location, SiteURL.signIn.path)
    }
}
