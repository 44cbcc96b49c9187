import FluentKit
import Foundation
import SQLKit

/// Reads rows of one model's table into models, as Fluent would, but under the table's own column
/// names. Fluent selects every column as `<table>_<column>` and, for every field of every row, builds
/// that name again three times (fluent-sqlite-driver's `SQLRowDatabaseOutput.adjust`): 14 % of the CPU
/// of the alert list on the national dataset (issue 9). The models are the same as Fluent's: their
/// values come in through `Fields.output(from:)` and they count as saved.
enum PlainColumnRows {
    /// The rows of `Item`'s table whose `column` is one of `values`, ordered by `orderBy` if given.
    static func all<Item: Model>(_ item: Item.Type, where column: String, in values: [UUID], orderBy: String? = nil,
                                 on db: any Database) async throws -> [Item] {
        try await rows(of: Item.schema, where: column, in: values, orderBy: orderBy.map { [$0] } ?? [], on: db)
            .map { try model(item, from: $0) }
    }

    /// The rows of `table` whose `column` is one of `values`, in the order of `orderBy`: the
    /// statement written as text at once. SQLKit's builder quotes each name through a generic
    /// string search, and the statements of the person pages spent 7 % of a page there (perf, issue 24).
    static func rows(of table: String, columns: [String] = [], where column: String, in values: [UUID], orderBy: [String] = [],
                     on db: any Database) async throws -> [PlainRow] {
        guard !values.isEmpty else { return [] }
        let selected = columns.isEmpty ? "*" : columns.map(quoted).joined(separator: ", ")
        let order = orderBy.isEmpty ? "" : " ORDER BY " + orderBy.map(quoted).joined(separator: ", ")
        let sql: SQLQueryString = "SELECT \(unsafeRaw: selected) FROM \(unsafeRaw: quoted(table)) WHERE \(unsafeRaw: quoted(column)) IN (\(binds: values))\(unsafeRaw: order)"
        return try await db.sql().raw(sql).plainRows()
    }

    /// A table's or column's name in double quotes (SQLite and PostgreSQL alike). The names are the
    /// code's own, never typed by anyone; one with a quote in it would be a mistake in the code.
    static func quoted(_ name: String) -> String {
        precondition(!name.contains("\""), "a name with a quote: \(name)")
        return "\"\(name)\""
    }

    /// The rows of `Item`'s table that `narrow` picks (it adds the conditions, order and limit).
    static func all<Item: Model>(_ item: Item.Type, on db: any Database, _ narrow: (SQLSelectBuilder) -> Void) async throws -> [Item] {
        try await rows(item, on: db, narrow).map { try model(item, from: $0) }
    }

    /// The rows themselves, to be made into models later (`model(_:from:)`), as often as needed.
    /// On SQLite their values come straight from SQLiteNIO (`PlainRow`): through SQLKit's decoder,
    /// the fields of a mentor's 124 meetings were a quarter of their home page (issue 24).
    static func rows<Item: Model>(_ item: Item.Type, on db: any Database, _ narrow: (SQLSelectBuilder) -> Void) async throws -> [PlainRow] {
        let select = try db.sql().select().column(SQLLiteral.all).from(Item.schema)
        narrow(select)
        return try await select.plainRows()
    }

    /// A model of its own, made from a row of `Item`'s table.
    static func model<Item: Model>(_ item: Item.Type, from row: PlainRow) throws -> Item {
        let model = Item()
        try model.output(from: Output(row: row))
        return model
    }

    private struct Output: DatabaseOutput {
        let row: PlainRow
        var description: String { "a row of plain columns" }
        func schema(_ schema: String) -> any DatabaseOutput { self }
        func contains(_ key: FieldKey) -> Bool { row.contains(key.description) }
        func decodeNil(_ key: FieldKey) throws -> Bool { try row.isNull(key.description) }
        func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T { try row.decode(key.description, as: T.self) }
    }
}

extension Database {
    /// This database as SQL (both of ours are), for the reads and writes Fluent does not express.
    func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { throw FluentError.invalidField(name: "sql", valueType: Self.self, error: NotSQL()) }
        return sql
    }
}

private struct NotSQL: Error {}
