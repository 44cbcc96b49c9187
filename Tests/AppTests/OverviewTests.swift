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
}
