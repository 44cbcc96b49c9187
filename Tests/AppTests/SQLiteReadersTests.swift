import Fluent
import FluentSQLiteDriver
import SQLKit
import XCTVapor
@testable import App

/// The read pages' statements on SQLite run on read connections of their own (`SQLiteReaders`):
/// they must see what is committed, a transaction's statements must see its own writes, and the
/// connections must never write.
final class SQLiteReadersTests: AppTestCase {
    private var onSQLiteFile: Bool { ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]?.isEmpty ?? true }

    private static func name(of id: UUID, on db: any Database) async throws -> String? {
        try await db.sql().raw("SELECT name FROM people WHERE id = \(bind: id)").plainRows().first?.string("name")
    }

    func testAReadSeesWhatWasJustCommitted() async throws {
        if onSQLiteFile { XCTAssertNotNil(app.db.sqliteReaders) }
        let ida = try await person("ida")
        let before = try await Self.name(of: ida.id!, on: app.db)
        XCTAssertEqual(before, ida.name)
        ida.name = "Ida Nyborg"
        try await ida.save(on: app.db)
        let after = try await Self.name(of: ida.id!, on: app.db)
        XCTAssertEqual(after, "Ida Nyborg")
    }

    func testAStatementInATransactionSeesTheTransactionsOwnWrites() async throws {
        let ida = try await person("ida")
        try await app.db.transaction { db in
            XCTAssertNil(db.sqliteReaders)
            try await db.sql().raw("UPDATE people SET name = 'Ida i transaktion' WHERE id = \(bind: ida.id!)").run()
            let inside = try await Self.name(of: ida.id!, on: db)
            XCTAssertEqual(inside, "Ida i transaktion")
        }
        let after = try await Self.name(of: ida.id!, on: app.db)
        XCTAssertEqual(after, "Ida i transaktion")
    }

    func testTheReadConnectionsNeverWrite() async throws {
        try XCTSkipUnless(onSQLiteFile, "the read connections are SQLite's")
        let readers = try XCTUnwrap(app.db.sqliteReaders)
        XCTAssertThrowsError(try readers.rows("UPDATE people SET name = 'x'", []))
        try await assertIdaReadsAsSaved()
    }

    func testAFailedStatementLeavesTheConnectionsUsable() async throws {
        try XCTSkipUnless(onSQLiteFile, "the read connections are SQLite's")
        let readers = try XCTUnwrap(app.db.sqliteReaders)
        XCTAssertThrowsError(try readers.rows("SELECT nothing FROM nowhere", []))
        try await assertIdaReadsAsSaved()
    }

    /// Ida's name read through the read connections is the one her model holds.
    private func assertIdaReadsAsSaved(file: StaticString = #filePath, line: UInt = #line) async throws {
        let ida = try await person("ida")
        let read = try await Self.name(of: ida.id!, on: app.db)
        XCTAssertEqual(read, ida.name, file: file, line: line)
    }

    /// Lists of ids of every length make statements of their own; more of them than a connection
    /// keeps prepared must still read right.
    func testMoreStatementsThanAreKeptPreparedReadRight() async throws {
        let people = try await Person.query(on: app.db).all()
        let ids = people.map { $0.id! }
        for length in 1 ... 300 {
            let wanted = (0 ..< length).map { ids[$0 % ids.count] }
            let rows = try await PlainColumnRows.rows(of: Person.schema, columns: ["id"], where: "id", in: wanted, on: app.db)
            XCTAssertEqual(Set(try rows.map { try $0.uuid("id") }), Set(wanted))
        }
    }

    func testValuesOfEveryKindReadAsTheDriverReadsThem() async throws {
        try XCTSkipUnless(onSQLiteFile, "the read connections are SQLite's")
        let sql = try app.db.sql()
        let rows = try await sql.raw("SELECT 7 AS whole, 2.5 AS fraction, 'blåbærgrød' AS words, NULL AS empty, X'00FF' AS bytes").plainRows()
        let row = try XCTUnwrap(rows.first)
        XCTAssertEqual(try row.int("whole"), 7)
        XCTAssertEqual(try row.decode("fraction", as: Double.self), 2.5)
        XCTAssertEqual(try row.string("words"), "blåbærgrød")
        XCTAssertTrue(try row.isNull("empty"))
        XCTAssertNil(try row.optionalString("empty"))
        XCTAssertTrue(row.contains("bytes"))
        XCTAssertFalse(row.contains("missing"))
    }

    /// A kept statement keeps its plan when other values are bound to it: SQLite made some anew
    /// each time (a person's programmes by any of three roles, the coordinator of an organisation).
    func testKeptStatementsAreNotPreparedAgainForNewValues() async throws {
        try XCTSkipUnless(onSQLiteFile, "the read connections are SQLite's")
        let readers = try XCTUnwrap(app.db.sqliteReaders)
        let sql = #"SELECT "id" FROM "programmes" WHERE ("contact_person_id" = ?1 OR "mentor_id" = ?2 OR "buddy_id" = ?3) ORDER BY "first_day" ASC"#
        let people = try await Person.query(on: app.db).all()
        for person in people {
            let id = SQLiteData.text(person.id!.uuidString)
            _ = try readers.rows(sql, [id, id, id])
        }
        let coordinators = #"SELECT "id" FROM "people" WHERE "organisation_id" = ?1 AND "is_coordinator" = ?2 ORDER BY "name" ASC LIMIT 1"#
        for (index, person) in people.enumerated() {
            _ = try readers.rows(coordinators, [.text(person.$organisation.id.uuidString), .integer(index % 2)])
        }
        XCTAssertEqual(readers.timesPreparedAgain(sql), 0)
        XCTAssertEqual(readers.timesPreparedAgain(coordinators), 0)
    }
}
