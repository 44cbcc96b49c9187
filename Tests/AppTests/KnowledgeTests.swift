import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class KnowledgeTests: AppTestCase {
    func testEveryoneFindsWhoToAskAndTheCoordinatorKeepsTheDirectory() async throws {
        let t = Language.da.texts
        let jonas = try await signedIn("jonas")
        let all = try await jonas.get(SiteURL.knowledgePersons.path)
        XCTAssertEqual(all.status, .ok)
        XCTAssertTrue(all.contains("Signs of Safety"))
        let search = try await jonas.get(SiteURL.knowledgePersons.path + "?q=dubu")
        XCTAssertTrue(search.contains("Rasmus Pedersen"))
        XCTAssertFalse(search.contains("Signs of Safety"))
        let none = try await jonas.get(SiteURL.knowledgePersons.path + "?q=ydelseslov")
        XCTAssertTrue(none.contains(HTMLEscape.text(t.noKnowledgeMatches(query: "ydelseslov"))))
        XCTAssertFalse(all.contains(HTMLEscape.text(t.addKnowledgeHeading)), "the new hire reads, the coordinator keeps it")
        let refused = try await jonas.post(SiteURL.knowledgePersons.path, ["person": UUID().uuidString, "area": "x", "kind": "system"])
        XCTAssertEqual(refused.status, .notFound)

        let marianne = try await signedIn("marianne")
        let missing = try await marianne.post(SiteURL.knowledgePersons.path, ["person": UUID().uuidString, "area": "  ", "kind": "system"])
        XCTAssertEqual(missing.status, .unprocessableEntity)
        XCTAssertTrue(missing.contains(HTMLEscape.text(t.errorUnknownPerson)))
        XCTAssertTrue(missing.contains(HTMLEscape.text(t.errorAreaMissing)))
        let anne = try await person("anne")
        let added = try await marianne.post(SiteURL.knowledgePersons.path, ["person": anne.id!.uuidString, "area": "Netværksmøder", "kind": "method"])
        XCTAssertEqual(added.status, .seeOther)
        let found = try await jonas.get(SiteURL.knowledgePersons.path + "?q=netværk anne")
        XCTAssertTrue(found.contains("Anne Sørensen"))
        let area = try await KnowledgeArea.query(on: app.db).filter(\.$area == "Netværksmøder").first()!
        _ = try await marianne.post(SiteURL.knowledgeAreaRemoval(area.id).path, [:])
        let gone = try await KnowledgeArea.query(on: app.db).filter(\.$area == "Netværksmøder").count()
        XCTAssertEqual(gone, 0)
    }
}
