import XCTest
@testable import GodstartCore

final class PlanTests: XCTestCase {
    let standard = ProgrammeTemplate.defaults(for: .standard)
    let monday = LocalDate(year: 2026, month: 8, day: 3)

    func testLocalDateParsingRefusesImpossibleDays() {
        XCTAssertEqual(LocalDate(iso: "2026-08-03"), monday)
        XCTAssertNil(LocalDate(iso: "2026-02-30"))
        XCTAssertNil(LocalDate(iso: "3/8/2026"))
        XCTAssertNil(LocalDate(iso: ""))
        XCTAssertNotNil(LocalDate(iso: "2028-02-29"))
    }

    func testDatesAndTimesAsPeopleTypeThem() {
        XCTAssertEqual(LocalDate(typed: " 3.8.2026 "), monday)
        XCTAssertEqual(LocalDate(typed: "03-08-2026"), monday)
        XCTAssertEqual(LocalDate(typed: "3/8/2026"), monday)
        XCTAssertNil(LocalDate(typed: "31.2.2026"))
        XCTAssertNil(LocalDate(typed: "8/3/26"))
        XCTAssertEqual(LocalTime(typed: "9.15"), LocalTime(hour: 9, minute: 15))
        XCTAssertEqual(LocalTime(typed: "09:15"), LocalTime(hour: 9, minute: 15))
        XCTAssertEqual(LocalTime(typed: "14"), LocalTime(hour: 14))
        XCTAssertNil(LocalTime(typed: "25:00"))
        XCTAssertNil(LocalTime(typed: "9:5"))
    }

    func testWeekdaysAndWeekendShifts() {
        XCTAssertEqual(monday.isoWeekday, 1)
        let saturday = LocalDate(year: 2026, month: 8, day: 8)
        XCTAssertTrue(saturday.isWeekend)
        XCTAssertEqual(WorkingCalendar.weekendsOnly.onOrAfter(saturday), LocalDate(year: 2026, month: 8, day: 10))
        XCTAssertEqual(WorkingCalendar.weekendsOnly.onOrBefore(saturday), LocalDate(year: 2026, month: 8, day: 7))
    }

    func testStandardPlanFollowsTheTemplate() {
        let plan = PlanGenerator.plan(template: standard, firstDay: monday, calendar: .weekendsOnly)
        XCTAssertTrue(plan.allSatisfy { !$0.date.isWeekend }, "no meeting on a weekend")
        XCTAssertEqual(plan.map(\.date), plan.map(\.date).sorted(), "in date order")

        let intro = plan.filter { $0.kind.part == .introduction }
        XCTAssertEqual(intro.first?.kind, .introductionStart)
        XCTAssertEqual(intro.first?.date, monday)
        XCTAssertEqual(intro.last?.kind, .introductionClosing)
        let status = intro.filter { $0.kind == .statusMeeting }
        XCTAssertEqual(status.first?.date, monday.adding(weeks: 2))
        for (a, b) in zip(status, status.dropFirst()) { XCTAssertEqual(a.date.days(until: b.date), 14) }
        // Three months: status meetings in weeks 2, 4, ... 10, then the closing meeting in week 13.
        XCTAssertEqual(status.count, 5, "weeks 2-10; week 12 is the closing meeting's week")
        XCTAssertLessThan(intro.last!.date, LocalDate(year: 2026, month: 11, day: 3))

        let mentoring = plan.filter { $0.kind.part == .mentoring }
        XCTAssertEqual(mentoring.first?.kind, .mentoringStart)
        XCTAssertEqual(mentoring.first?.date, LocalDate(year: 2026, month: 11, day: 3))
        XCTAssertEqual(mentoring.last?.kind, .mentoringClosing)
        let dialogue = mentoring.filter { $0.kind == .dialogueMeeting }
        let gaps = zip(dialogue, dialogue.dropFirst()).map { $0.date.days(until: $1.date) }
        // Weekly for the first six weeks (start meeting + five weekly), then every second week.
        // Weeks 1-6 weekly (the start meeting and five dialogue meetings), then every second week.
        XCTAssertEqual(dialogue.count(where: { mentoring.first!.date.days(until: $0.date) < 42 }), 5)
        XCTAssertEqual(Array(gaps.prefix(4)), [7, 7, 7, 7])
        XCTAssertTrue(gaps.dropFirst(4).allSatisfy { (13...15).contains($0) }, "\(gaps)")
        XCTAssertEqual(mentoring.first!.date.days(until: dialogue.first!.date), 7)

        let talk = plan.last!
        XCTAssertEqual(talk.kind, .developmentTalk)
        XCTAssertEqual(talk.date, LocalDate(year: 2027, month: 8, day: 3))
        XCTAssertGreaterThan(talk.date, mentoring.last!.date)
    }

    func testLengthsAndCadenceComeFromTheTemplate() {
        var template = standard
        template.introductionMonths = 6
        template.statusMeetingEveryWeeks = 3
        template.developmentTalkAtMonths = 15
        let plan = PlanGenerator.plan(template: template, firstDay: monday, calendar: .weekendsOnly)
        let mentoringStart = plan.first { $0.kind == .mentoringStart }!
        XCTAssertEqual(mentoringStart.date, LocalDate(year: 2027, month: 2, day: 3))
        let status = plan.filter { $0.kind == .statusMeeting }
        XCTAssertEqual(status[0].date.days(until: status[1].date), 21)
        XCTAssertEqual(plan.last!.date, LocalDate(year: 2027, month: 11, day: 3))
        XCTAssertNil(template.problem)
        template.introductionMonths = 0
        XCTAssertEqual(template.problem, .introductionLength)
    }

    func testAWeekendFirstDayStartsOnMonday() {
        let plan = PlanGenerator.plan(template: standard, firstDay: LocalDate(year: 2026, month: 8, day: 1), calendar: .weekendsOnly)
        XCTAssertEqual(plan.first?.date, monday)
    }

    func testMeetingTimesAreLocalAcrossDaylightSaving() {
        let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!
        let winter = LocalDate(year: 2026, month: 3, day: 27).instant(at: LocalTime(hour: 10), in: copenhagen)
        let summer = LocalDate(year: 2026, month: 3, day: 30).instant(at: LocalTime(hour: 10), in: copenhagen)
        let utc = TimeZone(identifier: "UTC")!
        XCTAssertEqual(LocalTime(winter, in: utc), LocalTime(hour: 9))
        XCTAssertEqual(LocalTime(summer, in: utc), LocalTime(hour: 8))
        XCTAssertEqual(LocalTime(summer, in: copenhagen), LocalTime(hour: 10))
        // Late evening UTC is already the next day in Copenhagen.
        let lateUTC = LocalDate(year: 2026, month: 6, day: 1).instant(at: LocalTime(hour: 23, minute: 30), in: utc)
        XCTAssertEqual(LocalDate(lateUTC, in: copenhagen), LocalDate(year: 2026, month: 6, day: 2))
    }

    func testVariantsDiffer() {
        let temporary = PlanGenerator.plan(template: .defaults(for: .temporaryHire), firstDay: monday, calendar: .weekendsOnly)
        let experienced = PlanGenerator.plan(template: .defaults(for: .experiencedHire), firstDay: monday, calendar: .weekendsOnly)
        let standardPlan = PlanGenerator.plan(template: standard, firstDay: monday, calendar: .weekendsOnly)
        XCTAssertLessThan(temporary.count, standardPlan.count)
        XCTAssertLessThan(experienced.filter { $0.kind.part == .introduction }.count,
                          standardPlan.filter { $0.kind.part == .introduction }.count)
        for variant in ProgrammeVariant.allCases { XCTAssertNil(ProgrammeTemplate.defaults(for: variant).problem) }
    }

    func testStageThroughTheYear() {
        let plan = PlanGenerator.plan(template: standard, firstDay: monday, calendar: .weekendsOnly)
        let m = PlanGenerator.milestones(template: standard, firstDay: monday, calendar: .weekendsOnly)
        let introClosing = plan.first { $0.kind == .introductionClosing }!.date
        let mentoringClosing = plan.first { $0.kind == .mentoringClosing }!.date
        func stage(_ day: LocalDate, held: Bool = false, ended: Bool = false) -> ProgrammeStage {
            ProgrammeStage.on(day, milestones: m, introductionClosing: introClosing, mentoringClosing: mentoringClosing,
                              developmentTalkHeld: held, ended: ended)
        }
        XCTAssertEqual(stage(monday.adding(days: -3)), ProgrammeStage(part: .introduction, phase: .preparation))
        XCTAssertEqual(stage(monday), ProgrammeStage(part: .introduction, phase: .start))
        XCTAssertEqual(stage(monday.adding(weeks: 5)), ProgrammeStage(part: .introduction, phase: .learning))
        XCTAssertEqual(stage(introClosing), ProgrammeStage(part: .introduction, phase: .closing))
        XCTAssertEqual(stage(m.mentoringStart), ProgrammeStage(part: .mentoring, phase: .start))
        XCTAssertEqual(stage(m.mentoringStart.adding(weeks: 10)), ProgrammeStage(part: .mentoring, phase: .learning))
        XCTAssertEqual(stage(mentoringClosing), ProgrammeStage(part: .mentoring, phase: .closing))
        XCTAssertEqual(stage(m.developmentTalk), ProgrammeStage(part: .developmentTalk, phase: nil))
        XCTAssertEqual(stage(m.developmentTalk, held: true).part, .finished)
        XCTAssertEqual(stage(monday.adding(weeks: 5), ended: true).part, .finished)
        XCTAssertEqual(stage(m.developmentTalk.adding(days: 60)).part, .finished)
    }
}
