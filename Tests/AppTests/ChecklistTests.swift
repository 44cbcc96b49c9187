import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class ChecklistAppTests: AppTestCase {
    func item(_ key: DefaultChecklistItem, of newcomer: String) async throws -> ChecklistItem {
        let programme = try await programme(of: newcomer)
        return try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!)
            .filter(\.$templateKey == key.rawValue).first()!
    }

    func testEveryoneInTheIntroductionSeesTheChecklistAndEachTicksOffWhatIsTheirs() async throws {
        let programme = try await programme(of: "jonas")
        let path = SiteURL.checklist(programme.id).path
        let t = Language.da.texts
        let jonas = try await signedIn("jonas")
        let page = try await jonas.get(path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.checklistItem(.shadowing))))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.checklistWaiting)), "the demo leaves one item waiting")

        // The new hire ticks an item off; the buddy only the social tasks.
        let legislation = try await item(.legislationAndGuidelines, of: "jonas")
        let covered = try await jonas.post(SiteURL.checklistItemCovered(legislation.id).path, ["covered": "yes"])
        XCTAssertEqual(covered.status, .seeOther)
        let after = try await ChecklistItem.find(legislation.id, on: app.db)!
        XCTAssertEqual(after.state, .covered)
        let jonasID = try await person("jonas").id
        XCTAssertEqual(after.$coveredBy.id, jonasID)
        let mikkel = try await signedIn("mikkel")
        let buddyRefused = try await mikkel.post(SiteURL.checklistItemCovered(legislation.id).path, ["covered": "no"])
        XCTAssertEqual(buddyRefused.status, .notFound)
        let social = try await item(.inviteToSocialEvents, of: "jonas")
        let buddyTicks = try await mikkel.post(SiteURL.checklistItemCovered(social.id).path, ["covered": "yes"])
        XCTAssertEqual(buddyTicks.status, .seeOther)

        // The new hire does not adapt the plan; the contact person does.
        let adaptRefused = try await jonas.get(SiteURL.checklistItem(legislation.id).path)
        XCTAssertEqual(adaptRefused.status, .notFound)
        let mette = try await signedIn("mette")
        let adaptPage = try await mette.get(SiteURL.checklistItem(legislation.id).path)
        XCTAssertEqual(adaptPage.status, .ok)

        // Mentor (only in the mentoring) reads; colleagues get nothing.
        let rasmus = try await signedIn("rasmus").get(path).status
        XCTAssertEqual(rasmus, .notFound)
        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programmes.path)
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.checklistWaitingFlag(1))))
        XCTAssertEqual(overview.body.components(separatedBy: HTMLEscape.text(t.checklistWaitingFlag(1))).count - 1, 2,
                       "once in the alert list and once in the programme's row")
        let coordinatorCovers = try await marianne.post(SiteURL.checklistItemCovered(legislation.id).path, ["covered": "no"])
        XCTAssertEqual(coordinatorCovers.status, .notFound)
    }

    func testTheContactPersonMovesAWindowWithAReasonAndSetsAnItemAside() async throws {
        let programme = try await programme(of: "jonas")
        let t = Language.da.texts
        let mette = try await signedIn("mette")
        let item = try await item(.partnersVisited, of: "jonas")
        let path = SiteURL.checklistItem(item.id).path

        let noReason = try await mette.post(path, ["from": "2026-12-07", "to": "2026-12-18", "reason": ""])
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        XCTAssertTrue(noReason.contains(HTMLEscape.text(t.errorReasonMissing)))
        XCTAssertTrue(noReason.contains("2026-12-18"), "what was typed is kept")
        let backwards = try await mette.post(path, ["from": "2026-12-18", "to": "2026-12-07", "reason": "Ferie"])
        XCTAssertTrue(backwards.contains(HTMLEscape.text(t.errorWindowEndBeforeStart)))
        let moved = try await mette.post(path, ["from": "7.12.2026", "to": "18.12.2026", "reason": "Samarbejdspartnerne holder lukket i uge 48"])
        XCTAssertEqual(moved.status, .seeOther)
        let after = try await ChecklistItem.find(item.id, on: app.db)!
        XCTAssertEqual(after.windowTo, "2026-12-18")
        XCTAssertEqual(after.windowMovedReason, "Samarbejdspartnerne holder lukket i uge 48")

        let aside = try await mette.post(path, ["setAside": "yes", "reason": "Kender dem fra sin praktik"])
        XCTAssertEqual(aside.status, .seeOther)
        let setAside = try await ChecklistItem.find(item.id, on: app.db)!
        XCTAssertEqual(setAside.state, .notRelevant)
        let list = try await mette.get(SiteURL.checklist(programme.id).path)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.checklistNotRelevant(reason: "Kender dem fra sin praktik"))))

        let added = try await mette.post(SiteURL.checklist(programme.id).path,
                                         ["title": "Besøg på krisecentret", "from": "2026-12-01", "to": "2026-12-11", "responsible": "contactPerson"])
        XCTAssertEqual(added.status, .seeOther)
        let refused = try await mette.post(SiteURL.checklist(programme.id).path,
                                           ["title": "Besøg på krisecentret", "from": "2026-12-01", "to": "2027-09-01", "responsible": "contactPerson"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorWindowOutsideProgramme)))
        let newcomerAdds = try await signedIn("jonas").post(SiteURL.checklist(programme.id).path, ["title": "x", "from": "2026-12-01", "to": "2026-12-11", "responsible": "newcomer"])
        XCTAssertEqual(newcomerAdds.status, .notFound)
    }

    func testAnItemNotCoveredBecomesALearningGoalOfTheMentoring() async throws {
        let t = Language.da.texts
        let programme = try await programme(of: "jonas")
        let closing = try await meetings(of: "jonas", .introductionClosing).first!
        let mette = try await signedIn("mette")
        let before = try await mette.get(SiteURL.meeting(closing.id).path)
        let openCount = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!).all().filter { $0.state == .open }.count
        XCTAssertTrue(before.contains(HTMLEscape.text(t.uncoveredAtClosing(openCount))))

        let waiting = try await item(.caseSystem, of: "jonas")
        let moved = try await mette.post(SiteURL.checklistItemToMentoring(waiting.id).path, [:])
        XCTAssertEqual(moved.status, .seeOther)
        let after = try await ChecklistItem.find(waiting.id, on: app.db)!
        XCTAssertEqual(after.state, .movedToMentoring)
        let goal = try await LearningGoal.find(after.$movedToLearningGoal.id, on: app.db)!
        XCTAssertEqual(goal.ownTitle, t.checklistItem(.caseSystem))
        let overview = try await signedIn("marianne").get(SiteURL.programmes.path)
        XCTAssertFalse(overview.contains(HTMLEscape.text(t.checklistWaitingFlag(1))), "nothing waits any more")
        let again = try await mette.post(SiteURL.checklistItemToMentoring(waiting.id).path, [:])
        XCTAssertEqual(again.status, .notFound, "only an open item moves")
        let newcomerMoves = try await signedIn("jonas").post(SiteURL.checklistItemToMentoring(try await item(.shadowing, of: "jonas").id).path, [:])
        XCTAssertEqual(newcomerMoves.status, .notFound)

        // Removing the goal opens the item again.
        _ = try await mette.post(SiteURL.learningGoalRemoval(goal.id).path, [:])
        let reopened = try await ChecklistItem.find(waiting.id, on: app.db)!
        XCTAssertEqual(reopened.state, .open)
    }

    func testWhoDoesWhatNamesEveryRoleAndTheHandOver() async throws {
        let t = Language.da.texts
        let programme = try await programme(of: "jonas")
        let page = try await signedIn("jonas").get(SiteURL.whoDoesWhat(programme.id).path)
        XCTAssertEqual(page.status, .ok)
        for role in ProgrammeRole.allCases { XCTAssertTrue(page.contains(HTMLEscape.text(t.roleDuty(role))), "\(role)") }
        XCTAssertTrue(page.contains("Mette Lund"))
        XCTAssertTrue(page.contains("Marianne Holm"))
        let handOver = try await meetings(of: "jonas", .mentoringStart).first!
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        XCTAssertTrue(page.contains(HTMLEscape.text(t.roleSwitch(name: "Mette Lund", date: DateText(language: .da, timeZone: tz).day(handOver.startsAt)))))
        let stranger = try await signedIn("rasmus").get(SiteURL.whoDoesWhat(programme.id).path).status
        XCTAssertEqual(stranger, .notFound)
        let ida = try await self.programme(of: "ida")
        let noSwitch = try await signedIn("ida").get(SiteURL.whoDoesWhat(ida.id).path)
        XCTAssertFalse(noSwitch.contains("notice"), "Ida's contact person and mentor are two people")
    }

    func testTheBuddySeesTheSocialTasksAtHome() async throws {
        let t = Language.da.texts
        let home = try await signedIn("mikkel").get(SiteURL.myNewcomers.path)
        XCTAssertTrue(home.contains(HTMLEscape.text(t.socialTasksTitle)))
        XCTAssertTrue(home.contains(HTMLEscape.text(t.checklistItem(.lunchInWeekOne))))
        XCTAssertFalse(home.contains(HTMLEscape.text(t.checklistItem(.caseSystem))), "only the social tasks")
        let contactHome = try await signedIn("karen").get(SiteURL.myNewcomers.path)
        XCTAssertFalse(contactHome.contains(HTMLEscape.text(t.socialTasksTitle)))
    }
}
