import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class LearningGoalTests: AppTestCase {
    private func goals(_ programmeID: UUID?) async throws -> [LearningGoal] {
        try await LearningGoal.query(on: app.db).filter(\.$programme.$id == programmeID!).sort(\.$createdAt).all()
    }

    func testMenteeAndMentorKeepGoalsWithStatusRoleAndMeetings() async throws {
        let programme = try await programme(of: "laura")
        let t = Language.da.texts
        let laura = try await signedIn("laura")
        let list = try await laura.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.typicalLearningGoal(.authorityRole))), "the catalogue is offered")

        let catalogue = try await CatalogueEntry.query(on: app.db).filter(\.$typicalKey == TypicalLearningGoal.authorityRole.rawValue).first()
        let added = try await laura.post(SiteURL.learningGoals(programme.id).path, ["source": "catalogue", "catalogue": catalogue!.id!.uuidString])
        XCTAssertEqual(added.status, .seeOther)
        let again = try await laura.post(SiteURL.learningGoals(programme.id).path, ["source": "catalogue", "catalogue": catalogue!.id!.uuidString])
        XCTAssertEqual(again.status, .unprocessableEntity)
        XCTAssertTrue(again.contains(HTMLEscape.text(t.errorGoalAlreadyChosen)))

        let empty = try await laura.post(SiteURL.learningGoals(programme.id).path, ["source": "own", "own": "  "])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.contains(HTMLEscape.text(t.errorGoalTitleMissing)))
        _ = try await laura.post(SiteURL.learningGoals(programme.id).path, ["source": "own", "own": "Holde netværksmøde alene"])
        var all = try await goals(programme.id)
        XCTAssertEqual(all.count, 2)

        // The mentor works on the goal: status, role, and the meetings it was worked on in.
        let meeting = try await meetings(of: "laura", .dialogueMeeting).first!
        let notYet = try await meetings(of: "laura", .dialogueMeeting).last!
        meeting.startsAt = testNow.addingTimeInterval(-86_400)  // the goal can be worked on in a meeting that took place
        try await meeting.update(on: app.db)
        let thomas = try await signedIn("thomas")
        let saved = try await thomas.post(SiteURL.learningGoal(all[1].id).path, [
            "title": "Holde netværksmøde alene", "status": "inProgress", "role[]": "coach", "note": "Vi øver dagsordenen",
            "meetings[]": meeting.id!.uuidString, "talk": "on",
        ])
        let future = try await thomas.post(SiteURL.learningGoal(all[1].id).path, [
            "title": "Holde netværksmøde alene", "status": "inProgress", "role[]": "coach", "note": "Vi øver dagsordenen",
            "meetings[]": notYet.id!.uuidString,
        ])
        XCTAssertEqual(future.status, .seeOther)
        let futureLinks = try await LearningGoalMeeting.query(on: app.db).filter(\.$meeting.$id == notYet.id!).count()
        XCTAssertEqual(futureLinks, 0, "a meeting that has not taken place cannot have worked on a goal")
        _ = try await thomas.post(SiteURL.learningGoal(all[1].id).path, [
            "title": "Holde netværksmøde alene", "status": "inProgress", "role[]": "coach", "note": "Vi øver dagsordenen",
            "meetings[]": meeting.id!.uuidString,
        ])
        XCTAssertEqual(saved.status, .seeOther)
        all = try await goals(programme.id)
        XCTAssertEqual(all[1].goalStatus, .inProgress)
        XCTAssertEqual(all[1].roles, [.coach])
        // Several roles for one goal: the seed's methods are not exclusive.
        let both = try await thomas.post(SiteURL.learningGoal(all[1].id).path, pairs: [
            ("title", "Holde netværksmøde alene"), ("status", "inProgress"), ("role[]", "coach"), ("role[]", MentorRole.allCases.last!.rawValue),
            ("note", "Vi øver dagsordenen"), ("meetings[]", meeting.id!.uuidString),
        ])
        XCTAssertEqual(both.status, .seeOther)
        let twoRoles = try await goals(programme.id)[1].roles
        XCTAssertEqual(twoRoles, [.coach, MentorRole.allCases.last!])
        XCTAssertFalse(all[1].forDevelopmentTalk, "only the mentee brings a goal to the development talk")
        let links = try await LearningGoalMeeting.query(on: app.db).filter(\.$goal.$id == all[1].id!).all()
        XCTAssertEqual(links.map { $0.$meeting.id }, [meeting.id!])
        let meetingPage = try await laura.get(SiteURL.meeting(meeting.id).path)
        XCTAssertTrue(meetingPage.contains("Holde netværksmøde alene"), "the meeting lists the goals worked on in it")
        let managerMeetingPage = try await signedIn("jens").get(SiteURL.meeting(meeting.id).path)
        XCTAssertFalse(managerMeetingPage.contains("Holde netværksmøde alene"))
        let page = try await laura.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.mentorRoleName(.coach))))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.meetingCount(1))))

        // The manager sees only what the mentee brings to the development talk; never the note.
        let jens = try await signedIn("jens")
        let before = try await jens.get(SiteURL.programme(programme.id).path)
        XCTAssertFalse(before.contains("Holde netværksmøde alene"))
        _ = try await laura.post(SiteURL.learningGoal(all[1].id).path, [
            "title": "Holde netværksmøde alene", "status": "reached", "role[]": "coach", "note": "Vi øver dagsordenen", "talk": "on",
        ])
        let after = try await jens.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(after.contains("Holde netværksmøde alene"))
        XCTAssertFalse(after.contains("Vi øver dagsordenen"))
        let managerOpens = try await jens.get(SiteURL.learningGoal(all[1].id).path)
        XCTAssertEqual(managerOpens.status, .notFound)

        // The coordinator sees counts only.
        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.goalCounts(total: 2, inProgress: 0, reached: 1))))
        XCTAssertFalse(overview.contains("Holde netværksmøde alene"))
        for key in ["marianne", "birgitte", "camilla", "rasmus"] {
            let browser = try await signedIn(key)
            let list = try await browser.get(SiteURL.learningGoals(programme.id).path)
            XCTAssertEqual(list.status, .notFound, key)
            let goal = try await browser.get(SiteURL.learningGoal(all[1].id).path)
            XCTAssertEqual(goal.status, .notFound, key)
        }

        let removed = try await thomas.post(SiteURL.learningGoalRemoval(all[0].id).path, [:])
        XCTAssertEqual(removed.status, .seeOther)
        let remaining = try await goals(programme.id).count
        XCTAssertEqual(remaining, 1)
    }

    func testTheCoordinatorKeepsTheCatalogueInThreeLanguages() async throws {
        let marianne = try await signedIn("marianne")
        let t = Language.da.texts
        let page = try await marianne.get(SiteURL.catalogue.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.sv.texts.typicalLearningGoal(.practiceShock))))

        let refused = try await marianne.post(SiteURL.catalogue.path, ["da": "", "sv": "", "en": ""])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorCatalogueTitleMissing)))
        let added = try await marianne.post(SiteURL.catalogue.path, ["da": "Tvangsfjernelse", "sv": "Omhändertagande", "en": ""])
        XCTAssertEqual(added.status, .seeOther)
        let entry = try await CatalogueEntry.query(on: app.db).filter(\.$typicalKey == nil).first()
        XCTAssertEqual(entry?.titles, ["da": "Tvangsfjernelse", "sv": "Omhändertagande"])
        XCTAssertEqual(entry?.title(in: .en), "Tvangsfjernelse", "a missing language shows the Danish title")

        _ = try await marianne.post(SiteURL.catalogueRetirement(entry!.id).path, ["restore": "no"])
        let laura = try await signedIn("laura")
        let programme = try await programme(of: "laura")
        let offered = try await laura.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertFalse(offered.contains("Tvangsfjernelse"), "a retired entry is not offered")

        for key in ["laura", "thomas", "jens", "lone"] {
            let status = try await signedIn(key).get(SiteURL.catalogue.path).status
            XCTAssertEqual(status, .notFound, key)
        }
    }
}
