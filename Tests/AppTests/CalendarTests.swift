import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class CalendarTests: AppTestCase {
    let t = Language.da.texts

    /// Makes the person's calendar address and returns its path.
    func feedPath(of browser: TestBrowser) async throws -> String {
        let page = try await browser.post(SiteURL.calendar.path, ["intent": "new"])
        XCTAssertEqual(page.status, .ok)
        guard let start = page.body.range(of: "/calendar-feeds/"), let end = page.body.range(of: ".ics", range: start.upperBound..<page.body.endIndex)
        else { XCTFail("no address shown"); return "" }
        return String(page.body[start.lowerBound..<end.upperBound])
    }

    func testANewHireSubscribesAndAMovedOrCancelledMeetingUpdates() async throws {
        let emma = try await signedIn("emma")
        let path = try await feedPath(of: emma)
        let feed = try await browser().get(path)
        XCTAssertEqual(feed.status, .ok, "the secret address needs no sign-in")
        XCTAssertTrue(feed.body.hasPrefix("BEGIN:VCALENDAR"))
        let meetings = try await meetings(of: "emma")
        let first = meetings.first { $0.meetingKind == .introductionStart }!
        XCTAssertTrue(feed.contains(CalendarFeedRules.uid("meeting", first.id!.uuidString)))
        XCTAssertTrue(feed.contains("Emma Rasmussen"))
        let notes = try await MeetingNote.query(on: app.db).all().map(\.text)
        for note in notes { XCTAssertFalse(feed.contains(ICalendar.text(note)), "no meeting notes in a calendar") }

        let status = meetings.first { $0.meetingKind == .statusMeeting && $0.isOpen }!
        let before = status.sequence
        status.status = Meeting.Status.cancelled.rawValue
        try await status.update(on: app.db)
        let after = try await browser().get(path)
        let uid = CalendarFeedRules.uid("meeting", status.id!.uuidString)
        guard let event = after.body.components(separatedBy: "BEGIN:VEVENT").first(where: { $0.contains(uid) }) else {
            return XCTFail("the cancelled meeting is still in the feed")
        }
        XCTAssertTrue(event.contains("STATUS:CANCELLED"))
        XCTAssertEqual(status.sequence, before + 1)
        XCTAssertTrue(event.contains("SEQUENCE:\(before + 1)\r\n"), "a change counts")
    }

    func testANewAddressStopsTheOldAndStoppingStopsBoth() async throws {
        let emma = try await signedIn("emma")
        let old = try await feedPath(of: emma)
        let new = try await feedPath(of: emma)
        let oldStatus = try await browser().get(old).status
        XCTAssertEqual(oldStatus, .notFound)
        let newStatus = try await browser().get(new).status
        XCTAssertEqual(newStatus, .ok)
        let stopped = try await emma.post(SiteURL.calendar.path, ["intent": "stop"])
        XCTAssertEqual(stopped.status, .seeOther)
        let afterStop = try await browser().get(new).status
        XCTAssertEqual(afterStop, .notFound)
        let guess = try await browser().get(SiteURL.calendarFeed("not-a-token").path).status
        XCTAssertEqual(guess, .notFound)
        let stored = try await person("emma").calendarTokenHash
        XCTAssertNil(stored)
    }

    func testAManagersCalendarHoldsTheirOwnMeetingsNotTheMentoring() async throws {
        let henrik = try await signedIn("henrik")
        let feed = try await browser().get(try await feedPath(of: henrik))
        let ida = try await meetings(of: "ida")
        let talk = ida.first { $0.meetingKind == .developmentTalk }!
        let dialogue = ida.first { $0.meetingKind == .dialogueMeeting }!
        XCTAssertTrue(feed.contains(CalendarFeedRules.uid("meeting", talk.id!.uuidString)))
        XCTAssertFalse(feed.contains(CalendarFeedRules.uid("meeting", dialogue.id!.uuidString)), "the manager is not in the mentoring")
    }

    func testOneMeetingAsAFileForThoseWhoMayOpenIt() async throws {
        let meeting = try await meetings(of: "emma").first!
        let emma = try await signedIn("emma")
        let file = try await emma.get(SiteURL.meetingCalendarFile(meeting.id).path)
        XCTAssertEqual(file.status, .ok)
        XCTAssertTrue(file.contains("BEGIN:VEVENT") && file.contains(CalendarFeedRules.uid("meeting", meeting.id!.uuidString)))
        let page = try await emma.get(SiteURL.meeting(meeting.id).path)
        XCTAssertTrue(page.contains(SiteURL.meetingCalendarFile(meeting.id).path))
        let rasmus = try await signedIn("rasmus")
        let refused = try await rasmus.get(SiteURL.meetingCalendarFile(meeting.id).path)
        XCTAssertEqual(refused.status, .notFound)
    }
}
