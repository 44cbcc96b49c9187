import XCTest
@testable import GodstartCore

final class EvaluationAggregateTests: XCTestCase {
    func testTheSpreadAndTheAnswersPerQuestionAreShownFromFiveAnswersUp() {
        let four = EvaluationAggregate.of(.threeMonths, ratings: [5, 4, 4, 2], answers: [["whatWeDid": "Meget"], [:], [:], [:]])
        XCTAssertEqual(four.count, 4)
        XCTAssertNil(four.average)
        XCTAssertNil(four.ratingCounts, "four answers could point at a person")
        XCTAssertNil(four.answeredPerQuestion)

        let five = EvaluationAggregate.of(.threeMonths, ratings: [5, 4, 4, 2, 5],
                                          answers: [["whatWeDid": "Meget", "ownPart": " "], ["whatWeDid": "Lidt"], [:], [:], ["ownPart": "Ja"]])
        XCTAssertEqual(five.ratingCounts, [0, 1, 0, 2, 2])
        XCTAssertEqual(five.average, 4)
        XCTAssertEqual(five.answeredPerQuestion?.map(\.question), EvaluationKind.threeMonths.questions)
        XCTAssertEqual(five.answeredPerQuestion?.map(\.count), [2, 0, 1, 0], "a blank answer is not an answer")
    }
}
