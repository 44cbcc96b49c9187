import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class OverviewTests: AppTestCase {
    let t = Language.da.texts

    func testTheCoordinatorFiltersTheOverviewByUnitAndPart() async throws {
        let marianne = try await signedIn("marianne")
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let byUnit = try await marianne.get(SiteURL.programmes.path + "?unit=\(unit.id!.uuidString.lowercased())&part=")
        XCTAssertEqual(byUnit.status, .ok)
        XCTAssertTrue(byUnit.contains("Emma Rasmussen") && byUnit.contains("Ida Christensen"))
        XCTAssertFalse(byUnit.contains("Jonas Poulsen"), "Jonas is in another unit")
        XCTAssertTrue(byUnit.contains("<option value=\"\(unit.id!.uuidString.lowercased())\" selected>"), "the filter shows what was chosen")

        let mentoring = try await marianne.get(SiteURL.programmes.path + "?unit=&part=mentoring")
        XCTAssertTrue(mentoring.contains("Ida Christensen"))
        for name in ["Emma Rasmussen", "Jonas Poulsen", "Laura Thomsen", "Frederik Larsen"] {
            XCTAssertFalse(mentoring.contains(">\(name)<"), name)
        }
        let finished = try await marianne.get(SiteURL.programmes.path + "?part=finished")
        XCTAssertTrue(finished.contains("Frederik Larsen"))

        let none = try await marianne.get(SiteURL.programmes.path + "?unit=\(unit.id!.uuidString)&part=finished")
        XCTAssertTrue(none.contains(HTMLEscape.text(t.noProgrammesMatch)))
        let nonsense = try await marianne.get(SiteURL.programmes.path + "?unit=nowhere&part=someday")
        XCTAssertTrue(nonsense.contains("Jonas Poulsen") && nonsense.contains("Emma Rasmussen"), "unknown filters show everything")
    }

    func testTheAlertListPutsTheMostUrgentFirst() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programmes.path)
        guard let start = page.body.range(of: "id=\"alerts-heading\""),
              let end = page.body.range(of: "</section>", range: start.upperBound..<page.body.endIndex) else {
            return XCTFail("no alert list")
        }
        let section = String(page.body[start.upperBound..<end.lowerBound])
        // The demo leaves Ida's latest meeting unmarked and Jonas with one checklist item waiting.
        let overdue = try XCTUnwrap(section.range(of: HTMLEscape.text(t.overdueMeetings(1))))
        let waiting = try XCTUnwrap(section.range(of: HTMLEscape.text(t.checklistWaitingFlag(1))))
        XCTAssertLessThan(overdue.lowerBound, waiting.lowerBound, "an overdue meeting before a waiting item")
        XCTAssertFalse(section.contains("Frederik Larsen"), "a finished programme needs nothing")
    }

    func testTheOverviewReadsTheRunningAndTheLatelyEndedNotTheWholeHistory() async throws {
        let frederik = try await programme(of: "frederik")
        frederik.endedAt = testNow.addingTimeInterval(-Double(CoordinatorHomePage.endedShownForDays + 1) * 86_400)
        try await frederik.update(on: app.db)
        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programmes.path)
        XCTAssertFalse(overview.contains(">Frederik Larsen<"), "ended long ago: not in the everyday overview")
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.overviewEndedHint(months: 18))))
        XCTAssertTrue(overview.contains("Emma Rasmussen"))
        let finished = try await marianne.get(SiteURL.programmes.path + "?part=finished")
        XCTAssertTrue(finished.contains("Frederik Larsen"), "still found under finished")
    }

    func testAManagerReadsTheirOwnNewHiresNotTheWholeOverview() async throws {
        let henrik = try await signedIn("henrik")
        let overview = try await henrik.get(SiteURL.programmes.path)
        XCTAssertEqual(overview.status, .notFound)
        let team = try await henrik.get(SiteURL.team.path)
        XCTAssertEqual(team.status, .ok)
    }

    func testHoldingTheDevelopmentTalkEndsTheProgramme() async throws {
        let ida = try await programme(of: "ida")
        let mentoringBefore = try await AssignmentCandidates.load(ida.$organisation.id, now: testNow, on: app.db).candidates[ida.$mentor.id]?.mentoring
        let talk = try await meetings(of: "ida", .developmentTalk).first!
        talk.startsAt = testNow.addingTimeInterval(-3600)
        try await talk.update(on: app.db)
        let henrik = try await signedIn("henrik")
        let held = try await henrik.post(SiteURL.meetingHeld(talk.id).path, ["held": "yes"])
        XCTAssertEqual(held.status, .seeOther)
        let ended = try await Programme.find(ida.id, on: app.db)!
        XCTAssertEqual(ended.endedAt, testNow, "the talk held ends the programme")
        let mentoringAfter = try await AssignmentCandidates.load(ida.$organisation.id, now: testNow, on: app.db).candidates[ida.$mentor.id]?.mentoring
        XCTAssertEqual(mentoringAfter, (mentoringBefore ?? 0) - 1, "her mentor is free for another new hire")
        let marianne = try await signedIn("marianne")
        let finished = try await marianne.get(SiteURL.programmes.path + "?part=finished")
        XCTAssertTrue(finished.contains("Ida Christensen"))
    }
}
