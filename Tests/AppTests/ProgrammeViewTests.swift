import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 24: the read pages see a programme's meetings as plain rows (`ProgrammeView`), the pages
/// that change them as models (`ProgrammeFile`). Both must tell the same programme.
final class ProgrammeViewTests: AppTestCase {
    func testAViewAndAFileOfEveryDemoProgrammeAgree() async throws {
        let programmes = try await Programme.query(on: app.db).all()
        XCTAssertGreaterThanOrEqual(programmes.count, 5)
        let files = try await ProgrammeQueries.files(of: programmes, on: app.db)
        let views = try await ProgrammeQueries.views(of: programmes, on: app.db)
        XCTAssertEqual(files.map(\.id), views.map(\.id))
        for (file, view) in zip(files, views) {
            XCTAssertFalse(file.meetings.isEmpty)
            XCTAssertEqual(file.meetings.map(\.id), view.meetings.map(\.id), "the same meetings in the same order")
            XCTAssertEqual(file.meetings.map(\.fact), view.meetings.map(\.fact))
            XCTAssertEqual(file.meetings.map(\.number), view.meetings.map(\.number))
            XCTAssertEqual(file.meetings.map(\.minutes), view.meetings.map(\.minutes))
            XCTAssertEqual(file.meetings.map(\.place), view.meetings.map(\.place))
            XCTAssertEqual(file.meetings.map(\.programmeID), view.meetings.map(\.programmeID))
            XCTAssertEqual(file.stage(now: testNow), view.stage(now: testNow))
            XCTAssertEqual(file.nextMeeting(now: testNow)?.id, view.nextMeeting(now: testNow)?.id)
            XCTAssertEqual(file.meetings.map(\.startsAt), file.meetings.map(\.startsAt).sorted(), "in date order")
        }
    }
}

/// Issue 24: the programme page and a meeting page read what they show in a few statements, the
/// same on SQLite and PostgreSQL. Each statement is a round trip to PostgreSQL, and the two pages
/// ran nine; what they read together is here checked against what it was read from before.
final class PageStatementTests: AppTestCase {
    override func setUp() async throws {
        QueryCounter.install
        try await super.setUp()
    }

    func testTheProgrammePageReadsItsUnitAndCoordinatorWithTheProgramme() async throws {
        for programme in try await Programme.query(on: app.db).all() {
            let read = try await ProgrammeQueries.pageView(programme.requireID(), on: app.db)
            let page = try XCTUnwrap(read)
            let unit = try await OrganisationUnit.find(programme.$unit.id, on: app.db)
            XCTAssertEqual(page.unitName, unit?.name)
            let coordinator = try await HomeController.coordinator(in: programme.$organisation.id, on: app.db)
            XCTAssertNotNil(coordinator, "the demo has a coordinator")
            XCTAssertEqual(page.coordinator?.rowID, coordinator?.rowID)
            XCTAssertEqual(page.coordinator?.name, coordinator?.name)
            XCTAssertEqual(page.coordinator?.email, coordinator?.email)
            XCTAssertEqual(page.coordinator?.hasPassword, coordinator?.hasPassword)
        }
        // An organisation without a coordinator: the page shows nobody, and still shows the programme.
        let ida = try await programme(of: "ida")
        try await Person.query(on: app.db).set(\.$isCoordinator, to: false).update()
        let read = try await ProgrammeQueries.pageView(ida.requireID(), on: app.db)
        let page = try XCTUnwrap(read)
        XCTAssertNil(page.coordinator)
        XCTAssertEqual(page.file.id, ida.id)
    }

    func testTheMentorsProgrammeAndMeetingPagesReadInAFewStatements() async throws {
        let thomas = try await signedIn("thomas")
        let ida = try await programme(of: "ida")
        let dialogues = try await meetings(of: "ida", .dialogueMeeting)
        let dialogue = try XCTUnwrap(dialogues.dropFirst().first, "a dialogue with one before it")
        // The meeting: itself, its programme, the programme's meetings and people, the journals shared
        // for it, the goals worked on in it and their catalogue entries, its earlier and its own notes
        // with those of the meeting before (eleven before issue 24's ninth step).
        for (path, most) in [("/programmes/\(ida.id!)", 6), ("/meetings/\(dialogue.id!)", 9)] {
            _ = try await thomas.get(path)
            QueryCounter.shared.reset()
            let page = try await thomas.get(path)
            XCTAssertEqual(page.status, .ok, path)
            let statements = QueryCounter.shared.recorded.statements
            XCTAssertLessThanOrEqual(statements.count, most, "\(path):\n  " + QueryBudgetTests.summary(statements))
        }
    }
}
