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

    /// "0 af 9 mødte op" is not said of a group meeting still ahead.
    func testAttendanceIsCountedOnlyForMeetingsThatHaveBegun() async throws {
        let series = try await GatheringSeries.query(on: app.db).first()!
        let meetings = try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).all()
        let page = try await signedIn("marianne").get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertEqual(page.status, .ok)
        let counted = page.body.components(separatedBy: " mødte op").count - 1
        XCTAssertEqual(counted, meetings.filter { $0.startsAt <= testNow }.count)
        XCTAssertGreaterThan(meetings.filter { $0.startsAt > testNow }.count, 0, "the demo has meetings ahead")
    }

    func testTheSharedWithMePageDoesNotCallEveryReaderAMentor() {
        for language in Language.allCases {
            XCTAssertFalse(language.texts.sharedWithYouIntro.lowercased().contains("mentor"), "\(language)")
        }
    }
}
