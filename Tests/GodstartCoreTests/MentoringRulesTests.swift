import XCTest
@testable import GodstartCore

final class MentoringRulesTests: XCTestCase {
    let tz = TimeZone(identifier: "Europe/Copenhagen")!
    let mentoring = ProgrammeStage(part: .mentoring, phase: .learning)

    func at(_ month: Int, _ day: Int) -> Date {
        LocalDate(year: 2026, month: month, day: day).instant(at: LocalTime(hour: 10), in: tz)
    }

    func testTwoMeetingsAheadAreEnough() {
        let now = at(9, 1)
        let two = [MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 8), held: false),
                   MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 22), held: false)]
        XCTAssertFalse(PlanningAhead.needsPlanning(two, stage: mentoring, now: now, timeZone: tz))
        let one = [two[0], MeetingFact(kind: .dialogueMeeting, startsAt: at(8, 25), held: true)]
        XCTAssertTrue(PlanningAhead.needsPlanning(one, stage: mentoring, now: now, timeZone: tz))
    }

    func testCancelledAndHeldMeetingsDoNotCount() {
        let now = at(9, 1)
        let facts = [MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 8), held: false),
                     MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 22), held: false, cancelled: true)]
        XCTAssertTrue(PlanningAhead.needsPlanning(facts, stage: mentoring, now: now, timeZone: tz))
    }

    func testOnlyWhileTheMentoringRunsAndNotJustBeforeItCloses() {
        let now = at(9, 1)
        let none: [MeetingFact] = []
        XCTAssertFalse(PlanningAhead.needsPlanning(none, stage: ProgrammeStage(part: .introduction, phase: .learning), now: now, timeZone: tz))
        XCTAssertTrue(PlanningAhead.needsPlanning(none, stage: mentoring, now: now, timeZone: tz))
        let closingSoon = [MeetingFact(kind: .mentoringClosing, startsAt: at(9, 15), held: false)]
        XCTAssertFalse(PlanningAhead.needsPlanning(closingSoon, stage: mentoring, now: now, timeZone: tz))
        let closingLater = [MeetingFact(kind: .mentoringClosing, startsAt: at(11, 15), held: false)]
        XCTAssertTrue(PlanningAhead.needsPlanning(closingLater, stage: mentoring, now: now, timeZone: tz))
    }

    func testHomeworkComesBackAsPointZero() {
        XCTAssertEqual(Homework.carriedOver(from: [.nextTheme: "  Læs om den motiverende samtale "]), "Læs om den motiverende samtale")
        XCTAssertNil(Homework.carriedOver(from: [.nextTheme: "  "]))
        XCTAssertNil(Homework.carriedOver(from: [.takeaways: "noget"]))
        let facts = [
            MeetingFact(kind: .mentoringStart, startsAt: at(9, 1), held: true),
            MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 8), held: true),
            MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 15), held: false, cancelled: true),
            MeetingFact(kind: .dialogueMeeting, startsAt: at(9, 22), held: false),
            MeetingFact(kind: .statusMeeting, startsAt: at(9, 20), held: true),
        ]
        XCTAssertEqual(Homework.previousIndex(before: 3, in: facts), 1, "skips the cancelled one and the introduction")
        XCTAssertEqual(Homework.previousIndex(before: 1, in: facts), 0, "the start meeting feeds the first dialogue")
        XCTAssertNil(Homework.previousIndex(before: 0, in: facts))
    }

    func testTheAgendaIsNumberedFromZero() {
        XCTAssertEqual(MeetingKind.dialogueMeeting.agenda.count, 6)
        XCTAssertEqual(MeetingKind.dialogueMeeting.displayNumber(of: .followUp), 1, "the agenda starts at 1")
        XCTAssertEqual(MeetingKind.dialogueMeeting.displayNumber(of: .nextTheme), 6)
        XCTAssertEqual(MeetingKind.statusMeeting.displayNumber(of: .howIsItGoing), 1)
    }

    func testAMeetingIsHeldFromItsOwnDay() {
        let meeting = at(9, 8)
        XCTAssertFalse(HeldRule.canMarkHeld(meetingStartsAt: meeting, now: at(9, 7), timeZone: tz))
        // Earlier on the same day counts: people mark the meeting when they sit down.
        XCTAssertTrue(HeldRule.canMarkHeld(meetingStartsAt: meeting, now: meeting.addingTimeInterval(-3600), timeZone: tz))
        XCTAssertTrue(HeldRule.canMarkHeld(meetingStartsAt: meeting, now: at(10, 1), timeZone: tz))
    }

    func testOnlyAColleagueWhoHoldsASharedItemIsAFormerMentor() {
        XCTAssertEqual(Relations.forSharedItem([.colleague], sharedWithPerson: true), [.formerMentor])
        XCTAssertEqual(Relations.forSharedItem([.colleague], sharedWithPerson: false), [.colleague])
        XCTAssertEqual(Relations.forSharedItem([.mentor], sharedWithPerson: true), [.mentor])
        XCTAssertEqual(Relations.forSharedItem([.outsider], sharedWithPerson: true), [.outsider])
    }
}
