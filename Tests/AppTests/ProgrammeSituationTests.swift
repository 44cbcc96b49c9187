import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// A list works out each programme's situation once (`ProgrammeFile.situated(at:)`); it must be
/// the situation the programme's own pages work out.
final class ProgrammeSituationTests: AppTestCase {
    func testASituatedFileTellsWhatTheFileItselfTells() async throws {
        let organisation = try await person("marianne").$organisation.id
        let files = try await ProgrammeQueries.files(Programme.query(on: app.db).filter(\.$organisation.$id == organisation), on: app.db)
        XCTAssertGreaterThanOrEqual(files.count, 5)
        for now in [testNow, testNow.addingTimeInterval(-120 * 86_400), testNow.addingTimeInterval(200 * 86_400)] {
            for file in files {
                let situated = file.situated(at: now)
                XCTAssertEqual(situated.stage(now: now), file.stage(now: now), file.newcomer?.name ?? "")
                XCTAssertEqual(situated.progress(now: now), file.progress(now: now), file.newcomer?.name ?? "")
                XCTAssertEqual(situated.needsPlanning(now: now), file.needsPlanning(now: now), file.newcomer?.name ?? "")
                for kind in MeetingKind.allCases {
                    XCTAssertEqual(situated.firstMeeting(kind)?.id, file.firstMeeting(kind)?.id, "\(kind)")
                }
            }
        }
    }

    func testAFileSituatedAtOneMomentWorksOutAnotherAnew() async throws {
        let ida = try await programme(of: "ida")
        let loaded = try await ProgrammeQueries.file(ida.id!, on: app.db)
        let file = try XCTUnwrap(loaded)
        let situated = file.situated(at: testNow)
        let yearsLater = testNow.addingTimeInterval(3 * 365 * 86_400)
        XCTAssertNotEqual(situated.stage(now: testNow), situated.stage(now: yearsLater))
        XCTAssertEqual(situated.stage(now: yearsLater), file.stage(now: yearsLater))
    }

    func testTheOverviewShowsAnEndedProgrammeAsFinishedWithNothingAhead() async throws {
        let frederik = try await programme(of: "frederik")
        XCTAssertNotNil(frederik.endedAt, "the demo's Frederik has held his development talk")
        // A meeting left planned after the end changes nothing in the overview: the programme is over.
        let stray = Meeting(programmeID: frederik.id!, kind: .dialogueMeeting, number: 99,
                            startsAt: testNow.addingTimeInterval(7 * 86_400), minutes: 60)
        try await stray.create(on: app.db)
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programmes.path)
        let row = try XCTUnwrap(page.body.components(separatedBy: "<tr").first { $0.contains(">Frederik Larsen<") })
        let t = Language.da.texts
        XCTAssertTrue(row.contains(HTMLEscape.text(Components.stageText(ProgrammeStage(part: .finished, phase: nil), t))), row)
        XCTAssertTrue(row.contains(HTMLEscape.text(t.noMeeting)), row)
        XCTAssertFalse(row.contains(SiteURL.meeting(stray.id).path), row)
    }
}
