import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class MeetingTests: AppTestCase {
    func testTheMentorMarksAMeetingHeldAndTheManagerSeesIt() async throws {
        let meeting = try await meetings(of: "ida", .dialogueMeeting).first { !$0.isHeld }!
        let thomas = try await signedIn("thomas")
        let page = try await thomas.get(SiteURL.meeting(meeting.id).path)
        for point in MeetingKind.dialogueMeeting.agenda {
            XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.agendaTitle(point))))
        }
        let held = try await thomas.post(SiteURL.meetingHeld(meeting.id).path, [:])
        XCTAssertEqual(held.status, .seeOther)
        let stored = try await Meeting.find(meeting.id, on: app.db)!
        XCTAssertTrue(stored.isHeld)
        XCTAssertEqual(stored.heldAt, testNow)

        let henrik = try await signedIn("henrik")
        let managerPage = try await henrik.get(SiteURL.meeting(meeting.id).path)
        XCTAssertTrue(managerPage.contains(HTMLEscape.text(Language.da.texts.heldOn(""))))
        XCTAssertFalse(managerPage.contains(Language.da.texts.markAsHeld))
        let awaited1 = try await henrik.post(SiteURL.meetingHeld(meeting.id).path, [:]).status
        XCTAssertEqual(awaited1, .notFound)
    }

    func testMovingKeepsWhatWasTypedWhenTheDateIsWrong() async throws {
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        let form = try await anne.get(SiteURL.meetingMove(meeting.id).path)
        XCTAssertEqual(form.status, .ok)
        let bad = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "31-13-2026", "time": "9:15", "place": "Kantinen"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains(HTMLEscape.text(Language.da.texts.errorDate)))
        XCTAssertTrue(bad.contains("value=\"31-13-2026\""))
        XCTAssertTrue(bad.contains("value=\"Kantinen\""))

        let good = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-14", "time": "09:15", "place": "Kantinen"])
        XCTAssertEqual(good.status, .seeOther)
        let stored = try await Meeting.find(meeting.id, on: app.db)!
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        XCTAssertEqual(LocalDate(stored.startsAt, in: tz), LocalDate(year: 2026, month: 12, day: 14))
        XCTAssertEqual(LocalTime(stored.startsAt, in: tz), LocalTime(hour: 9, minute: 15))
        XCTAssertEqual(stored.place, "Kantinen")
    }

    func testTheContactPersonCannotMoveMentoringMeetings() async throws {
        let meeting = try await meetings(of: "ida", .dialogueMeeting).last!
        let karen = try await signedIn("karen")
        let awaited2 = try await karen.get(SiteURL.meetingMove(meeting.id).path).status
        XCTAssertEqual(awaited2, .notFound)
    }

    func testTooLongNotesAreRefusedAndKept() async throws {
        let meeting = try await meetings(of: "ida", .dialogueMeeting).last!
        let ida = try await signedIn("ida")
        let long = String(repeating: "a", count: MeetingController.maximumNoteLength + 1)
        let page = try await ida.post(SiteURL.meetingNotes(meeting.id).path, ["note-takeaways": long, "note-onYourMind": "kort"])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(long))
        XCTAssertTrue(page.contains("kort"))
    }

    func testHomePagesShowTheLivingDepartment() async throws {
        let emma = try await signedIn("emma")
        let home = try await emma.get(SiteURL.myProgramme.path)
        let t = Language.da.texts
        XCTAssertTrue(home.contains(HTMLEscape.text(t.whereYouAreNow)))
        XCTAssertTrue(home.contains(HTMLEscape.text(t.part(.introduction))))
        XCTAssertTrue(home.contains("Anne Sørensen"))
        XCTAssertTrue(home.contains("Marianne Holm"))
        XCTAssertTrue(home.contains("mailto:anne@demo.godstart.dk"))

        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programmes.path)
        for name in ["Emma Rasmussen", "Jonas Poulsen", "Ida Christensen", "Frederik Larsen", "Laura Thomsen"] {
            XCTAssertTrue(overview.contains(name), name)
        }
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.overdueMeetings(1))))
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.part(.finished))))
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.part(.mentoring))))
    }

    func testAFutureMeetingCannotBeMarkedHeldAndAMistakeCanBeTakenBack() async throws {
        let future = try await meetings(of: "ida", .dialogueMeeting).first { $0.startsAt > testNow }!
        let thomas = try await signedIn("thomas")
        let page = try await thomas.get(SiteURL.meeting(future.id).path)
        XCTAssertFalse(page.contains(">\(Language.da.texts.markAsHeld)<"))
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.heldFromItsDay)))
        _ = try await thomas.post(SiteURL.meetingHeld(future.id).path, [:])
        let stillPlanned = try await Meeting.find(future.id, on: app.db)!
        XCTAssertFalse(stillPlanned.isHeld)

        let past = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        _ = try await thomas.post(SiteURL.meetingHeld(past.id).path, ["held": "no"])
        let reopened = try await Meeting.find(past.id, on: app.db)!
        XCTAssertFalse(reopened.isHeld)
        XCTAssertNil(reopened.heldAt)
    }

    func testSigningInLeadsBackToThePageAskedFor() async throws {
        let meeting = try await meetings(of: "ida", .dialogueMeeting).first!
        let browser = browser()
        let asked = try await browser.get(SiteURL.meeting(meeting.id).path)
        XCTAssertEqual(asked.location, SiteURL.signIn.path)
        try await browser.get(SiteURL.signIn.path)
        let signedIn = try await browser.post(SiteURL.signIn.path, ["email": DemoData.email("thomas"), "password": DemoData.password])
        XCTAssertEqual(signedIn.location, SiteURL.meeting(meeting.id).path)
    }

    func testNotesAreShownAsTextNeverAsMarkup() async throws {
        let meeting = try await meetings(of: "ida", .dialogueMeeting).last!
        let ida = try await signedIn("ida")
        let saved = try await ida.post(SiteURL.meetingNotes(meeting.id).path, ["note-onYourMind": "<script>alert('x')</script> & \"citat\""])
        let page = try await ida.follow(saved)
        XCTAssertFalse(page.contains("<script>alert"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"citat\""))
    }

    func testDatesCanBeTypedDayFirst() async throws {
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        let moved = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "15.12.2026", "time": "13.30", "place": ""])
        XCTAssertEqual(moved.status, .seeOther)
        let stored = try await Meeting.find(meeting.id, on: app.db)!
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        XCTAssertEqual(LocalDate(stored.startsAt, in: tz), LocalDate(year: 2026, month: 12, day: 15))
        XCTAssertEqual(LocalTime(stored.startsAt, in: tz), LocalTime(hour: 13, minute: 30))
        XCTAssertNil(stored.place)
    }
}
