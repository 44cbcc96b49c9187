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
