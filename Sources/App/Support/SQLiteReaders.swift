import CSQLiteSettings
import FluentKit
import FluentSQLiteDriver
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import VaporCSQLite

/// The SQLite file's configuration with connections of its own for the read pages' statements
/// (`plainRows()`). Fluent's driver runs every statement on a thread pool behind a connection pool
/// and prepares it anew each time: about 45 µs of CPU a statement (bench/floor.py), the largest
/// part of a person page that is not Godstart's own work (perf, issue 24). These connections run a
/// statement where the request already runs, keep it prepared, and hand back its rows directly.
///
/// They only read (`PRAGMA query_only`), and only statements outside a transaction: a statement in
/// a transaction must see that transaction's writes, so it runs on the transaction's connection as
/// before. The file is in write-ahead-log mode, so a statement here sees everything committed before
/// it starts, as one on Fluent's connections does, and never waits for a writer.
struct SQLiteReadingConfiguration: DatabaseConfiguration {
    var fluent: any DatabaseConfiguration
    let readers: SQLiteReaders

    var middleware: [any AnyModelMiddleware] {
        get { fluent.middleware }
        set { fluent.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        Driver(fluent: fluent.makeDriver(for: databases), readers: readers)
    }

    private struct Driver: DatabaseDriver {
        let fluent: any DatabaseDriver
        let readers: SQLiteReaders
        func makeDatabase(with context: DatabaseContext) -> any Database { fluent.makeDatabase(with: context) }
        func shutdown() { fluent.shutdown(); readers.close() }
        func shutdownAsync() async { await fluent.shutdownAsync(); readers.close() }
    }
}

extension Database {
    /// The read connections this database's statements may run on now: nil on PostgreSQL, on
    /// SQLite in memory (no other connection sees that database) and inside a transaction.
    var sqliteReaders: SQLiteReaders? {
        guard !inTransaction else { return nil }
        return (context.configuration as? SQLiteReadingConfiguration)?.readers
    }
}

/// Read-only connections to one SQLite file, each used by one statement at a time, opened as they
/// are first needed (at most as many as statements run at once: one per thread that runs requests).
final class SQLiteReaders: Sendable {
    let path: String
    private let idle = NIOLockedValueBox<(connections: [SQLiteReader], closed: Bool)>(([], false))

    init(path: String) { self.path = path }

    /// The rows of `sql` with `binds`, each as its column names and values.
    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteReadRow] {
        let reader = try idle.withLockedValue { $0.connections.popLast() } ?? SQLiteReader(path: path)
        defer {
            let keep = idle.withLockedValue { state -> Bool in
                guard !state.closed else { return false }
                state.connections.append(reader)
                return true
            }
            if !keep { reader.close() }
        }
        return try reader.rows(sql, binds)
    }

    /// How often SQLite has made `sql` anew on the idle connections since it was kept (tests).
    func timesPreparedAgain(_ sql: String) -> Int {
        idle.withLockedValue { $0.connections.reduce(0) { $0 + $1.timesPreparedAgain(sql) } }
    }

    /// Closes the idle connections; those in use close when their statement ends.
    func close() {
        let connections = idle.withLockedValue { state -> [SQLiteReader] in
            state.closed = true
            defer { state.connections = [] }
            return state.connections
        }
        for connection in connections { connection.close() }
    }
}

/// A row of a statement run by `SQLiteReaders`: its values, and the statement's column names.
struct SQLiteReadRow: Sendable {
    let columns: SQLiteColumnNames
    let values: [SQLiteData]

    /// The value in the column of that name, nil when there is none.
    func value(_ column: String) -> SQLiteData? {
        columns.position(of: column).map { values[$0] }
    }
}

/// A statement's column names, shared by its rows.
final class SQLiteColumnNames: Sendable {
    let names: [String]
    private let lengths: [Int]
    private let positions: [String: Int]

    init(_ names: [String]) {
        self.names = names
        lengths = names.map(\.utf8.count)
        positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Short lists are searched in order: comparing a few short names costs less than hashing one,
    /// and only names of the same length are compared at all (a comparison of two names that
    /// differ was most of finding a meeting's ten columns, 3 % of a mentor's home, perf, issue 24).
    func position(of column: String) -> Int? {
        guard names.count <= 16 else { return positions[column] }
        let length = column.utf8.count
        for index in names.indices where lengths[index] == length && names[index] == column { return index }
        return nil
    }
}

/// One read-only connection and the statements it keeps prepared. Used by one caller at a time
/// (`SQLiteReaders` hands it out), so SQLite's own locks on it are left out.
private final class SQLiteReader: @unchecked Sendable {
    private struct Prepared {
        let statement: OpaquePointer
        let columns: SQLiteColumnNames
    }

    /// How many statements a connection keeps prepared; the lists of ids make statements of many
    /// lengths, so when it is full they are all let go and kept again as they come.
    private static let keptStatements = 256

    private var handle: OpaquePointer?
    private var prepared: [String: Prepared] = [:]

    init(path: String) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, handle != nil else {
            let message = handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            close()
            throw SQLiteReadError(status: status, message: "could not open \(path) to read: \(message)")
        }
        // A writer holds the log's lock only while it checkpoints; wait for it rather than fail.
        sqlite_nio_sqlite3_busy_timeout(handle, 5_000)
        try execute("PRAGMA query_only = 1")
        // A kept statement keeps its plan: SQLite otherwise made some statements anew each time
        // values were bound to them (`sqlite3Reprepare`, 6 % of a programme page, perf, issue 24).
        let kept = godstart_sqlite_keep_query_plans(UnsafeMutableRawPointer(handle))
        guard kept == SQLITE_OK else { throw error(kept) }
    }

    func close() {
        for kept in prepared.values { sqlite_nio_sqlite3_finalize(kept.statement) }
        prepared = [:]
        if let handle { sqlite_nio_sqlite3_close_v2(handle) }
        handle = nil
    }

    deinit { close() }

    private func execute(_ sql: String) throws {
        let status = sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil)
        guard status == SQLITE_OK else { throw error(status) }
    }

    private func error(_ status: Int32) -> SQLiteReadError {
        SQLiteReadError(status: status, message: handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "closed")
    }

    private func statement(for sql: String) throws -> Prepared {
        if let kept = prepared[sql] { return kept }
        if prepared.count >= Self.keptStatements {
            for kept in prepared.values { sqlite_nio_sqlite3_finalize(kept.statement) }
            prepared = [:]
        }
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        let names = (0 ..< sqlite_nio_sqlite3_column_count(statement)).map { index in
            sqlite_nio_sqlite3_column_name(statement, index).map { String(cString: $0) } ?? ""
        }
        let kept = Prepared(statement: statement, columns: SQLiteColumnNames(names))
        prepared[sql] = kept
        return kept
    }

    func timesPreparedAgain(_ sql: String) -> Int {
        prepared[sql].map { Int(sqlite_nio_sqlite3_stmt_status($0.statement, SQLITE_STMTSTATUS_REPREPARE, 0)) } ?? 0
    }

    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteReadRow] {
        let kept = try statement(for: sql)
        let statement = kept.statement
        // Reset at once, whatever happens: a statement left stepping holds its read of the log open,
        // and the log could not be checkpointed behind it.
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (offset, bind) in binds.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch bind {
            case .integer(let value): status = sqlite_nio_sqlite3_bind_int64(statement, index, Int64(value))
            case .float(let value): status = sqlite_nio_sqlite3_bind_double(statement, index, value)
            case .null: status = sqlite_nio_sqlite3_bind_null(statement, index)
            case .text(let value):
                var value = value
                status = value.withUTF8 { bytes in
                    sqlite_nio_sqlite3_bind_text64(statement, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                                   UInt64(bytes.count), SQLITE_TRANSIENT, UInt8(SQLITE_UTF8))
                }
            case .blob(let value):
                status = value.withUnsafeReadableBytes { bytes in
                    sqlite_nio_sqlite3_bind_blob64(statement, index, bytes.baseAddress, UInt64(bytes.count), SQLITE_TRANSIENT)
                }
            }
            guard status == SQLITE_OK else { throw error(status) }
        }
        let count = Int32(kept.columns.names.count)
        var rows: [SQLiteReadRow] = []
        while true {
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw error(status) }
            var values: [SQLiteData] = []
            values.reserveCapacity(Int(count))
            for column in 0 ..< count { values.append(value(statement, column)) }
            rows.append(SQLiteReadRow(columns: kept.columns, values: values))
        }
    }

    private func value(_ statement: OpaquePointer, _ column: Int32) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            guard let text = sqlite_nio_sqlite3_column_text(statement, column) else { return .null }
            let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
        case SQLITE_BLOB:
            let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            var buffer = ByteBufferAllocator().buffer(capacity: length)
            if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: length))
            }
            return .blob(buffer)
        default: return .null
        }
    }
}

/// What SQLite answered when a read failed.
struct SQLiteReadError: Error, CustomStringConvertible {
    let status: Int32
    let message: String
    var description: String { "SQLite \(status): \(message)" }
}

private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
