import XCTest
@testable import GodstartCore

final class GatheringTests: XCTestCase {
    func testASeriesFallsOnWorkingDaysAtItsPace() {
        let saturday = LocalDate(year: 2027, month: 1, day: 9)
        XCTAssertEqual(GatheringPlan.dates(first: saturday, everyWeeks: 3, count: 3, calendar: .weekendsOnly).map(\.iso), ["2027-01-11", "2027-02-01", "2027-02-22"])
        XCTAssertEqual(GatheringKind.groupSessions.defaultCount, 6, "the six Stockholm themes")
    }

    func testEachKindInvitesItsPeopleOnceEach() {
        let org = UUID(), ida = UUID(), emma = UUID(), anne = UUID(), peter = UUID(), mette = UUID(), boss = UUID()
        let programmes = [
            ProgrammeMembers(organisation: org, newcomer: ida, contactPerson: anne, mentor: peter, buddy: nil, manager: boss),
            ProgrammeMembers(organisation: org, newcomer: emma, contactPerson: mette, mentor: mette, buddy: nil, manager: boss),
        ]
        let sessions = GatheringPlan.invitees(.groupSessions, programmes: programmes)
        XCTAssertEqual(sessions.map(\.person), [ida, emma, peter, mette])
        XCTAssertEqual(sessions.map(\.role), [.newcomer, .newcomer, .mentor, .mentor])
        let exchange = GatheringPlan.invitees(.experienceExchange, programmes: programmes)
        XCTAssertEqual(exchange.map(\.person), [anne, mette, peter], "Mette once, as contact person")
        XCTAssertFalse(GatheringPlan.invitees(.newcomerNetwork, programmes: programmes).contains { $0.person == boss })
    }

    func testTheGroupEvaluationShowsTextsWithoutNamesFromFiveAnswers() {
        let four = GroupEvaluationSummary.of(ratings: [4, 5, 3, 4], texts: ["Mere tid", "", "Gode cases", "x"])
        XCTAssertNil(four.texts)
        XCTAssertNil(four.ratingCounts)
        let five = GroupEvaluationSummary.of(ratings: [4, 5, 3, 4, 5], texts: ["Mere tid", " ", "Gode cases", "Kortere oplæg", "Mere tid"])
        XCTAssertEqual(five.ratingCounts, [0, 0, 1, 2, 2])
        XCTAssertEqual(five.texts, ["Gode cases", "Kortere oplæg", "Mere tid", "Mere tid"], "sorted, so the order says nothing of who")
        XCTAssertTrue(GatheringPlan.evaluationOpen(lastMeeting: LocalDate(year: 2027, month: 3, day: 1), today: LocalDate(year: 2027, month: 3, day: 1)))
        XCTAssertTrue(GatheringPlan.invitationsOpen(lastMeeting: LocalDate(year: 2027, month: 3, day: 1), today: LocalDate(year: 2027, month: 3, day: 1)))
        XCTAssertFalse(GatheringPlan.invitationsOpen(lastMeeting: LocalDate(year: 2027, month: 3, day: 1), today: LocalDate(year: 2027, month: 3, day: 2)))
        XCTAssertFalse(GatheringPlan.evaluationOpen(lastMeeting: LocalDate(year: 2027, month: 3, day: 1), today: LocalDate(year: 2027, month: 2, day: 28)))
    }

    /// Issue 20, item 5: the answers are shown once, together, after the evaluation has closed.
    func testTheGroupEvaluationIsShownOnlyOnceItHasClosed() {
        let last = LocalDate(year: 2027, month: 3, day: 1)
        XCTAssertTrue(GatheringPlan.evaluationOpen(lastMeeting: last, today: LocalDate(year: 2027, month: 3, day: 15)))
        XCTAssertFalse(GatheringPlan.evaluationOpen(lastMeeting: last, today: LocalDate(year: 2027, month: 3, day: 16)))
        XCTAssertFalse(GatheringPlan.evaluationPublished(lastMeeting: last, today: LocalDate(year: 2027, month: 3, day: 15)))
        XCTAssertTrue(GatheringPlan.evaluationPublished(lastMeeting: last, today: LocalDate(year: 2027, month: 3, day: 16)))
        let open = GroupEvaluationSummary.of(ratings: [4, 5, 3, 4, 5], texts: ["Mere tid"], published: false)
        XCTAssertEqual(open.count, 5)
        XCTAssertNil(open.texts)
        XCTAssertNil(open.ratingCounts)
        XCTAssertNil(open.average)
    }
}
