import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class MentoringStartAppTests: AppTestCase {
    let t = Language.da.texts
    let tz = TimeZone(identifier: "Europe/Copenhagen")!

    /// Jonas's introduction closes in three days (the demo has it later).
    func closingSoon() async throws -> Programme {
        let closing = try await meetings(of: "jonas", .introductionClosing).first!
        closing.startsAt = LocalDate(testNow, in: tz).adding(days: 3).instant(at: LocalTime(hour: 10), in: tz)
        try await closing.update(on: app.db)
        return try await programme(of: "jonas")
    }

    func testTheNewHireAndTheContactPersonEachEvaluateTheIntroduction() async throws {
        let programme = try await closingSoon()
        let path = SiteURL.evaluation(programme.id, .introduction).path
        let jonas = try await signedIn("jonas")
        let list = try await jonas.get(SiteURL.evaluations(programme.id).path)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.evaluationKind(.introduction))))
        let form = try await jonas.get(path)
        XCTAssertTrue(form.contains(HTMLEscape.text(t.introductionQuestion(.introductionWentWell, byContactPerson: false))))
        XCTAssertTrue(form.contains(HTMLEscape.text(t.introductionRatingLegend)))
        let missingRating = try await jonas.post(path, ["introductionWentWell": "Følordningen hos Rasmus"])
        XCTAssertEqual(missingRating.status, .unprocessableEntity)
        XCTAssertTrue(missingRating.contains("Følordningen hos Rasmus"), "what was typed is kept")
        let saved = try await jonas.post(path, ["introductionWentWell": "Følordningen hos Rasmus", "rating": "4"])
        XCTAssertEqual(saved.status, .seeOther)

        // Mette is contact person and mentor: she answers the introduction as contact person, in her words.
        let mette = try await signedIn("mette")
        let hers = try await mette.get(path)
        XCTAssertEqual(hers.status, .ok)
        XCTAssertTrue(hers.contains(HTMLEscape.text(t.introductionQuestion(.introductionWentWell, byContactPerson: true))))
        XCTAssertFalse(hers.contains("Følordningen hos Rasmus"), "nobody reads another's answers")
        let herSave = try await mette.post(path, ["readyForOwnCases": "Klar med sparring", "rating": "5"])
        XCTAssertEqual(herSave.status, .seeOther)
        let roles = try await EvaluationAnswers.query(on: app.db).filter(\.$programme.$id == programme.id!)
            .filter(\.$kind == EvaluationKind.introduction.rawValue).all().map(\.role).sorted()
        XCTAssertEqual(roles, ["contactPerson", "newcomer"])

        for key in ["susanne", "mikkel", "marianne"] {
            let status = try await signedIn(key).get(path).status
            XCTAssertEqual(status, .notFound, key)
        }
        let totals = try await signedIn("marianne").get(SiteURL.evaluationTotals.path)
        XCTAssertTrue(totals.contains(HTMLEscape.text(t.respondentsContactPersons)))
        XCTAssertFalse(totals.contains("Klar med sparring"))
    }

    func testTheClosingMeetingStartsTheMentoringInOneStep() async throws {
        let programme = try await closingSoon()
        let path = SiteURL.mentoringStart(programme.id).path
        let open = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!).all().filter { $0.state == .open }
        XCTAssertGreaterThan(open.count, 1)
        let caseSystem = open.first { $0.templateKey == DefaultChecklistItem.caseSystem.rawValue }!
        let partners = open.first { $0.templateKey == DefaultChecklistItem.partnersVisited.rawValue }!
        func key(_ item: ChecklistItem) -> String { item.id!.uuidString.lowercased() }

        // The new hire sees the page, not the button; the buddy and the coordinator not even the page.
        let jonas = try await signedIn("jonas")
        let newcomerPage = try await jonas.get(path)
        XCTAssertEqual(newcomerPage.status, .ok)
        XCTAssertTrue(newcomerPage.contains(HTMLEscape.text(t.onlyContactPersonOrManagerStarts)))
        let newcomerStarts = try await jonas.post(path, ["date": "2026-12-01", "time": "10:00"]).status
        XCTAssertEqual(newcomerStarts, .notFound)
        for key in ["mikkel", "marianne"] {
            let status = try await signedIn(key).get(path).status
            XCTAssertEqual(status, .notFound, key)
        }
        let closingPage = try await signedIn("susanne").get(SiteURL.meeting(try await meetings(of: "jonas", .introductionClosing).first!.id).path)
        XCTAssertTrue(closingPage.contains(HTMLEscape.text(t.openStartMentoring)))

        let mette = try await signedIn("mette")
        let page = try await mette.get(path)
        XCTAssertTrue(page.contains("action=\"\(path)\""))
        XCTAssertTrue(page.contains(HTMLEscape.text(caseSystem.title(t))))

        var fields = ["item-\(key(partners))": "close", "reason-\(key(partners))": "", "date": "2026-11-20", "time": "9.30"]
        let refused = try await mette.post(path, fields)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorReasonMissing)))
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorStartDateInPast)))
        XCTAssertTrue(refused.contains("value=\"2026-11-20\""), "what was typed is kept")
        let stillOpen = try await ChecklistItem.find(partners.id, on: app.db)!.state
        XCTAssertEqual(stillOpen, .open, "nothing is saved from a refused form")

        fields["reason-\(key(partners))"] = "Besøgene er flyttet til teamets temadag i januar"
        fields["date"] = "1.12.2026"
        let started = try await mette.post(path, fields)
        XCTAssertEqual(started.status, .seeOther)
        let programmePage = try await mette.follow(started)
        let startsAt = LocalDate(year: 2026, month: 12, day: 1).instant(at: LocalTime(hour: 9, minute: 30), in: tz)
        let flash = t.mentoringStartedFlash(mentor: "Mette Lund", date: DateText(language: .da, timeZone: tz).dayAndTime(startsAt))
        XCTAssertTrue(programmePage.contains(HTMLEscape.text(flash)))

        let items = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
        XCTAssertFalse(items.contains { $0.state == .open }, "every item is settled")
        let carried = items.first { $0.id == caseSystem.id }!
        XCTAssertEqual(carried.state, .movedToMentoring)
        let goal = try await LearningGoal.find(carried.$movedToLearningGoal.id, on: app.db)
        XCTAssertEqual(goal?.ownTitle, t.checklistItemAsGoal(.caseSystem), "a learning goal's words, not the checklist's")
        let goals = try await signedIn("jonas").get(SiteURL.learningGoals(programme.id).path)
        XCTAssertTrue(goals.contains(HTMLEscape.text(t.fromIntroductionMarker)))
        XCTAssertEqual(items.first { $0.id == partners.id }?.notRelevantReason, "Besøgene er flyttet til teamets temadag i januar")
        let closing = try await meetings(of: "jonas", .introductionClosing).first!
        XCTAssertTrue(closing.isHeld)
        let start = try await meetings(of: "jonas", .mentoringStart).first!
        XCTAssertEqual(start.startsAt, startsAt)
        XCTAssertEqual(start.plannedByHand, true)
        let startedAt = try await self.programme(of: "jonas").mentoringStartedAt
        XCTAssertEqual(startedAt, testNow)

        let after = try await mette.get(path)
        XCTAssertTrue(after.contains(HTMLEscape.text(t.mentoringStartedOn(date: DateText(language: .da, timeZone: tz).day(testNow)))))
        XCTAssertFalse(after.contains("action=\"\(path)\""), "no form once started")
        let again = try await mette.post(path, fields).status
        XCTAssertEqual(again, .notFound, "the mentoring starts once")
    }

    /// Weeks before the closing meeting, the mentoring starts only with a reason; then the closing
    /// meeting is held today, the introduction's meetings ahead are cancelled (the new hire told),
    /// and the programme is in its mentoring at once.
    func testStartingEarlyNeedsAReasonAndSettlesTheIntroduction() async throws {
        let programme = try await self.programme(of: "jonas")
        let path = SiteURL.mentoringStart(programme.id).path
        let mette = try await signedIn("mette")
        let page = try await mette.get(path)
        XCTAssertTrue(page.contains("name=\"earlyReason\""), "the reason is asked for before the closing meeting's week")
        let open = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!).all().filter { $0.state == .open }
        var fields = ["date": "2026-12-01", "time": "10:00"]
        for item in open { fields["item-\(item.id!.uuidString.lowercased())"] = "carryIntoMentoring" }
        let refused = try await mette.post(path, fields)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains("name=\"earlyReason\""))
        let aheadBefore = try await meetings(of: "jonas").filter { $0.meetingKind.part == .introduction && $0.isOpen && $0.startsAt > testNow }
        XCTAssertGreaterThan(aheadBefore.count, 1)
        fields["earlyReason"] = "Jonas har tidligere arbejdet i afdelingen og er klar nu"
        let started = try await mette.post(path, fields)
        XCTAssertEqual(started.status, .seeOther)

        let after = try await meetings(of: "jonas")
        let closing = after.first { $0.meetingKind == .introductionClosing }!
        XCTAssertTrue(closing.isHeld)
        XCTAssertLessThanOrEqual(closing.startsAt, testNow, "held on the day it really was")
        for meeting in after where aheadBefore.contains(where: { $0.id == meeting.id }) && meeting.meetingKind != .introductionClosing {
            XCTAssertTrue(meeting.isCancelled, "\(meeting.meetingKind) \(meeting.number)")
        }
        let told = try await OutboxMessage.query(on: app.db).filter(\.$toAddress == "jonas@demo.godstart.dk").count()
        XCTAssertGreaterThan(told, 0, "the new hire is told of the cancelled meetings")
        let file = try await ProgrammeQueries.file(programme.id!, on: app.db)!
        XCTAssertEqual(file.stage(now: testNow).part, .mentoring, "in the mentoring at once")
        let programmePage = try await signedIn("marianne").get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(programmePage.contains(HTMLEscape.text(t.startedEarly(reason: "Jonas har tidligere arbejdet i afdelingen og er klar nu"))))
    }
}
