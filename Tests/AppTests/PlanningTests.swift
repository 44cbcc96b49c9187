import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class PlanningTests: AppTestCase {
    let tz = TimeZone(identifier: "Europe/Copenhagen")!

    func testHomeworkAgreedUnderPointFiveComesBackAsPointZero() async throws {
        let dialogues = try await meetings(of: "ida", .dialogueMeeting).filter { !$0.isCancelled }
        let next = dialogues.first { $0.startsAt > testNow }!
        let previous = dialogues.last { $0.startsAt < next.startsAt }!
        let thomas = try await signedIn("thomas")
        _ = try await thomas.post(SiteURL.meetingNotes(previous.id).path, ["note-nextTheme": "Læs kapitel 3 om den svære samtale"])
        let page = try await thomas.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.homeworkFromLastTime("Læs kapitel 3 om den svære samtale"))))
        XCTAssertTrue(page.contains("1. \(HTMLEscape.text(Language.da.texts.agendaTitle(.followUp)))"), "the agenda starts at 1")
        // The manager sees neither the homework nor the notes.
        let henrik = try await signedIn("henrik")
        let awaited201 = try await henrik.get(SiteURL.meeting(next.id).path).contains("Læs kapitel 3")
        XCTAssertFalse(awaited201)
    }

    func testAMentorPlansAMeetingAndTheNumbersFollowTheDates() async throws {
        let thomas = try await signedIn("thomas")
        let programme = try await programme(of: "ida")
        let form = try await thomas.get(SiteURL.newMeeting(programme.id).path)
        XCTAssertEqual(form.status, .ok)
        let bad = try await thomas.post(SiteURL.newMeeting(programme.id).path, ["kind": "dialogueMeeting", "date": "", "time": "10:00"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        let planned = try await thomas.post(SiteURL.newMeeting(programme.id).path,
                                            ["kind": "dialogueMeeting", "date": "2026-11-26", "time": "14:00", "place": "Stillerummet"])
        XCTAssertEqual(planned.status, .seeOther)
        let dialogues = try await meetings(of: "ida", .dialogueMeeting)
        XCTAssertEqual(dialogues.map(\.number), Array(1...dialogues.count), "numbered in date order")
        let added = dialogues.first { $0.place == "Stillerummet" }!
        XCTAssertEqual(LocalTime(added.startsAt, in: tz), LocalTime(hour: 14))
        // The mentor plans mentoring meetings, not status meetings.
        let status = try await thomas.post(SiteURL.newMeeting(programme.id).path, ["kind": "statusMeeting", "date": "2026-11-27", "time": "10:00"])
        XCTAssertEqual(status.status, .unprocessableEntity)
        // The manager and the coordinator do not plan.
        let henrik = try await signedIn("henrik")
        let awaited202 = try await henrik.get(SiteURL.newMeeting(programme.id).path).status
        XCTAssertEqual(awaited202, .notFound)
    }

    func testCancellingLeavesTooFewMeetingsAheadAndTheCoordinatorSeesTheFact() async throws {
        let thomas = try await signedIn("thomas")
        let ahead = try await meetings(of: "ida", .dialogueMeeting).filter { $0.startsAt > testNow }
        for meeting in ahead.dropFirst() {
            let cancelled = try await thomas.post(SiteURL.meetingCancel(meeting.id).path, ["restore": "no"])
            XCTAssertEqual(cancelled.status, .seeOther)
        }
        let t = Language.da.texts
        let programme = try await programme(of: "ida")
        let programmePage = try await thomas.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(programmePage.contains(HTMLEscape.text(t.fewerThanTwoPlanned)))
        XCTAssertTrue(programmePage.contains(HTMLEscape.text(t.statusCancelled)))
        let ida = try await signedIn("ida")
        let awaited203 = try await ida.get(SiteURL.myProgramme.path).contains(HTMLEscape.text(t.fewerThanTwoPlanned))
        XCTAssertTrue(awaited203)
        let marianne = try await signedIn("marianne")
        let awaited204 = try await marianne.get(SiteURL.programmes.path).contains(HTMLEscape.text(t.flagFewerThanTwo))
        XCTAssertTrue(awaited204)

        // Putting one back is enough again.
        _ = try await thomas.post(SiteURL.meetingCancel(ahead.last!.id).path, ["restore": "yes"])
        let awaited205 = try await marianne.get(SiteURL.programmes.path).contains(HTMLEscape.text(t.flagFewerThanTwo))
        XCTAssertFalse(awaited205)
        let restored = try await Meeting.find(ahead.last!.id, on: app.db)!
        XCTAssertFalse(restored.isCancelled)
    }

    func testAHeldMeetingCannotBeCancelled() async throws {
        let held = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        let thomas = try await signedIn("thomas")
        let awaited206 = try await thomas.post(SiteURL.meetingCancel(held.id).path, ["restore": "no"]).status
        XCTAssertEqual(awaited206, .notFound)
    }

    func testACancelledMeetingIsNotTheNextMeeting() async throws {
        let next = try await meetings(of: "ida").first { $0.startsAt > testNow }!
        let thomas = try await signedIn("thomas")
        let before = try await thomas.get(SiteURL.myNewcomers.path)
        XCTAssertTrue(before.contains(SiteURL.meeting(next.id).path))
        _ = try await thomas.post(SiteURL.meetingCancel(next.id).path, ["restore": "no"])
        let after = try await thomas.get(SiteURL.myNewcomers.path)
        XCTAssertFalse(after.contains(SiteURL.meeting(next.id).path), "neither as next meeting nor in the upcoming list")
    }

    /// A mentoring meeting whose day is over and that nobody marked as held is on the mentor's own
    /// home, not only on the coordinator's overview; the contact person's status meeting is not.
    func testTheMentorIsToldOfHisOwnMeetingsNotMarkedAsHeld() async throws {
        let dialogue = try await meetings(of: "ida", .dialogueMeeting).first { $0.startsAt > testNow }!
        dialogue.startsAt = testNow.addingTimeInterval(-3 * 86_400)
        dialogue.status = Meeting.Status.planned.rawValue
        try await dialogue.update(on: app.db)
        let status = try await meetings(of: "ida", .statusMeeting).first!
        status.startsAt = testNow.addingTimeInterval(-4 * 86_400)
        status.status = Meeting.Status.planned.rawValue
        try await status.update(on: app.db)
        let t = Language.da.texts
        let home = try await signedIn("thomas").get(SiteURL.myNewcomers.path)
        XCTAssertTrue(home.contains(HTMLEscape.text(t.alertsHeading)))
        let attention = home.body.components(separatedBy: "id=\"attention-heading\"").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        XCTAssertTrue(attention.contains(SiteURL.meeting(dialogue.id).path) && attention.contains(HTMLEscape.text(t.notMarkedAsHeld)))
        XCTAssertFalse(attention.contains(SiteURL.meeting(status.id).path), "the contact person's meeting is hers to mark")
        let karen = try await signedIn("karen").get(SiteURL.myNewcomers.path)
        XCTAssertTrue(karen.contains(SiteURL.meeting(status.id).path), "Ida's contact person is told of it")

        // Marked as held, it is off the list.
        dialogue.status = Meeting.Status.held.rawValue
        try await dialogue.update(on: app.db)
        let after = try await signedIn("thomas").get(SiteURL.myNewcomers.path)
        let stillOpen = after.body.components(separatedBy: "id=\"attention-heading\"").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        XCTAssertFalse(stillOpen.contains(SiteURL.meeting(dialogue.id).path))
    }
}
