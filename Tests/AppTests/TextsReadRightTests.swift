import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 23: texts that read right.
final class TextsReadRightTests: AppTestCase {
    func testScheduleEntriesSayTheirKindOnce() async throws {
        let jonas = try await programme(of: "jonas")
        let page = try await signedIn("jonas").get(SiteURL.schedule(jonas.id).path)
        XCTAssertEqual(page.status, .ok)
        let t = Language.da.texts
        for kind in ActivityKind.allCases {
            let said = HTMLEscape.text(t.activityKind(kind))
            XCTAssertFalse(page.body.contains("\(said): \(said)"), "\(kind) said twice")
        }
        XCTAssertTrue(page.body.contains(HTMLEscape.text(t.defaultActivity(.shadowingHomeVisit))), "a title beginning with its kind stands alone")
    }
}
