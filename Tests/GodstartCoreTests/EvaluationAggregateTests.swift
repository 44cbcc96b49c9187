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

    /// Issue 20, item 5: the figures are the closed batches' sum; answers waiting are only counted.
    func testTheFiguresAreTheSumOfClosedBatchesOfFive() {
        XCTAssertEqual(EvaluationBatches.toClose(waiting: 4), 0)
        XCTAssertEqual(EvaluationBatches.toClose(waiting: 5), 1)
        XCTAssertEqual(EvaluationBatches.toClose(waiting: 14), 2)
        let first = EvaluationFigures.of(ratings: [5, 4, 4, 2, 5], answers: [["whatWeDid": "Meget", "ownPart": " "], [:], [:], [:], [:]])
        let second = EvaluationFigures.of(ratings: [3, 3, 3, 3, 3], answers: [["whatWeDid": "Lidt"], [:], [:], [:], [:]])
        let sum = first + second
        XCTAssertEqual(sum.answers, 10)
        XCTAssertEqual(sum.ratingCounts, [0, 1, 5, 2, 2])
        XCTAssertEqual(sum.answeredPerQuestion, ["whatWeDid": 2])
        let aggregate = EvaluationAggregate.of(.threeMonths, published: sum, waiting: 3)
        XCTAssertEqual(aggregate.count, 10)
        XCTAssertEqual(aggregate.waiting, 3)
        XCTAssertEqual(aggregate.average, 3.5)
        XCTAssertEqual(aggregate.answeredPerQuestion?.map(\.count), [2, 0, 0, 0])
        let nothingClosed = EvaluationAggregate.of(.threeMonths, published: EvaluationFigures(), waiting: 4)
        XCTAssertNil(nothingClosed.average)
        XCTAssertNil(nothingClosed.ratingCounts)
        XCTAssertEqual(nothingClosed.waiting, 4)
    }
}
