import XCTest
@testable import GodstartCore

final class ReplanningTests: XCTestCase {
    let monday = LocalDate(year: 2026, month: 8, day: 3)

    private func existing(_ plan: [PlannedMeeting], fixedUntil today: LocalDate) -> [Replanning.ExistingMeeting] {
        plan.map { Replanning.ExistingMeeting(kind: $0.kind, date: $0.date, isFixed: $0.date <= today) }
    }

    private func apply(_ steps: [Replanning.MeetingStep], to meetings: [Replanning.ExistingMeeting]) -> [(MeetingKind, LocalDate)] {
        var result: [(MeetingKind, LocalDate)?] = meetings.map { ($0.kind, $0.date) }
        for step in steps {
            switch step {
            case .move(let index, let planned): result[index] = (planned.kind, planned.date)
            case .remove(let index): result[index] = nil
            case .add(let planned): result.append((planned.kind, planned.date))
            }
        }
        return result.compactMap { $0 }.sorted { $0.1 < $1.1 }
    }

    func testAnUnchangedTemplateChangesNothing() {
        let plan = PlanGenerator.plan(template: .defaults(for: .standard), firstDay: monday, calendar: .weekendsOnly)
        let today = monday.adding(weeks: 5)
        XCTAssertEqual(Replanning.meetingSteps(existing: existing(plan, fixedUntil: today), plan: plan, today: today), [])
    }

    func testUpgradingATemporaryHireKeepsThePastAndPlansTheStandardFuture() {
        let temporary = PlanGenerator.plan(template: .defaults(for: .temporaryHire), firstDay: monday, calendar: .weekendsOnly)
        let standard = PlanGenerator.plan(template: .defaults(for: .standard), firstDay: monday, calendar: .weekendsOnly)
        let today = monday.adding(weeks: 5)
        let before = existing(temporary, fixedUntil: today)
        let after = apply(Replanning.meetingSteps(existing: before, plan: standard, today: today), to: before)

        // Everything up to today is as it was ...
        XCTAssertEqual(after.filter { $0.1 <= today }.map(\.1), temporary.filter { $0.date <= today }.map(\.date))
        // ... and from tomorrow the programme follows the standard plan.
        XCTAssertEqual(after.filter { $0.1 > today }.map(\.1), standard.filter { $0.date > today }.map(\.date))
        XCTAssertEqual(after.filter { $0.0 == .introductionClosing }.count, 1)
        XCTAssertEqual(after.filter { $0.0 == .developmentTalk }.map(\.1), standard.filter { $0.kind == .developmentTalk }.map(\.date))
    }

    func testFixedMeetingsAreNeverMovedOrRemovedAndNotPlannedTwice() {
        let temporary = PlanGenerator.plan(template: .defaults(for: .temporaryHire), firstDay: monday, calendar: .weekendsOnly)
        let standard = PlanGenerator.plan(template: .defaults(for: .standard), firstDay: monday, calendar: .weekendsOnly)
        let today = monday.adding(weeks: 1)
        // The introduction's closing meeting was moved by hand: it stays, and is not planned again.
        let before = temporary.map { Replanning.ExistingMeeting(kind: $0.kind, date: $0.date,
                                                                 isFixed: $0.date <= today || $0.kind == .introductionClosing) }
        let steps = Replanning.meetingSteps(existing: before, plan: standard, today: today)
        for step in steps {
            switch step {
            case .move(let index, _), .remove(let index): XCTAssertFalse(before[index].isFixed)
            case .add(let planned): XCTAssertNotEqual(planned.kind, .introductionClosing)
            }
        }
    }

    func testAStatusMeetingWrittenInIsNotDoubledByTheNewPlan() {
        let plan = PlanGenerator.plan(template: .defaults(for: .standard), firstDay: monday, calendar: .weekendsOnly)
        let today = monday.adding(days: 1)
        let firstStatus = plan.first { $0.kind == .statusMeeting }!
        var before = existing(plan, fixedUntil: today)
        let index = plan.firstIndex(of: firstStatus)!
        before[index] = .init(kind: .statusMeeting, date: firstStatus.date.adding(days: 1), isFixed: true)
        let after = apply(Replanning.meetingSteps(existing: before, plan: plan, today: today), to: before)
        XCTAssertEqual(after.filter { $0.0 == .statusMeeting && abs($0.1.days(until: firstStatus.date)) < 4 }.count, 1)
    }

    private func item(_ key: String, _ state: ChecklistState = .open, moved: Bool = false, window: ChecklistWindow) -> Replanning.ExistingItem {
        .init(matchKeys: [key], state: state, windowMoved: moved, window: window)
    }

    func testTheChecklistFollowsTheTemplateButKeepsWhatWasDone() {
        let ends = monday.adding(months: 3)
        let today = monday.adding(weeks: 3)
        let w = { (from: Int, to: Int) in ChecklistTemplate.window(fromWeek: from, toWeek: to, firstDay: self.monday, introductionEnds: ends) }
        let existing = [
            item("covered", .covered, window: w(1, 2)),
            item("moved", moved: true, window: w(4, 5)),
            item("open", window: w(4, 5)),
            item("gone", window: w(5, 6)),
            item("goneButCovered", .covered, window: w(5, 6)),
            Replanning.ExistingItem(matchKeys: [], state: .open, windowMoved: false, window: w(6, 7)),
            item("late", window: w(1, 2)),
        ]
        let template = [
            Replanning.TemplateItem(matchKeys: ["covered"], fromWeek: 2, toWeek: 3),
            Replanning.TemplateItem(matchKeys: ["moved"], fromWeek: 6, toWeek: 8),
            Replanning.TemplateItem(matchKeys: ["open"], fromWeek: 6, toWeek: 8),
            Replanning.TemplateItem(matchKeys: ["new"], fromWeek: 8, toWeek: 9),
            Replanning.TemplateItem(matchKeys: ["newButPast"], fromWeek: 1, toWeek: 1),
            Replanning.TemplateItem(matchKeys: ["late"], fromWeek: 1, toWeek: 2),
        ]
        let steps = Replanning.itemSteps(existing: existing, template: template, firstDay: monday, introductionEnds: ends, today: today)
        XCTAssertEqual(steps, [
            .update(existing: 0, templateItem: 0, window: w(1, 2)),
            .update(existing: 1, templateItem: 1, window: w(4, 5)),
            .update(existing: 2, templateItem: 2, window: w(6, 8)),
            .add(templateItem: 3, window: w(8, 9)),
            .add(templateItem: 4, window: ChecklistWindow(from: today, to: today.adding(days: 13))),
            .update(existing: 6, templateItem: 5, window: w(1, 2)),
            .remove(existing: 3),
        ])
    }

    func testANewVariantKeepsWhatThePlanHadThatItsTemplateLacks() {
        let ends = monday.adding(months: 3)
        let w = ChecklistTemplate.window(fromWeek: 4, toWeek: 5, firstDay: monday, introductionEnds: ends)
        let steps = Replanning.itemSteps(existing: [item("onlyInTheOldVariant", window: w)], template: [],
                                         firstDay: monday, introductionEnds: ends, today: monday, keepingItemsNotInTemplate: true)
        XCTAssertEqual(steps, [])
    }

    func testNothingIsAddedAfterTheIntroduction() {
        let ends = monday.adding(weeks: 8)
        let steps = Replanning.itemSteps(existing: [], template: [.init(matchKeys: ["x"], fromWeek: 1, toWeek: 2)],
                                         firstDay: monday, introductionEnds: ends, today: ends.adding(days: 1))
        XCTAssertEqual(steps, [])
    }

    func testVariantsAndTemplateItemRules() {
        XCTAssertEqual(ProgrammeVariant.temporaryHire.upgradesTo, .standard)
        XCTAssertNil(ProgrammeVariant.standard.upgradesTo)
        XCTAssertNil(ProgrammeVariant.experiencedHire.upgradesTo)
        XCTAssertLessThan(DefaultChecklistItem.defaults(for: .temporaryHire).count, DefaultChecklistItem.defaults(for: .standard).count)
        XCTAssertEqual(DefaultChecklistItem.defaults(for: .standard), DefaultChecklistItem.allCases)
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: 0, toWeek: 0, title: nil), [:])
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: 4, toWeek: 2, title: nil), [.toWeek: .endBeforeStart])
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: -1, toWeek: 2, title: nil), [.fromWeek: .weekOutOfRange])
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: 1, toWeek: 99, title: nil), [.toWeek: .weekOutOfRange])
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: 1, toWeek: 2, title: "  "), [.title: .titleMissing])
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: 1, toWeek: 2, title: String(repeating: "x", count: 201)), [.title: .titleTooLong])
        XCTAssertEqual(TemplateItemRules.problems(fromWeek: 30, toWeek: 31, title: ""), [.title: .titleMissing, .fromWeek: .weekOutOfRange, .toWeek: .weekOutOfRange],
                       "every problem at once, each on its field")
    }
}

final class TemplateActivityTests: XCTestCase {
    let wednesday = LocalDate(year: 2026, month: 8, day: 5)

    func testAnActivityFallsInItsWeekAndNeverBeforeTheFirstDay() {
        XCTAssertEqual(ScheduleRules.day(week: 1, weekday: 1, firstDay: wednesday, calendar: .weekendsOnly), wednesday, "Monday of week 1 has passed: the first day")
        XCTAssertEqual(ScheduleRules.day(week: 1, weekday: 4, firstDay: wednesday, calendar: .weekendsOnly), wednesday.adding(days: 1))
        XCTAssertEqual(ScheduleRules.day(week: 3, weekday: 1, firstDay: wednesday, calendar: .weekendsOnly), LocalDate(year: 2026, month: 8, day: 17))
        for activity in DefaultActivity.allCases {
            XCTAssertEqual(TemplateActivityRules.problems(week: activity.week, weekday: activity.weekday, minutes: activity.minutes, title: nil), [:])
        }
        XCTAssertEqual(TemplateActivityRules.problems(week: 0, weekday: 1, minutes: 60, title: nil), [.week: .weekOutOfRange])
        XCTAssertEqual(TemplateActivityRules.problems(week: 2, weekday: 6, minutes: 60, title: nil), [.weekday: .weekdayOutOfRange])
        XCTAssertEqual(TemplateActivityRules.problems(week: 2, weekday: 2, minutes: 5, title: nil), [.minutes: .minutesOutOfRange])
        XCTAssertEqual(TemplateActivityRules.problems(week: 2, weekday: 2, minutes: 60, title: ""), [.title: .titleMissing])
    }

    func testOnlyMissingActivitiesStillAheadAreAdded() {
        let template = [
            Replanning.TemplateActivity(matchKeys: ["a"], week: 1, weekday: 2),
            Replanning.TemplateActivity(matchKeys: ["b"], week: 4, weekday: 2),
            Replanning.TemplateActivity(matchKeys: ["c"], week: 5, weekday: 2),
            Replanning.TemplateActivity(matchKeys: ["d"], week: 20, weekday: 2),
        ]
        let added = Replanning.activitiesToAdd(existing: [["c"]], template: template, firstDay: wednesday,
                                               introductionEnds: wednesday.adding(months: 3), today: wednesday.adding(weeks: 2),
                                               calendar: .weekendsOnly)
        XCTAssertEqual(added.map(\.templateActivity), [1], "a is past, c is there, d is after the introduction")
        XCTAssertEqual(added.first?.day, ScheduleRules.day(week: 4, weekday: 2, firstDay: wednesday, calendar: .weekendsOnly))
    }
}
