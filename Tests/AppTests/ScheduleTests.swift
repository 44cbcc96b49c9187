import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class ScheduleTests: AppTestCase {
    func testTheContactPersonPlansActivitiesTheNewHireSeesThemAndTheColleagueRunningThemToo() async throws {
        let t = Language.da.texts
        let programme = try await programme(of: "jonas")
        let path = SiteURL.schedule(programme.id).path
        let mette = try await signedIn("mette")
        let rasmus = try await person("rasmus")

        let outside = try await mette.post(path, ["kind": "shadowing", "title": "Følordning i DUBU", "date": "2027-06-01",
                                                  "time": "09:00", "minutes": "120", "runBy": rasmus.id!.uuidString])
        XCTAssertEqual(outside.status, .unprocessableEntity)
        XCTAssertTrue(outside.contains("Følordning i DUBU"), "what was typed is kept")
        let unknown = try await mette.post(path, ["kind": "shadowing", "title": "Følordning i DUBU", "date": "2026-11-26",
                                                  "time": "09:00", "minutes": "120", "runBy": UUID().uuidString])
        XCTAssertTrue(unknown.contains(HTMLEscape.text(t.errorUnknownPerson)))
        let added = try await mette.post(path, ["kind": "shadowing", "title": "Følordning i DUBU", "date": "26.11.2026",
                                                "time": "9.00", "minutes": "120", "place": "Kontor 12", "runBy": rasmus.id!.uuidString,
                                                "learningGoal": "Journalføring i DUBU"])
        XCTAssertEqual(added.status, .seeOther)

        let jonas = try await signedIn("jonas")
        let week = try await jonas.get(path + "?week=2026-11-23")
        XCTAssertTrue(week.contains("Følordning i DUBU"))
        XCTAssertTrue(week.contains(HTMLEscape.text(t.activityRunBy(name: "Rasmus Pedersen"))))
        XCTAssertTrue(week.contains(SiteURL.knowledgePersons.path + "?q=Rasmus%20Pedersen"), "a knowledge person links to what they know")
        let otherWeek = try await jonas.get(path + "?week=2026-12-07")
        XCTAssertTrue(otherWeek.contains(HTMLEscape.text(t.noActivitiesThisWeek)))
        let newcomerAdds = try await jonas.post(path, ["kind": "course", "title": "x", "date": "2026-11-26", "time": "09:00", "minutes": "60"])
        XCTAssertEqual(newcomerAdds.status, .notFound)

        // Rasmus, a colleague with no part in the programme, sees the activity he runs, nothing more.
        let rasmusBrowser = try await signedIn("rasmus")
        let mine = try await rasmusBrowser.get(SiteURL.myActivities.path)
        XCTAssertTrue(mine.contains("Følordning i DUBU"))
        XCTAssertTrue(mine.contains(HTMLEscape.text(t.activityFor(name: "Jonas Poulsen"))))
        let schedule = try await rasmusBrowser.get(path).status
        XCTAssertEqual(schedule, .notFound)

        let activity = try await Activity.query(on: app.db).filter(\.$title == "Følordning i DUBU").first()!
        let removed = try await mette.post(SiteURL.activityRemoval(activity.id).path, [:])
        XCTAssertEqual(removed.status, .seeOther)
        let gone = try await Activity.find(activity.id, on: app.db)
        XCTAssertNil(gone)
    }
}
