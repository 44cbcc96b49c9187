import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Lists read meetings and people under their plain column names (`PlainColumnRows`); the models
/// must be the ones Fluent reads.
final class PlainColumnRowsTests: AppTestCase {
    func testMeetingsAndPeopleReadAsFluentReadsThem() async throws {
        let meetings = try await Meeting.query(on: app.db).sort(\.$startsAt).all()
        let programmeIDs = Array(Set(meetings.map { $0.$programme.id }))
        let plainMeetings = try await PlainColumnRows.all(Meeting.self, where: "programme_id", in: programmeIDs, orderBy: "starts_at", on: app.db)
        XCTAssertGreaterThan(meetings.count, 20)
        try assertSame(meetings, plainMeetings)

        let people = try await Person.query(on: app.db).all()
        let plainPeople = try await PlainColumnRows.all(Person.self, where: "id", in: people.map { $0.id! }, on: app.db)
        try assertSame(people, plainPeople)
        let empty = try await PlainColumnRows.all(Person.self, where: "id", in: [], on: app.db)
        XCTAssertTrue(empty.isEmpty)
    }

    func testAMeetingReadThisWayIsSavedAsAChangeNotANewRow() async throws {
        let ida = try await programme(of: "ida")
        let read = try await PlainColumnRows.all(Meeting.self, where: "programme_id", in: [ida.id!], orderBy: "starts_at", on: app.db)
        let meeting = try XCTUnwrap(read.first)
        let before = try await Meeting.query(on: app.db).count()
        meeting.place = "Mødelokale 3"
        try await meeting.save(on: app.db)
        let after = try await Meeting.query(on: app.db).count()
        let saved = try await Meeting.find(meeting.id, on: app.db)
        XCTAssertEqual(after, before)
        XCTAssertEqual(saved?.place, "Mødelokale 3")
    }

    /// Same rows, in the same order, with every field the same (as JSON, which holds them all).
    private func assertSame<Item: Model>(_ fluent: [Item], _ plain: [Item], file: StaticString = #filePath, line: UInt = #line) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let byID = Dictionary(uniqueKeysWithValues: plain.map { ($0.id!, $0) })
        XCTAssertEqual(fluent.count, plain.count, file: file, line: line)
        for item in fluent {
            let other = try XCTUnwrap(byID[item.id!], file: file, line: line)
            XCTAssertEqual(String(decoding: try encoder.encode(item), as: UTF8.self), String(decoding: try encoder.encode(other), as: UTF8.self),
                           file: file, line: line)
        }
    }
}
