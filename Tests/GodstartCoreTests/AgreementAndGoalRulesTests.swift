import XCTest
@testable import GodstartCore

final class AgreementAndGoalRulesTests: XCTestCase {
    func testStatusFollowsTheTwoConfirmations() {
        XCTAssertEqual(AgreementRules.status(menteeConfirmed: false, mentorConfirmed: false), .draft)
        XCTAssertEqual(AgreementRules.status(menteeConfirmed: true, mentorConfirmed: false), .awaitingConfirmation(from: .mentor))
        XCTAssertEqual(AgreementRules.status(menteeConfirmed: false, mentorConfirmed: true), .awaitingConfirmation(from: .newcomer))
        XCTAssertEqual(AgreementRules.status(menteeConfirmed: true, mentorConfirmed: true), .confirmed)
    }

    func testAChangeAfterAnyoneConfirmedIsANewVersion() {
        let texts: [AgreementTopic: String] = [.room: "Lokale 2"]
        let changed: [AgreementTopic: String] = [.room: "Lokale 3"]
        XCTAssertEqual(AgreementRules.save(texts, latest: nil, menteeConfirmed: false, mentorConfirmed: false), .newVersion)
        XCTAssertEqual(AgreementRules.save([:], latest: nil, menteeConfirmed: false, mentorConfirmed: false), .unchanged)
        XCTAssertEqual(AgreementRules.save(texts, latest: texts, menteeConfirmed: true, mentorConfirmed: true), .unchanged)
        XCTAssertEqual(AgreementRules.save(changed, latest: texts, menteeConfirmed: false, mentorConfirmed: false), .editLatest)
        XCTAssertEqual(AgreementRules.save(changed, latest: texts, menteeConfirmed: true, mentorConfirmed: false), .newVersion)
        XCTAssertEqual(AgreementRules.save(changed, latest: texts, menteeConfirmed: false, mentorConfirmed: true), .newVersion)
        XCTAssertEqual(AgreementRules.save(changed, latest: texts, menteeConfirmed: true, mentorConfirmed: true), .newVersion)
    }

    func testEveryTopicIsInExactlyOneSection() {
        let placed = AgreementSection.allCases.flatMap(\.topics)
        XCTAssertEqual(placed.count, AgreementTopic.allCases.count)
        XCTAssertEqual(Set(placed), Set(AgreementTopic.allCases))
    }

    func testTheCatalogueAndTheRolesAreThoseOfTheSourceMaterial() {
        XCTAssertEqual(TypicalLearningGoal.allCases.count, 19)
        XCTAssertEqual(MentorRole.allCases.count, 11)
    }

    func testGoalCountsAreFactsOnly() {
        let counts = LearningGoalCounts([.notStarted, .inProgress, .reached, .reached])
        XCTAssertEqual(counts, LearningGoalCounts([.reached, .notStarted, .reached, .inProgress]))
        XCTAssertEqual(counts.total, 4)
        XCTAssertEqual(counts.inProgress, 1)
        XCTAssertEqual(counts.reached, 2)
    }

    func testAPlanRowChangeNamesTheFieldsThatChanged() {
        let before: [CompetencePlanField: String] = [.taskType: "Børnefaglig undersøgelse", .estimatedTime: "20 timer"]
        let after: [CompetencePlanField: String] = [.taskType: "Børnefaglig undersøgelse", .estimatedTime: "25 timer", .nextStep: "Alene"]
        XCTAssertEqual(CompetencePlanField.changed(from: before, to: after), [.estimatedTime, .nextStep])
        XCTAssertEqual(CompetencePlanField.changed(from: after, to: after), [])
    }
}
