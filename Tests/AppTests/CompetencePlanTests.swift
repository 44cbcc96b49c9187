import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class CompetencePlanTests: AppTestCase {
    func testRowsAreEditedTogetherWithAHistoryAndSharedWithTheManagerOnlyByTheMentee() async throws {
        let programme = try await programme(of: "laura")
        let path = SiteURL.competencePlan(programme.id).path
        let t = Language.da.texts
        let laura = try await signedIn("laura")
        let thomas = try await signedIn("thomas")

        let missing = try await laura.post(path, ["description": "Første gang alene"])
        XCTAssertEqual(missing.status, .unprocessableEntity)
        XCTAssertTrue(missing.contains("Første gang alene"), "what was typed comes back")
        XCTAssertTrue(missing.contains(HTMLEscape.text(t.errorPlanRowTaskTypeMissing)))

        _ = try await laura.post(path, ["taskType": "Børnefaglig undersøgelse", "estimatedTime": "20 timer", "sparring": "Thomas, torsdage"])
        let row = try await CompetencePlanRow.query(on: app.db).filter(\.$programme.$id == programme.id!).first()
        let edited = try await thomas.post(SiteURL.planRow(row!.id).path, [
            "taskType": "Børnefaglig undersøgelse", "estimatedTime": "25 timer", "sparring": "Thomas, torsdage", "nextStep": "Alene med sparring",
        ])
        XCTAssertEqual(edited.status, .seeOther)
        let page = try await laura.get(path)
        XCTAssertTrue(page.contains("25 timer"))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.planRowChangedBy(
            name: "Thomas Kristensen", date: "mandag 23. november 2026", task: "Børnefaglig undersøgelse",
            fields: [t.competencePlanField(.estimatedTime), t.competencePlanField(.nextStep)].joined(separator: ", ")))))
        let printable = try await thomas.get(SiteURL.competencePlanPrint(programme.id).path)
        XCTAssertEqual(printable.status, .ok)
        XCTAssertTrue(printable.contains("Alene med sparring"))

        let jens = try await signedIn("jens")
        let hidden = try await jens.get(path).status
        XCTAssertEqual(hidden, .notFound)
        let mentorShares = try await thomas.post(SiteURL.competencePlanSharing(programme.id).path, ["share": "yes"])
        XCTAssertEqual(mentorShares.status, .notFound)
        _ = try await laura.post(SiteURL.competencePlanSharing(programme.id).path, ["share": "yes"])
        let shared = try await jens.get(path)
        XCTAssertEqual(shared.status, .ok)
        XCTAssertTrue(shared.contains("25 timer"))
        let managerWrites = try await jens.post(path, ["taskType": "Noget andet"])
        XCTAssertEqual(managerWrites.status, .notFound)

        _ = try await thomas.post(SiteURL.planRowRemoval(row!.id).path, [:])
        let afterRemoval = try await laura.get(path)
        XCTAssertTrue(afterRemoval.contains(HTMLEscape.text(t.noPlanRowsYet)))
        XCTAssertTrue(afterRemoval.contains(HTMLEscape.text(t.planRowRemovedBy(name: "Thomas Kristensen", date: "mandag 23. november 2026",
                                                                                task: "Børnefaglig undersøgelse"))))
        for key in ["marianne", "birgitte", "camilla"] {
            let status = try await signedIn(key).get(path).status
            XCTAssertEqual(status, .notFound, key)
        }
    }
}
