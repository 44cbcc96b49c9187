import XCTest
@testable import GodstartCore

final class AlertTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 11, day: 23)

    func testAProgrammeGoesQuietAfterAMonthWithoutAMeeting() {
        XCTAssertNil(Alerts.quietFor(lastHeld: today.adding(days: -29), firstDay: today.adding(days: -200), today: today))
        XCTAssertEqual(Alerts.quietFor(lastHeld: today.adding(days: -30), firstDay: today.adding(days: -200), today: today), 30)
        XCTAssertNil(Alerts.quietFor(lastHeld: nil, firstDay: today.adding(days: -10), today: today), "a new programme is not quiet")
        XCTAssertEqual(Alerts.quietFor(lastHeld: nil, firstDay: today.adding(days: -45), today: today), 45)
        XCTAssertNil(Alerts.quietFor(lastHeld: nil, firstDay: today.adding(days: 40), today: today), "not started yet")
    }

    func testADevelopmentTalkIsDueInItsLastMonthUntilHeld() {
        XCTAssertNil(Alerts.talkDueIn(talk: today.adding(days: 31), held: false, today: today))
        XCTAssertEqual(Alerts.talkDueIn(talk: today.adding(days: 30), held: false, today: today), 30)
        XCTAssertEqual(Alerts.talkDueIn(talk: today.adding(days: -3), held: false, today: today), -3)
        XCTAssertNil(Alerts.talkDueIn(talk: today.adding(days: -3), held: true, today: today))
        XCTAssertNil(Alerts.talkDueIn(talk: nil, held: false, today: today))
    }

    func testTheMostUrgentComeFirst() {
        let a = UUID(), b = UUID(), c = UUID()
        let ordered = Alerts.ordered([
            ProgrammeAlert(kind: .checklistWaiting, programme: a, count: 3),
            ProgrammeAlert(kind: .developmentTalkDue, programme: a, count: 20),
            ProgrammeAlert(kind: .developmentTalkDue, programme: b, count: 2),
            ProgrammeAlert(kind: .meetingsOverdue, programme: c, count: 1),
            ProgrammeAlert(kind: .meetingsOverdue, programme: b, count: 4),
            ProgrammeAlert(kind: .mentorChangeAsked, programme: c),
        ])
        XCTAssertEqual(ordered.map(\.kind), [.mentorChangeAsked, .meetingsOverdue, .meetingsOverdue, .developmentTalkDue,
                                             .developmentTalkDue, .checklistWaiting])
        XCTAssertEqual(ordered[1].programme, b, "more overdue meetings first")
        XCTAssertEqual(ordered[3].programme, b, "the nearer talk first")
    }
}
