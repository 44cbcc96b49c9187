import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 9, item 1: the generated datasets follow from their seed, can be resumed, and are real
/// municipalities whose people sign in and work.
final class ScaleDataTests: AppTestCase {
    /// Three municipalities: one with 44 running programmes and 440 staff, two small ones.
    let shape = ScaleShape(organisations: 3, staff: 600, activeProgrammes: 44)

    func generate(seed: UInt64, on db: Database) async throws {
        try await ScaleData.load(shape, seed: seed, now: testNow, passwordHash: try app.password.hash(DemoData.password), on: db)
    }

    /// What was generated, in a form two databases can be compared by.
    func fingerprint(_ db: Database) async throws -> [String] {
        let organisations = try await Organisation.query(on: db).filter(\.$slug != DemoData.slug).sort(\.$slug).all()
        var lines = organisations.map { "\($0.id!) \($0.slug)" }
        let orgIDs = organisations.map { $0.id! }
        lines += try await Person.query(on: db).filter(\.$organisation.$id ~~ orgIDs).sort(\.$email).all()
            .map { "\($0.id!) \($0.email) \($0.name) \($0.isManager)" }
        let programmes = try await Programme.query(on: db).filter(\.$organisation.$id ~~ orgIDs).sort(\.$firstDay).sort(\.$id).all()
        lines += programmes.map { "\($0.id!) \($0.firstDay) \($0.$mentor.id) \($0.endedAt.map { "\($0.timeIntervalSince1970)" } ?? "-")" }
        let meetings = try await Meeting.query(on: db).filter(\.$programme.$id ~~ programmes.map { $0.id! }).all()
        lines.append("meetings \(meetings.count), held \(meetings.filter(\.isHeld).count)")
        lines.append("employments \(try await EmploymentRecord.query(on: db).filter(\.$organisation.$id ~~ orgIDs).count())")
        return lines
    }

    func testTheSameSeedGivesTheSameMunicipalitiesAndASecondRunAddsNothing() async throws {
        try await generate(seed: 5, on: app.db)
        let first = try await fingerprint(app.db)
        XCTAssertEqual(first.filter { $0.contains("kommune-00") && !$0.contains("@") }.count, 3, "three municipalities")
        let programmes = try await Programme.query(on: app.db).count()
        XCTAssertGreaterThan(programmes, 44 * 4, "running programmes and three years of ended ones")

        try await generate(seed: 5, on: app.db)
        let afterSecondRun = try await fingerprint(app.db)
        XCTAssertEqual(afterSecondRun, first, "a second run leaves what is there")

        let elsewhere = try await generatedElsewhere(seed: 5)
        XCTAssertEqual(elsewhere, first, "the same seed gives the same rows, identifiers included")
        let otherSeed = try await generatedElsewhere(seed: 6)
        XCTAssertNotEqual(otherSeed, first, "another seed, other rows")
    }

    /// The fingerprint of the same shape generated into a database of its own.
    func generatedElsewhere(seed: UInt64) async throws -> [String] {
        let other = try await Application.make(.testing)
        other.logger.logLevel = .warning
        do {
            try await configure(other, settings: Settings(database: .sqliteMemory, demoMode: false, now: { testNow }, textKeys: TestDatabases.textKeys))
            try await other.autoMigrate()
            try await generate(seed: seed, on: other.db)
            let lines = try await fingerprint(other.db)
            try await other.asyncShutdown()
            return lines
        } catch {
            try? await other.asyncShutdown()
            throw error
        }
    }

    func testTheGeneratedPeopleSignInAndSeeTheirWork() async throws {
        try await generate(seed: 1, on: app.db)
        let domain = "kommune-001.godstart.dk"
        let coordinator = browser()
        try await coordinator.signIn("tovholder@\(domain)")
        let overview = try await coordinator.get(SiteURL.programmes.path)
        XCTAssertEqual(overview.status, .ok)
        let running = try await Programme.query(on: app.db).join(Organisation.self, on: \Programme.$organisation.$id == \Organisation.$id)
            .filter(Organisation.self, \.$slug == "kommune-001").filter(\.$endedAt == nil).with(\.$newcomer).all()
        XCTAssertEqual(running.count, 44)
        for programme in running.prefix(10) {
            let query = programme.newcomer.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let found = try await coordinator.get(SiteURL.programmes.path + "?q=\(query)")
            XCTAssertTrue(found.contains(programme.newcomer.name), programme.newcomer.name)
        }

        let mentor = browser()
        try await mentor.signIn("mentor@\(domain)")
        var home = try await mentor.get(SiteURL.root.path)
        home = try await mentor.follow(home)
        XCTAssertEqual(home.status, .ok)
        let newcomer = try await Person.query(on: app.db).filter(\.$email == "nyansat@\(domain)").first()!
        XCTAssertTrue(home.contains(newcomer.name), "the mentor's home lists nyansat@'s programme")

        let newHire = browser()
        try await newHire.signIn("nyansat@\(domain)")
        let own = try await newHire.follow(try await newHire.get(SiteURL.root.path))
        XCTAssertEqual(own.status, .ok)
        XCTAssertTrue(own.contains("/meetings/"), "the new hire's home links their meetings")
    }
}
