import XCTest
@testable import GodstartCore

final class StockholmCadenceTests: XCTestCase {
    let monday = LocalDate(year: 2026, month: 8, day: 3)

    func plan(stockholm: Bool) -> [PlannedMeeting] {
        var template = ProgrammeTemplate.defaults(for: .standard)
        template.stockholmCadence = stockholm
        return PlanGenerator.plan(template: template, firstDay: monday, calendar: .weekendsOnly)
    }

    func testThreePartyMeetingsAreWeeklyForFourWeeksThenEverySecondWeek() {
        let plan = plan(stockholm: true)
        let start = plan.first { $0.kind == .mentoringStart }!.date
        let closing = plan.first { $0.kind == .mentoringClosing }!.date
        let threeParty = plan.filter { $0.kind == .threePartyMeeting }.map(\.date)
        XCTAssertGreaterThan(threeParty.count, 4)
        let gaps = zip(threeParty, threeParty.dropFirst()).map { $0.days(until: $1) }
        XCTAssertTrue(gaps.prefix(3).allSatisfy { (5...9).contains($0) }, "weekly in the first four weeks: \(gaps)")
        XCTAssertTrue(gaps.dropFirst(3).allSatisfy { (12...16).contains($0) }, "then every second week: \(gaps)")
        XCTAssertTrue(threeParty.allSatisfy { $0 >= start && $0 < closing })

        let managerMentor = plan.filter { $0.kind == .managerMentorMeeting }.map(\.date)
        let managerGaps = zip(managerMentor, managerMentor.dropFirst()).map { $0.days(until: $1) }
        XCTAssertTrue(managerGaps.allSatisfy { (12...16).contains($0) }, "every second week: \(managerGaps)")
        XCTAssertTrue(managerMentor.allSatisfy { $0 > start && $0 < closing })
        XCTAssertTrue(plan.allSatisfy { !$0.date.isWeekend })
        XCTAssertEqual(plan.map(\.date), plan.map(\.date).sorted())
    }

    func testTheDialogueMeetingsAreTheSameWithOrWithoutIt() {
        XCTAssertEqual(plan(stockholm: true).filter { $0.kind == .dialogueMeeting }, plan(stockholm: false).filter { $0.kind == .dialogueMeeting })
        XCTAssertFalse(plan(stockholm: false).contains { $0.kind == .threePartyMeeting || $0.kind == .managerMentorMeeting })
    }

    func testOnlyMentorAndMenteeMeetingsCountAsPlannedAheadAndCarryHomework() {
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        func at(_ day: Int) -> Date { LocalDate(year: 2026, month: 11, day: day).instant(at: LocalTime(hour: 10), in: tz) }
        let now = at(2)
        let facts = [
            MeetingFact(kind: .dialogueMeeting, startsAt: at(3), held: false),
            MeetingFact(kind: .threePartyMeeting, startsAt: at(4), held: false),
            MeetingFact(kind: .managerMentorMeeting, startsAt: at(5), held: false),
        ]
        let stage = ProgrammeStage(part: .mentoring, phase: .learning)
        XCTAssertTrue(PlanningAhead.needsPlanning(facts, stage: stage, now: now, timeZone: tz), "one mentor-and-mentee meeting ahead is too few")
        let withThreeParty = [MeetingFact(kind: .dialogueMeeting, startsAt: at(1), held: true),
                              MeetingFact(kind: .threePartyMeeting, startsAt: at(2), held: true),
                              MeetingFact(kind: .dialogueMeeting, startsAt: at(3), held: false)]
        XCTAssertEqual(Homework.previousIndex(before: 2, in: withThreeParty), 0, "homework comes from the last mentoring conversation")
    }
}
