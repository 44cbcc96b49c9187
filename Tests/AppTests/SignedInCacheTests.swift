import Fluent
import GodstartCore
import Vapor
import XCTest
@testable import App

/// A signed-in browser's session, person and organisation are kept in memory for a short while
/// (`SignedInCache`, issue 24); every change that matters ends what is kept, on this instance at
/// once and on another instance on the same database within a second.
final class SignedInCacheTests: AppTestCase {
    override func setUp() async throws {
        QueryCounter.install
        try await super.setUp()
    }

    func testASecondPageViewReadsNeitherTheSessionNorThePerson() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.get(SiteURL.myProgramme.path)
        QueryCounter.shared.reset()
        let page = try await ida.get(SiteURL.myProgramme.path)
        let statements = QueryCounter.shared.recorded.statements
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Ida"), "the page is Ida's")
        XCTAssertFalse(statements.contains { $0.contains(StoredSession.schema) }, statements.joined(separator: "\n"))
        XCTAssertFalse(statements.contains { $0.contains("FROM \"\(Organisation.schema)\"") }, statements.joined(separator: "\n"))
    }

    func testSigningOutEndsTheKeptSessionAtOnce() async throws {
        let ida = try await signedIn("ida")
        let cookie = try XCTUnwrap(ida.cookies["godstart_session"])
        let status1 = try await ida.get(SiteURL.myProgramme.path).status
        XCTAssertEqual(status1, .ok)
        let status2 = try await ida.post(SiteURL.signOut.path, [:]).status
        XCTAssertEqual(status2, .seeOther)
        // The same cookie again, as from a copy of the browser that did not sign out.
        let copy = browser()
        copy.cookies["godstart_session"] = cookie
        let page = try await copy.get(SiteURL.myProgramme.path)
        XCTAssertEqual(page.location, SiteURL.signIn.path, "the session ended with the sign-out")
    }

    func testAChangedPersonIsReadAgainAtOnce() async throws {
        let ida = try await signedIn("ida")
        let status3 = try await ida.get(SiteURL.myProgramme.path).status
        XCTAssertEqual(status3, .ok)
        let person = try await person("ida")
        person.leftOn = LocalDate(testNow, in: TimeZone(identifier: "Europe/Copenhagen")!).adding(days: -1).iso
        try await person.update(on: app.db)
        let page = try await ida.get(SiteURL.myProgramme.path)
        XCTAssertEqual(page.location, SiteURL.signIn.path, "someone who has left is signed out on their next request")
    }

    func testSavingAPersonForgetsWhatIsKeptOfThem() async throws {
        let ida = try await signedIn("ida")
        let status4 = try await ida.get(SiteURL.myProgramme.path).status
        XCTAssertEqual(status4, .ok)
        let cache = app.signedInCache
        XCTAssertEqual(cache.count, 1)
        let person = try await person("ida")
        try await person.update(on: app.db)
        XCTAssertEqual(cache.count, 0, "a saved person is read again")
    }

    func testAnotherInstanceSeesASignOutAndAChangedPersonWithinASecond() async throws {
        let second = try await secondInstance()
        do {
            let ida = try await signedIn("ida")
            let idaThere = TestBrowser(app: second)
            idaThere.cookies = ida.cookies
            let status5 = try await idaThere.get(SiteURL.myProgramme.path).status
            XCTAssertEqual(status5, .ok, "the session is the database's, any instance serves it")
            let marianne = try await signedIn("marianne")
            let marianneThere = TestBrowser(app: second)
            marianneThere.cookies = marianne.cookies
            let status6 = try await marianneThere.get(SiteURL.programmes.path).status
            XCTAssertEqual(status6, .ok)

            // Ida signs out on the first instance; Marianne stops being coordinator there.
            let status7 = try await ida.post(SiteURL.signOut.path, [:]).status
            XCTAssertEqual(status7, .seeOther)
            let coordinator = try await person("marianne")
            coordinator.isCoordinator = false
            try await coordinator.update(on: app.db)

            try await Task.sleep(for: .milliseconds(Int(SignedInCache.checkEvery * 1000) + 200))
            let idaPage = try await idaThere.get(SiteURL.myProgramme.path)
            XCTAssertEqual(idaPage.location, SiteURL.signIn.path, "the sign-out reached the other instance")
            let overview = try await marianneThere.get(SiteURL.programmes.path)
            XCTAssertNotEqual(overview.status, .ok, "the other instance no longer takes Marianne for the coordinator")
        } catch {
            try await second.asyncShutdown()
            throw error
        }
        try await second.asyncShutdown()
    }

    /// The statement that finds a person's home pages (`Access.homes`).
    private func readsHomes(_ statements: [String]) -> Bool {
        statements.contains { $0.contains("EXISTS (SELECT 1 FROM \"\(Programme.schema)\"") }
    }

    func testTheHomePagesAreFoundOnceForABrowser() async throws {
        let thomas = try await signedIn("thomas")
        _ = try await thomas.get(SiteURL.myNewcomers.path)
        QueryCounter.shared.reset()
        let page = try await thomas.get(SiteURL.myNewcomers.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains("href=\"\(SiteURL.myNewcomers.path)\""), "his home is in the menu")
        XCTAssertFalse(readsHomes(QueryCounter.shared.recorded.statements), "kept with his browser")
    }

    func testAProgrammeOrActivityThatGivesSomeoneAHomeShowsItOnTheirNextPage() async throws {
        let lone = try await signedIn("lone")
        let before = try await lone.get(SiteURL.people.path)
        XCTAssertEqual(before.status, .ok)
        XCTAssertFalse(before.contains("href=\"\(SiteURL.myNewcomers.path)\""))
        XCTAssertFalse(before.contains("href=\"\(SiteURL.myActivities.path)\""))
        _ = try await lone.get(SiteURL.people.path)

        // Lone becomes the buddy of Ida's programme.
        let programme = try await programme(of: "ida")
        programme.$buddy.id = try await person("lone").requireID()
        try await programme.update(on: app.db)
        let asBuddy = try await lone.get(SiteURL.people.path)
        XCTAssertTrue(asBuddy.contains("href=\"\(SiteURL.myNewcomers.path)\""), "her new home is in the menu at once")
        let changes = try await SignedInChange.query(on: app.db).filter(\.$organisationID == programme.$organisation.id).count()
        XCTAssertGreaterThan(changes, 0, "the other instances hear of it")

        // And then runs one of its activities.
        let activities = try await Activity.query(on: app.db).filter(\.$programme.$id == programme.requireID()).all()
        let activity = try XCTUnwrap(activities.first, "the demo programme has activities")
        activity.$runBy.id = try await person("lone").requireID()
        try await activity.update(on: app.db)
        let asRunner = try await lone.get(SiteURL.people.path)
        XCTAssertTrue(asRunner.contains("href=\"\(SiteURL.myActivities.path)\""), "and the activities she runs")
    }

    func testANewActivityTellsOnlyItsRunner() async throws {
        let henrik = try await signedIn("henrik")
        let before = try await henrik.get(SiteURL.team.path)
        XCTAssertEqual(before.status, .ok)
        XCTAssertFalse(before.contains("href=\"\(SiteURL.myActivities.path)\""))
        let programme = try await programme(of: "ida")
        func activity(runBy: UUID?) -> Activity {
            Activity(programmeID: programme.id!, kind: .shadowing, title: "Følg en kollega", day: LocalDate(year: 2026, month: 12, day: 9),
                     time: LocalTime(hour: 10), minutes: 60, place: nil, runByID: runBy, learningGoal: nil)
        }
        let changesBefore = try await SignedInChange.query(on: app.db).count()
        try await activity(runBy: nil).create(on: app.db)
        let changesAfter = try await SignedInChange.query(on: app.db).count()
        XCTAssertEqual(changesAfter, changesBefore, "an activity no one runs changes no one's home pages")

        try await activity(runBy: try await person("henrik").requireID()).create(on: app.db)
        let after = try await henrik.get(SiteURL.team.path)
        XCTAssertTrue(after.contains("href=\"\(SiteURL.myActivities.path)\""), "the runner's new home is in the menu at once")
        let told = try await SignedInChange.query(on: app.db).filter(\.$personID == person("henrik").requireID()).count()
        XCTAssertGreaterThan(told, 0, "the other instances hear of it")
    }

    func testChangesOlderThanAnHourAreDeleted() async throws {
        let old = SignedInChange(changedAt: Date().addingTimeInterval(-2 * 3600), personID: UUID())
        try await old.create(on: app.db)
        let recent = SignedInChange(changedAt: Date(), personID: UUID())
        try await recent.create(on: app.db)
        await ReminderJob.run(app)
        let left = try await SignedInChange.query(on: app.db).all().compactMap(\.id)
        XCTAssertFalse(left.contains(try old.requireID()))
        XCTAssertTrue(left.contains(try recent.requireID()))
    }

    func testTheHashOfASessionKeyIsItsSHA256() {
        XCTAssertEqual(SecretToken.hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
