import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class EvaluationTests: AppTestCase {
    func testMenteeAndMentorAnswerSeparatelyAndTheCoordinatorSeesTotalsOnly() async throws {
        let programme = try await programme(of: "ida")
        let t = Language.da.texts
        let ida = try await signedIn("ida")
        let list = try await ida.get(SiteURL.evaluations(programme.id).path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.evaluationKind(.threeMonths))))
        XCTAssertTrue(list.contains(SiteURL.evaluation(programme.id, .threeMonths).path), "open after about three months")
        XCTAssertFalse(list.contains(SiteURL.evaluation(programme.id, .sixMonths).path), "not open yet")

        // The coordinator is told an evaluation has waited two weeks: a fact, no content.
        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programmes.path)
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.evaluationOverdueFlag)))

        let path = SiteURL.evaluation(programme.id, .threeMonths).path
        let noRating = try await ida.post(path, ["whatWeDid": "Vi har talt meget om myndighedsrollen"])
        XCTAssertEqual(noRating.status, .unprocessableEntity)
        XCTAssertTrue(noRating.contains("Vi har talt meget om myndighedsrollen"))
        XCTAssertTrue(noRating.contains(HTMLEscape.text(t.errorRatingMissing)))
        let saved = try await ida.post(path, ["whatWeDid": "Vi har talt meget om myndighedsrollen", "rating": "4"])
        XCTAssertEqual(saved.status, .seeOther)
        let reread = try await ida.get(path)
        XCTAssertTrue(reread.contains("Vi har talt meget om myndighedsrollen"))

        // The mentor answers his own; he never reads hers.
        let thomas = try await signedIn("thomas")
        let his = try await thomas.get(path)
        XCTAssertEqual(his.status, .ok)
        XCTAssertFalse(his.contains("Vi har talt meget om myndighedsrollen"))
        XCTAssertTrue(his.contains(HTMLEscape.text(t.evaluationQuestion(.developmentSeen, forMentor: true))))

        let early = try await ida.post(SiteURL.evaluation(programme.id, .sixMonths).path, ["rating": "5"])
        XCTAssertEqual(early.status, .seeOther)
        let count = try await EvaluationAnswers.query(on: app.db).filter(\.$kind != EvaluationKind.introduction.rawValue).count()
        XCTAssertEqual(count, 1, "an evaluation that is not open yet takes no answers")

        for key in ["henrik", "karen", "sofie", "marianne"] {
            let status = try await signedIn(key).get(path).status
            XCTAssertEqual(status, .notFound, key)
        }

        // Totals: one answer is too few to show an average; five are enough.
        let few = try await marianne.get(SiteURL.evaluationTotals.path)
        XCTAssertEqual(few.status, .ok)
        XCTAssertTrue(few.contains(HTMLEscape.text(t.tooFewAnswers)))
        XCTAssertFalse(few.contains("myndighedsrollen"))
        for key in ["emma", "jonas", "laura", "frederik"] {
            let other = try await self.programme(of: key)
            let answers = EvaluationAnswers(programmeID: other.id!, authorID: other.$newcomer.id, kind: .threeMonths, role: .newcomer)
            answers.rating = 5
            try await answers.create(on: app.db)
        }
        let enough = try await marianne.get(SiteURL.evaluationTotals.path)
        XCTAssertTrue(enough.contains(HTMLEscape.text(t.averageRating(4.8))))
        XCTAssertTrue(enough.contains(HTMLEscape.text(t.ratingDistribution([0, 0, 0, 1, 4]))), "the spread of the ratings")
        XCTAssertTrue(enough.contains(HTMLEscape.text(t.answeredOf(1, total: 5))), "how many wrote to a question, never what")
        XCTAssertFalse(enough.contains("myndighedsrollen"))
        let managerTotals = try await signedIn("henrik").get(SiteURL.evaluationTotals.path).status
        XCTAssertEqual(managerTotals, .notFound)
    }

    /// Issue 20, item 5: the totals move only by closed batches of five, so the coordinator cannot
    /// read one answer off the difference between two readings, nor off an overdue flag going away.
    func testTheTotalsMoveOnlyByClosedBatchesOfFive() async throws {
        let marianne = try await signedIn("marianne")
        let t = Language.da.texts
        var answers: [EvaluationAnswers] = []
        for (n, key) in ["ida", "emma", "jonas", "laura", "frederik"].enumerated() {
            let programme = try await self.programme(of: key)
            let answer = EvaluationAnswers(programmeID: programme.id!, authorID: programme.$newcomer.id, kind: .threeMonths, role: .newcomer)
            answer.rating = n == 0 ? 1 : 5
            try await answer.create(on: app.db)
            answers.append(answer)
            if n == 3 {
                let four = try await marianne.get(SiteURL.evaluationTotals.path)
                XCTAssertTrue(four.contains(HTMLEscape.text(t.answersCounted(0, waiting: 4))), "four answers wait, none is counted")
            }
        }
        let five = try await marianne.get(SiteURL.evaluationTotals.path)
        XCTAssertTrue(five.contains(HTMLEscape.text(t.ratingDistribution([1, 0, 0, 0, 4]))))
        XCTAssertTrue(five.contains(HTMLEscape.text(t.averageRating(4.2))))

        // One answer changed after its batch closed, and a sixth answer: the figures stay as they were.
        answers[0].rating = 5
        try await answers[0].update(on: app.db)
        let jonas = try await self.programme(of: "jonas")
        let sixth = EvaluationAnswers(programmeID: jonas.id!, authorID: jonas.$mentor.id, kind: .threeMonths, role: .mentor)
        sixth.rating = 2
        try await sixth.create(on: app.db)
        let later = try await marianne.get(SiteURL.evaluationTotals.path)
        XCTAssertTrue(later.contains(HTMLEscape.text(t.ratingDistribution([1, 0, 0, 0, 4]))), "a closed batch never changes")
        XCTAssertTrue(later.contains(HTMLEscape.text(t.averageRating(4.2))))
        XCTAssertTrue(later.contains(HTMLEscape.text(t.answersCounted(0, waiting: 1))), "the mentors' answer waits")
        let batches = try await EvaluationBatch.query(on: app.db).count()
        XCTAssertEqual(batches, 1)
    }

    func testTheCoordinatorSeesTheClosingEvaluationsSheIsInvitedTo() async throws {
        let closing = try await meetings(of: "ida", .mentoringClosing).first!
        let marianne = try await signedIn("marianne")
        let before = try await marianne.get(SiteURL.programmes.path)
        XCTAssertTrue(before.contains(HTMLEscape.text(Language.da.texts.noClosingInvitations)))
        closing.startsAt = testNow.addingTimeInterval(10 * 86_400)
        try await closing.update(on: app.db)
        let after = try await marianne.get(SiteURL.programmes.path)
        XCTAssertTrue(after.contains(SiteURL.meeting(closing.id).path))
        let meetingPage = try await marianne.get(SiteURL.meeting(closing.id).path)
        XCTAssertTrue(meetingPage.contains(HTMLEscape.text(Language.da.texts.coordinatorInvitedToEvaluation(name: "Marianne Holm"))))
    }

    func testTheMenteeChoosesTheGoalsForTheDevelopmentTalk() async throws {
        let programme = try await programme(of: "ida")
        let ida = try await signedIn("ida")
        let goals = try await LearningGoal.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
        let reached = goals.first { $0.goalStatus == .reached }!
        let other = goals.first { $0.goalStatus != .reached }!
        let saved = try await ida.post(SiteURL.developmentTalkGoals(programme.id).path, ["goals[]": other.id!.uuidString])
        XCTAssertEqual(saved.status, .seeOther)
        let after = try await LearningGoal.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
        XCTAssertEqual(after.filter(\.forDevelopmentTalk).map(\.id), [other.id])
        XCTAssertFalse(after.first { $0.id == reached.id }!.forDevelopmentTalk)
        let mentor = try await signedIn("thomas").post(SiteURL.developmentTalkGoals(programme.id).path, ["goals[]": reached.id!.uuidString])
        XCTAssertEqual(mentor.status, .notFound, "only the mentee chooses")
    }
}
