import Fluent
import FluentPostgresDriver
import PostgresNIO
import SQLKit
import XCTVapor
@testable import App

/// On PostgreSQL the read pages' statements are kept prepared on each connection
/// (`PostgresKeptStatements`): they must read what the unnamed statements read, every time, and
/// a statement in a transaction is never kept (a failed preparation would stick to the connection).
final class PostgresKeptStatementsTests: AppTestCase {
    private var onPostgres: Bool { !(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]?.isEmpty ?? true) }

    func testAKeptStatementIsPreparedOnceAConnectionAndReadsEveryTime() async throws {
        try XCTSkipUnless(onPostgres, "kept statements are PostgreSQL's")
        let postgres = try XCTUnwrap(app.db as? any PostgresDatabase)
        let people = try await Person.query(on: app.db).all()
        let sql = #"SELECT "name" FROM "people" WHERE "id" = $1 AND $2::bool"#
        let types = [UUID.psqlType, Bool.psqlType]
        let name = try XCTUnwrap(PostgresKeptStatements.name(for: sql, types: types))
        XCTAssertEqual(PostgresKeptStatements.name(for: sql, types: types), name, "one name for one statement")
        let logger = app.logger
        let prepared = try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                // More runs than PostgreSQL plans anew before it settles on a generic plan.
                for person in people + people {
                    var bindings = PostgresBindings()
                    bindings.append(person.id!)
                    bindings.append(true)
                    let rows = try await PostgresKeptStatements.rows(name, sql, bindings, types: types, on: connection, logger: logger)
                    XCTAssertEqual(try rows.map { try $0.decode(String.self) }, [person.name])
                }
                let count = try await connection.query("SELECT count(*) FROM pg_prepared_statements WHERE name = \(name)", logger: logger)
                return try await count.collect().first?.decode(Int.self) ?? 0
            }
        }.get()
        XCTAssertEqual(prepared, 1)
    }

    func testAStatementInATransactionIsNotKept() async throws {
        try XCTSkipUnless(onPostgres, "kept statements are PostgreSQL's")
        let ida = try await person("ida")
        try await app.db.transaction { db in
            let rows = try await db.sql().raw(#"SELECT "name" AS "only_in_a_transaction" FROM "people" WHERE "id" = \#(bind: ida.id!)"#).plainRows()
            XCTAssertEqual(try rows.first?.string("only_in_a_transaction"), ida.name)
        }
        XCTAssertFalse(PostgresKeptStatements.keeps(where: { $0.contains("only_in_a_transaction") }))
        let outside = try await app.db.sql().raw(#"SELECT "name" AS "read_outside" FROM "people" WHERE "id" = \#(bind: ida.id!)"#).plainRows()
        XCTAssertEqual(try outside.first?.string("read_outside"), ida.name)
        XCTAssertTrue(PostgresKeptStatements.keeps(where: { $0.contains("read_outside") }))
    }
}
