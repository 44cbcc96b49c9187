import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class AssignmentAppTests: AppTestCase {
    let t = Language.da.texts

    func form(_ overrides: [String: String] = [:]) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        var fields = [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-01-09", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "workAreas": "DUBU",
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields
    }

    /// The suggestions section of a page.
    func suggestions(_ page: TestBrowser.Page) -> String {
        guard let start = page.body.range(of: "class=\"suggestions\""),
              let end = page.body.range(of: "</section>", range: start.upperBound..<page.body.endIndex) else { return "" }
        return String(page.body[start.lowerBound..<end.lowerBound])
    }

    func testSuggestionsRankColleaguesWithReasonsAndNeverTheManager() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.post(SiteURL.programmes.path, try await form(["intent": "suggest"]))
        XCTAssertEqual(page.status, .ok)
        let section = suggestions(page)
        XCTAssertTrue(section.contains(HTMLEscape.text(t.suggestionsHeading)))
        XCTAssertTrue(section.contains("Rasmus Pedersen"), "he knows DUBU")
        XCTAssertTrue(section.contains(HTMLEscape.text(t.suggestionReason(.sharedArea("DUBU og journalføring")))))
        XCTAssertTrue(section.contains(HTMLEscape.text(t.suggestionReason(.trainedAsMentor))))
        XCTAssertFalse(section.contains("Henrik Dahl"), "never the new hire's manager")
        XCTAssertTrue(page.contains("value=\"Nora Vestergaard\""), "what was typed is kept")
        let count = try await Programme.query(on: app.db).count()
        XCTAssertEqual(count, 5, "asking for suggestions registers nothing")

        // Choosing a suggestion fills the field.
        let peter = try await person("peter")
        let picked = try await marianne.post(SiteURL.programmes.path, try await form(["pick": "mentor:\(peter.id!.uuidString)"]))
        XCTAssertTrue(picked.contains("<option value=\"\(peter.id!.uuidString)\" selected>"))
    }

    func testAboveCapacityOnlyWithAReason() async throws {
        let peter = try await person("peter")
        peter.capacity = 1   // he already mentors Emma
        try await peter.update(on: app.db)
        let marianne = try await signedIn("marianne")
        let refused = try await marianne.post(SiteURL.programmes.path, try await form(["mentor": peter.id!.uuidString]))
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorAboveCapacity(name: "Peter Nielsen"))))
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.aboveCapacity)), "the suggestions show who is full")
        let created = try await marianne.post(SiteURL.programmes.path, try await form([
            "mentor": peter.id!.uuidString, "overrideReason": "Emma afslutter sit forløb om to uger"]))
        XCTAssertEqual(created.status, .seeOther)
        let nora = try await programme(of: "nora")
        XCTAssertEqual(nora.assignmentOverrideReason, "Emma afslutter sit forløb om to uger")
    }

    func testTheCoordinatorKeepsColleaguesProfiles() async throws {
        let marianne = try await signedIn("marianne")
        let list = try await marianne.get(SiteURL.colleagues.path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.load(mentor: 1, contact: 0, buddy: 0, capacity: 2))), "Peter mentors Emma")
        XCTAssertFalse(list.contains("Jonas Poulsen"), "new hires in their own programme are not candidates")
        let peter = try await person("peter")
        let path = SiteURL.colleague(peter.id).path
        let bad = try await marianne.post(path, ["capacity": "ti", "trained": "on"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains(HTMLEscape.text(t.errorCapacity)))
        XCTAssertTrue(bad.contains("value=\"ti\""))
        let saved = try await marianne.post(path, ["capacity": "3", "trained": "on"])
        XCTAssertEqual(saved.status, .seeOther)
        let after = try await person("peter")
        XCTAssertEqual(after.capacity, 3)
        XCTAssertEqual(after.willingToMentor, false, "an unticked box is a no")
        XCTAssertEqual(after.trainedAsMentor, true)
        for key in ["mette", "henrik", "jonas"] {
            let browser = try await signedIn(key)
            let status = try await browser.get(SiteURL.colleagues.path).status
            XCTAssertEqual(status, .notFound, key)
            let post = try await browser.post(path, ["capacity": "6"]).status
            XCTAssertEqual(post, .notFound, key)
        }
    }
}
