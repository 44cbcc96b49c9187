import XCTest
@testable import GodstartCore

final class ChecklistTests: XCTestCase {
    let monday = LocalDate(year: 2026, month: 8, day: 3)

    func testWindowsAreWeeksFromTheFirstDay() {
        let before = ChecklistWindow.weeks(0, 0, firstDay: monday)
        XCTAssertEqual(before.from, LocalDate(year: 2026, month: 7, day: 20))
        XCTAssertEqual(before.to, WorkingCalendar.weekendsOnly.onOrBefore(LocalDate(year: 2026, month: 8, day: 2)))
        XCTAssertEqual(before.weeks(firstDay: monday), 0...0)
        let weeks2to4 = ChecklistWindow.weeks(2, 4, firstDay: monday)
        XCTAssertEqual(weeks2to4.from, LocalDate(year: 2026, month: 8, day: 10))
        XCTAssertEqual(weeks2to4.to, LocalDate(year: 2026, month: 8, day: 28), "the Friday of week 4")
        XCTAssertEqual(weeks2to4.weeks(firstDay: monday), 2...4)
        XCTAssertFalse(weeks2to4.to.isWeekend)
    }

    func testAShortIntroductionSqueezesTheWindowsIntoIt() {
        let ends = monday.adding(weeks: 6)
        let items = DefaultChecklistItem.defaults(for: .standard).map { item in
            (item, ChecklistTemplate.window(fromWeek: item.template.fromWeek, toWeek: item.template.toWeek, firstDay: monday, introductionEnds: ends))
        }
        XCTAssertEqual(items.count, DefaultChecklistItem.allCases.count)
        XCTAssertTrue(items.allSatisfy { $0.1.to <= ends && $0.1.from <= $0.1.to })
        let partners = items.first { $0.0 == .partnersVisited }!.1
        XCTAssertEqual(partners.to, ends)
    }

    func testAnItemMovesOnlyWithinItsWeek() {
        let weeks = [0, 1, 1, 1, 2]
        XCTAssertEqual(ChecklistRules.neighbour(of: 2, up: true, weeks: weeks), 1)
        XCTAssertEqual(ChecklistRules.neighbour(of: 2, up: false, weeks: weeks), 3)
        XCTAssertNil(ChecklistRules.neighbour(of: 1, up: true, weeks: weeks), "the first of week 1 stays in week 1")
        XCTAssertNil(ChecklistRules.neighbour(of: 3, up: false, weeks: weeks))
        XCTAssertNil(ChecklistRules.neighbour(of: 4, up: false, weeks: weeks))
    }

    func testNothingWaitsOnTheDayItselfOnlyAfterTheWindow() {
        let window = ChecklistWindow(from: monday, to: monday.adding(days: 4))
        XCTAssertFalse(ChecklistRules.isWaiting(.open, window: window, today: monday.adding(days: 4)))
        XCTAssertTrue(ChecklistRules.isWaiting(.open, window: window, today: monday.adding(days: 5)))
        XCTAssertFalse(ChecklistRules.isWaiting(.covered, window: window, today: monday.adding(days: 30)))
        XCTAssertFalse(ChecklistRules.isWaiting(.notRelevant, window: window, today: monday.adding(days: 30)))
    }

    func testAMovedWindowNeedsAReasonAndMustMakeSense() {
        let ends = monday.adding(months: 3)
        let good = ChecklistWindow(from: monday.adding(weeks: 2), to: monday.adding(weeks: 5))
        XCTAssertEqual(ChecklistRules.problem(moving: good, reason: " ", firstDay: monday, introductionEnds: ends, isNew: false), .reasonMissing)
        XCTAssertNil(ChecklistRules.problem(moving: good, reason: "Sygdom i uge 3", firstDay: monday, introductionEnds: ends, isNew: false))
        XCTAssertNil(ChecklistRules.problem(moving: good, reason: nil, firstDay: monday, introductionEnds: ends, isNew: true))
        let backwards = ChecklistWindow(from: monday.adding(weeks: 5), to: monday.adding(weeks: 2))
        XCTAssertEqual(ChecklistRules.problem(moving: backwards, reason: "x", firstDay: monday, introductionEnds: ends, isNew: false), .endBeforeStart)
        let late = ChecklistWindow(from: monday.adding(weeks: 2), to: ends.adding(days: 1))
        XCTAssertEqual(ChecklistRules.problem(moving: late, reason: "x", firstDay: monday, introductionEnds: ends, isNew: false), .outsideProgramme)
    }

    func testOnlyContactPersonAndManagerAdaptTheChecklist() {
        XCTAssertTrue(ChecklistRules.mayAdapt([.contactPerson]))
        XCTAssertTrue(ChecklistRules.mayAdapt([.manager]))
        XCTAssertFalse(ChecklistRules.mayAdapt([.newcomer]))
        XCTAssertFalse(ChecklistRules.mayAdapt([.buddy]))
        XCTAssertFalse(ChecklistRules.mayAdapt([.coordinator]))
        XCTAssertTrue(DefaultChecklistItem.allCases.contains { $0.template.isSocialTask }, "the buddy has social tasks")
    }
}

final class ScheduleRulesTests: XCTestCase {
    func testAnActivityLiesWithinTheIntroductionAndWeeksRunMondayToFriday() {
        let monday = LocalDate(year: 2026, month: 8, day: 3)
        let ends = monday.adding(months: 3)
        XCTAssertNil(ScheduleRules.problem(date: monday, firstDay: monday, introductionEnds: ends))
        XCTAssertEqual(ScheduleRules.problem(date: monday.adding(days: -1), firstDay: monday, introductionEnds: ends), .outsideIntroduction)
        XCTAssertEqual(ScheduleRules.problem(date: ends.adding(days: 1), firstDay: monday, introductionEnds: ends), .outsideIntroduction)
        let week = ScheduleRules.week(of: LocalDate(year: 2026, month: 8, day: 6))
        XCTAssertEqual(week.first, monday)
        XCTAssertEqual(week.count, 5)
        XCTAssertEqual(week.last, LocalDate(year: 2026, month: 8, day: 7))
    }
}
