import XCTest
@testable import GodstartCore

final class ICalendarTests: XCTestCase {
    let start = LocalDate(year: 2027, month: 1, day: 11).instant(at: LocalTime(hour: 13), in: TimeZone(identifier: "Europe/Copenhagen")!)

    func testAnEventHasAStableUIDASequenceAndUTCTimes() {
        let event = CalendarEvent(uid: "meeting-1@godstart", sequence: 2, start: start, end: start.addingTimeInterval(3600),
                                  summary: "Mentorsamtale 3", description: "Emma Rasmussen, Peter Nielsen", location: "Mødelokale 2; 1. sal",
                                  status: .cancelled)
        let document = ICalendar.document([event], name: "Godstart: Emma", stamp: start)
        XCTAssertTrue(document.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertTrue(document.contains("\r\nUID:meeting-1@godstart\r\n"))
        XCTAssertTrue(document.contains("\r\nSEQUENCE:2\r\n"))
        XCTAssertTrue(document.contains("\r\nDTSTART:20270111T120000Z\r\n"), "13:00 in Copenhagen is 12:00 UTC in winter")
        XCTAssertTrue(document.contains("\r\nSTATUS:CANCELLED\r\n"))
        XCTAssertTrue(document.contains("LOCATION:Mødelokale 2\\; 1. sal"))
        XCTAssertTrue(document.contains("DESCRIPTION:Emma Rasmussen\\, Peter Nielsen"))
        XCTAssertTrue(document.hasSuffix("END:VCALENDAR\r\n"))
    }

    func testTextIsEscapedAndLongLinesAreFoldedBetweenCharacters() {
        XCTAssertEqual(ICalendar.text("a\\b;c,d\ne\u{7}"), "a\\\\b\\;c\\,d\\ne")
        let line = "SUMMARY:" + String(repeating: "æøå", count: 30)
        let folded = ICalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(parts.count, 1)
        XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 75 })
        XCTAssertTrue(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        XCTAssertEqual(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)
    }
}

final class CalendarFeedRulesTests: XCTestCase {
    func testAPersonsCalendarHoldsTheMeetingsTheyTakePartIn() {
        XCTAssertTrue(CalendarFeedRules.takesPart([.manager], in: .developmentTalk))
        XCTAssertFalse(CalendarFeedRules.takesPart([.manager], in: .dialogueMeeting), "the manager reads the plan but is not in the mentoring")
        XCTAssertTrue(CalendarFeedRules.takesPart([.contactPerson, .mentor], in: .statusMeeting))
        XCTAssertFalse(CalendarFeedRules.takesPart([.buddy], in: .introductionStart))
        XCTAssertEqual(CalendarFeedRules.uid("meeting", "ABC"), "meeting-abc@godstart")
    }
}
