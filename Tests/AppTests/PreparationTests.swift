import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class PreparationTests: AppTestCase {
    func testEachAnswersTheirOwnQuestionsAndSharesWhenTheyChoose() async throws {
        let programme = try await programme(of: "ida")
        let path = SiteURL.preparation(programme.id).path
        let t = Language.da.texts

        let ida = try await signedIn("ida")
        let form = try await ida.get(path)
        XCTAssertTrue(form.contains(HTMLEscape.text(t.preparationQuestion(.readyToBeChallenged))))
        XCTAssertFalse(form.contains(HTMLEscape.text(t.preparationQuestion(.whatICanOffer))), "the mentor's questions are the mentor's")
        let saved = try await ida.post(path, ["myGoals": "At blive tryg i børnesamtalen", "whatIWantToRaise": ""])
        XCTAssertEqual(saved.status, .seeOther)

        let thomas = try await signedIn("thomas")
        let before = try await thomas.get(path)
        XCTAssertTrue(before.contains(HTMLEscape.text(t.preparationQuestion(.whatICanOffer))))
        XCTAssertFalse(before.contains("At blive tryg i børnesamtalen"))
        XCTAssertTrue(before.contains(HTMLEscape.text(t.notSharedYet(name: "Ida Christensen"))))

        _ = try await ida.post(SiteURL.preparationSharing(programme.id).path, ["share": "yes"])
        let awaited301 = try await thomas.get(path).contains("At blive tryg i børnesamtalen")
        XCTAssertTrue(awaited301)

        for key in ["henrik", "marianne", "karen", "sofie"] {
            let browser = try await signedIn(key)
            let awaited302 = try await browser.get(path).status
            XCTAssertEqual(awaited302, .notFound, key)
        }
        _ = try await ida.post(SiteURL.preparationSharing(programme.id).path, ["share": "no"])
        let awaited303 = try await thomas.get(path).contains("At blive tryg i børnesamtalen")
        XCTAssertFalse(awaited303)
    }
}
