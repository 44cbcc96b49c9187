import NIOConcurrencyHelpers
import PostgresNIO

/// The read pages' statements kept prepared on each PostgreSQL connection. PostgresNIO sends an
/// unnamed statement for every query, and PostgreSQL parses and plans it anew each time: a third of
/// the server's work for a mentor's home (perf, issue 24). A kept statement is parsed and planned
/// once a connection, then only bound and run.
///
/// PostgresNIO keeps prepared statements per connection for types that name their text statically
/// (`PostgresPreparedStatement`); the statements here are SQLKit's, known only when a page runs, so
/// `KeptStatement` reads its name and text from the task that runs it. Only statements outside a
/// transaction are kept: PostgresNIO remembers a failed preparation for the life of the connection,
/// and one made in a transaction that had already failed would fail there for good.
enum PostgresKeptStatements {
    /// At most this many different statements are kept (a connection holds each one's plan); the
    /// rest run unnamed as before. The read pages have a few dozen; lists bound to a varying
    /// number of ids make one statement for each length.
    static let limit = 256

    private static let names = NIOLockedValueBox<[String: String]>([:])

    /// The name `sql` with binds of `types` is kept under; nil once `limit` statements are kept.
    static func name(for sql: String, types: [PostgresDataType]) -> String? {
        let key = types.map { String($0.rawValue) }.joined(separator: ",") + ";" + sql
        return names.withLockedValue { names in
            if let name = names[key] { return name }
            guard names.count < limit else { return nil }
            let name = "godstart_read_\(names.count + 1)"
            names[key] = name
            return name
        }
    }

    /// Whether a statement whose text satisfies `matches` is kept (tests).
    static func keeps(where matches: (String) -> Bool) -> Bool {
        names.withLockedValue { $0.keys.contains { matches($0) } }
    }

    /// The rows of the kept statement `name` with `sql` and `bindings` on `connection`.
    static func rows(
        _ name: String, _ sql: String, _ bindings: PostgresBindings, types: [PostgresDataType],
        on connection: PostgresConnection, logger: Logger
    ) async throws -> [PostgresRow] {
        try await KeptStatement.$current.withValue(.init(name: name, sql: sql, types: types)) {
            var rows: [PostgresRow] = []
            for try await row in try await connection.execute(KeptStatement(bindings: bindings), logger: logger) {
                rows.append(row)
            }
            return rows
        }
    }
}

/// One of `PostgresKeptStatements`' statements: its name, text and bind types are those of the
/// task running it (`current`), read by PostgresNIO when the statement is executed.
private struct KeptStatement: PostgresPreparedStatement {
    struct Text: Sendable {
        let name: String
        let sql: String
        let types: [PostgresDataType]
    }

    @TaskLocal static var current = Text(name: "", sql: "", types: [])

    static var name: String { current.name }
    static var sql: String { current.sql }
    static var bindingDataTypes: [PostgresDataType] { current.types }

    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}
