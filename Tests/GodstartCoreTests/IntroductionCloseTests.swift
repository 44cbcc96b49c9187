import XCTest
@testable import GodstartCore

final class IntroductionCloseTests: XCTestCase {
    let monday = LocalDate(year: 2026, month: 8, day: 3)

    func testTheNewHireAndTheContactPersonAnswerTheIntroductionsEvaluation() {
        XCTAssertEqual(EvaluationKind.introduction.respondents, [.newcomer, .contactPerson])
        XCTAssertEqual(EvaluationKind.threeMonths.respondents, [.newcomer, .mentor])
        XCTAssertEqual(EvaluationRules.respondentRole([.newcomer], .introduction), .newcomer)
        XCTAssertEqual(EvaluationRules.respondentRole([.newcomer], .closing), .newcomer)
        // A contact person who is also the mentor answers each half in its own part.
        XCTAssertEqual(EvaluationRules.respondentRole([.contactPerson, .mentor], .introduction), .contactPerson)
        XCTAssertEqual(EvaluationRules.respondentRole([.contactPerson, .mentor], .threeMonths), .mentor)
        XCTAssertNil(EvaluationRules.respondentRole([.contactPerson], .sixMonths))
        XCTAssertNil(EvaluationRules.respondentRole([.mentor], .introduction))
        for others: Set<ProgrammeRelation> in [[.manager], [.coordinator], [.buddy], [.colleague]] {
            for kind in EvaluationKind.allCases { XCTAssertNil(EvaluationRules.respondentRole(others, kind)) }
        }
        XCTAssertEqual(EvaluationKind.introduction.questions.count, 4, "a short question set")
        XCTAssertTrue(EvaluationKind.of(firstDay: monday, closingMeeting: monday.adding(months: 12)).contains(.introduction))
    }

    func testTheIntroductionsEvaluationOpensAWeekBeforeItsClosingMeeting() {
        let closing = monday.adding(weeks: 12)
        XCTAssertEqual(EvaluationKind.introduction.opensOn(firstDay: monday, closingMeeting: nil, introductionClosing: closing), closing.adding(days: -7))
        XCTAssertEqual(EvaluationRules.state(.introduction, answered: false, firstDay: monday, closingMeeting: nil,
                                             introductionClosing: closing, today: closing.adding(days: -8)),
                       .notOpenYet(opens: closing.adding(days: -7)))
        XCTAssertEqual(EvaluationRules.state(.introduction, answered: false, firstDay: monday, closingMeeting: nil,
                                             introductionClosing: closing, today: closing),
                       .open(since: closing.adding(days: -7)))
    }

    func testTheContactPersonOrTheManagerStartsTheMentoring() {
        XCTAssertTrue(MentoringStartRules.mayStart([.contactPerson]))
        XCTAssertTrue(MentoringStartRules.mayStart([.manager]))
        XCTAssertTrue(MentoringStartRules.mayStart([.contactPerson, .mentor]))
        for others: Set<ProgrammeRelation> in [[.newcomer], [.mentor], [.buddy], [.coordinator], [.admin], [.colleague]] {
            XCTAssertFalse(MentoringStartRules.mayStart(others), "\(others)")
        }
        let today = monday.adding(weeks: 12)
        XCTAssertEqual(MentoringStartRules.problem(startMeeting: today.adding(days: -1), today: today, mentoringClosing: nil), .startInThePast)
        XCTAssertNil(MentoringStartRules.problem(startMeeting: today, today: today, mentoringClosing: today.adding(months: 9)))
        XCTAssertEqual(MentoringStartRules.problem(startMeeting: today.adding(months: 9), today: today, mentoringClosing: today.adding(months: 9)),
                       .startAfterMentoringClosing)
    }
}
