import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 23: meetings keep their numbers through cancellations and moves, stay inside their
/// programme, and a cancelled closing meeting does not end the mentoring early.
final class MeetingNumbersAppTests: AppTestCase {
    let t = Language.da.texts

    /// Ida is in her mentoring (21 weeks in); Thomas is her mentor.
    func testCancellingAndMovingNeverRenumbersHeldMeetingsOrRepeatsANumber() async throws {
        let thomas = try await signedIn("thomas")
        let before = try await meetings(of: "ida", .dialogueMeeting)
        let held = Dictionary(uniqueKeysWithValues: before.filter(\.isHeld).map { ($0.id!, $0.number) })
        let ahead = before.filter { $0.isOpen && $0.startsAt > testNow }
        XCTAssertGreaterThanOrEqual(ahead.count, 3)
        for meeting in ahead.prefix(2) {
            let cancelled = try await thomas.post(SiteURL.meetingCancel(meeting.id).path, [:])
            XCTAssertEqual(cancelled.status, .seeOther)
        }
        // The third is moved to before every held one: inside the programme, so allowed.
        let ida = try await programme(of: "ida")
        let early = ida.firstLocalDay.adding(days: 1)
        let moved = try await thomas.post(SiteURL.meetingMove(ahead[2].id).path,
                                          ["date": WorkingCalendar(country: .denmark).onOrAfter(early).iso, "time": "10:00", "place": ""])
        XCTAssertEqual(moved.status, .seeOther, moved.body)
        let after = try await meetings(of: "ida", .dialogueMeeting)
        for meeting in after where held[meeting.id!] != nil {
            XCTAssertEqual(meeting.number, held[meeting.id!], "a held meeting keeps its number")
        }
        XCTAssertEqual(Set(after.map(\.number)).count, after.count, "no number twice: \(after.map(\.number))")
    }

    func testAMeetingCannotBeMovedOutsideItsProgramme() async throws {
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        let emma = try await programme(of: "emma")
        let dates = DateText(language: .da, timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        let refused = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2020-01-06", "time": "10:00", "place": ""])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorBeforeFirstDay(dates.day(emma.firstLocalDay)))))
        let tooLate = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2031-01-06", "time": "10:00", "place": ""])
        XCTAssertEqual(tooLate.status, .unprocessableEntity)
        let unchanged = try await Meeting.find(meeting.id, on: app.db)!
        XCTAssertEqual(unchanged.startsAt, meeting.startsAt)
    }

    func testACancelledMentoringClosingKeepsTheProgrammeInItsMentoring() async throws {
        let closing = try await meetings(of: "ida", .mentoringClosing).first!
        let thomas = try await signedIn("thomas")
        let cancelled = try await thomas.post(SiteURL.meetingCancel(closing.id).path, [:])
        XCTAssertEqual(cancelled.status, .seeOther)
        let ida = try await programme(of: "ida")
        let file = try await ProgrammeQueries.file(ida.id!, on: app.db)!
        XCTAssertEqual(file.stage(now: testNow).part, .mentoring, "not the development talk while conversations are ahead")
    }
}
