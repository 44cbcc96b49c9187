import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import PostgresNIO
import SQLKit

/// One row of a read model's statement, read by column name. The values come straight from the
/// driver: SQLiteNIO's values, or PostgresNIO's cells decoded by their own types. SQLKit's Codable
/// path (a dynamic cast, a decoder and a conformance lookup for every value) was a quarter of the
/// coordinator's overview on SQLite (perf, issue 24), and kept it under half of SQLite's speed on
/// PostgreSQL. Other types than the plain ones (text, ids, times, numbers, truth values) are read
/// through the drivers' own decoders as before.
struct PlainRow: Sendable {
    private enum Source {
        /// The row is `sqliteRow` or `readRow`: read in place, not copied out of an enum for every
        /// value (the copies and their reference counts were a fifth of reading a row, perf, issue 24).
        case sqlite
        case postgres(PostgresRandomAccessRow, PostgresRow, PostgresColumns)
        case sql(any SQLRow)
    }

    private let source: Source
    private let sqliteRow: SQLiteRow?
    private let readRow: SQLiteReadRow?

    fileprivate init(sqlite row: SQLiteRow) { source = .sqlite; sqliteRow = row; readRow = nil }
    fileprivate init(read row: SQLiteReadRow) { source = .sqlite; sqliteRow = nil; readRow = row }
    private init(postgres row: PostgresRow, columns: PostgresColumns) {
        source = .postgres(row.makeRandomAccess(), row, columns); sqliteRow = nil; readRow = nil
    }

    /// The rows of one PostgreSQL result, sharing one table of its column names.
    fileprivate static func rows(postgres rows: [PostgresRow]) -> [PlainRow] {
        guard let first = rows.first else { return [] }
        let columns = PostgresColumns(first)
        return rows.map { PlainRow(postgres: $0, columns: columns) }
    }
    fileprivate init(sql row: any SQLRow) { source = .sql(row); sqliteRow = nil; readRow = nil }

    /// The SQLite value in `column`; nil when the row has no such column.
    private func sqliteValue(_ column: String) -> SQLiteData? { readRow?.value(column) ?? sqliteRow?.column(column) }

    struct Missing: Error, CustomStringConvertible {
        let column: String
        let type: String
        var description: String { "no \(type) in column \(column)" }
    }

    /// The value in `column`, nil for null. The plain types (text, ids, times, numbers, truth
    /// values) are told apart by a comparison of types, not by a lookup of what they conform to,
    /// and read by the driver's own conversions; the rest (enums, JSON) go through the drivers'
    /// decoders as before.
    private func read<T: Decodable>(_ column: String, _: T.Type) throws -> T? {
        switch source {
        case .sqlite:
            guard let data = sqliteValue(column) else { throw Missing(column: column, type: "\(T.self)") }
            if case .null = data { return nil }
            func converted<V: SQLiteDataConvertible>(_: V.Type) throws -> T {
                guard let value = V(sqliteData: data) else { throw Missing(column: column, type: "\(T.self)") }
                return unsafeBitCast(value, to: T.self)
            }
            if T.self == String.self { return try converted(String.self) }
            if T.self == UUID.self { return try converted(UUID.self) }
            if T.self == Date.self { return try converted(Date.self) }
            if T.self == Int.self { return try converted(Int.self) }
            if T.self == Bool.self { return try converted(Bool.self) }
            if T.self == Double.self { return try converted(Double.self) }
            return try SQLiteDataDecoder().decode(T.self, from: data)
        case .postgres(let cells, let row, let columns):
            guard let index = columns.index[column] else { throw Missing(column: column, type: "\(T.self)") }
            let cell = cells[index]
            if cell.bytes == nil { return nil }
            func converted<V: PostgresDecodable>(_: V.Type) throws -> T { unsafeBitCast(try cell.decode(V.self), to: T.self) }
            if T.self == String.self { return try converted(String.self) }
            if T.self == UUID.self { return try converted(UUID.self) }
            if T.self == Date.self { return try converted(Date.self) }
            if T.self == Int.self { return try converted(Int.self) }
            if T.self == Bool.self { return try converted(Bool.self) }
            if T.self == Double.self { return try converted(Double.self) }
            return try row.sql().decode(column: column, as: T.self)
        case .sql(let row):
            return try row.decode(column: column, as: T?.self)
        }
    }

    /// Whether the row has the column at all.
    func contains(_ column: String) -> Bool {
        switch source {
        case .sqlite: sqliteValue(column) != nil
        case .postgres(_, _, let columns): columns.index[column] != nil
        case .sql(let row): row.contains(column: column)
        }
    }

    func isNull(_ column: String) throws -> Bool {
        switch source {
        case .sqlite: (sqliteValue(column) ?? .null) == .null
        case .postgres(let cells, _, let columns): columns.index[column].map { cells[$0].bytes == nil } ?? true
        case .sql(let row): try row.decodeNil(column: column)
        }
    }

    /// A value that is not null, of any type a model's field holds (`PlainColumnRows`).
    func decode<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        guard let value = try read(column, type) else { throw Missing(column: column, type: "\(T.self)") }
        return value
    }

    func string(_ column: String) throws -> String { try decode(column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try read(column, String.self) }
    func uuid(_ column: String) throws -> UUID { try decode(column, as: UUID.self) }
    func optionalUUID(_ column: String) throws -> UUID? { try read(column, UUID.self) }
    func date(_ column: String) throws -> Date { try decode(column, as: Date.self) }
    func optionalDate(_ column: String) throws -> Date? { try read(column, Date.self) }
    func int(_ column: String) throws -> Int { try decode(column, as: Int.self) }
    func bool(_ column: String) throws -> Bool { try decode(column, as: Bool.self) }
}

/// The column names of one PostgreSQL result and their places, found once for all its rows:
/// PostgresNIO's rows look a name up twice for every value read (perf, issue 24).
private final class PostgresColumns: Sendable {
    let index: [String: Int]

    init(_ row: PostgresRow) {
        index = Dictionary(row.enumerated().map { ($0.element.columnName, $0.offset) }, uniquingKeysWith: { _, last in last })
    }
}

extension SQLQueryFetcher {
    /// Its rows as `PlainRow`s. The statement SQLKit built runs on SQLiteNIO or PostgresNIO directly,
    /// and is logged as SQLKit logs every statement (the statement counts rely on it).
    func plainRows() async throws -> [PlainRow] {
        if let postgres = database as? any PostgresDatabase, let rows = try await postgresRows(postgres) { return rows }
        guard let sqlite = database as? any SQLiteDatabase else { return try await all().map(PlainRow.init(sql:)) }
        let (sql, binds) = database.serialize(query)
        let encoder = SQLiteDataEncoder()
        let data = try binds.map { try encoder.encode($0) }
        if let level = database.queryLogLevel {
            database.logger.log(level: level, "Executing query", metadata: ["sql": .string(sql), "binds": .array(data.map { .string("\($0)") })])
        }
        if let readers = (database as? any Database)?.sqliteReaders {
            return try readers.rows(sql, data).map(PlainRow.init(read:))
        }
        return try await sqlite.query(sql, data).map(PlainRow.init(sqlite:))
    }

    /// The statement run on PostgresNIO directly, its binds encoded by their own types; nil when a
    /// bind is of another type (SQLKit's path then runs it as before).
    private func postgresRows(_ postgres: any PostgresDatabase) async throws -> [PlainRow]? {
        let (sql, binds) = database.serialize(query)
        var bindings = PostgresBindings(capacity: binds.count)
        var types: [PostgresDataType] = []
        types.reserveCapacity(binds.count)
        func append<V: PostgresNonThrowingEncodable>(_ value: V) { bindings.append(value); types.append(V.psqlType) }
        for bind in binds {
            switch bind {
            case let value as UUID: append(value)
            case let value as String: append(value)
            case let value as Date: append(value)
            case let value as Int: append(value)
            case let value as Bool: append(value)
            case let value as Double: append(value)
            default: return nil
            }
        }
        if let level = database.queryLogLevel {
            database.logger.log(level: level, "Executing query", metadata: ["sql": .string(sql), "binds": .array(binds.map { .string("\($0)") })])
        }
        let logger = database.logger
        let inTransaction = (database as? any Database)?.inTransaction ?? true
        if !inTransaction, let name = PostgresKeptStatements.name(for: sql, types: types) {
            let rows = try await postgres.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    try await PostgresKeptStatements.rows(name, sql, bindings, types: types, on: connection, logger: logger)
                }
            }.get()
            return PlainRow.rows(postgres: rows)
        }
        let result = try await postgres.withConnection { connection in
            connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        }.get()
        return PlainRow.rows(postgres: result.rows)
    }
}
