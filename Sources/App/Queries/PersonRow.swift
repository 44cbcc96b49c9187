import FluentKit
import Foundation
import SQLKit

/// What the pages read of a person in a programme: the model (`Person`) where a page changes
/// people or works with their settings, a plain row (`PersonRow`) where a page only names them and
/// says how to reach them. The pages and components that show people take either.
protocol PersonRecord: Sendable {
    var id: UUID? { get }
    var name: String { get }
    var email: String { get }
    var phone: String? { get }
    var title: String? { get }

    /// These people, in no particular order (those not found are left out).
    static func all(withIDs ids: [UUID], on db: any Database) async throws -> [Self]
}

extension Person: PersonRecord {
    static func all(withIDs ids: [UUID], on db: any Database) async throws -> [Person] {
        try await PlainColumnRows.all(Person.self, where: "id", in: ids, on: db)
    }
}

/// A person as the read pages show them, read straight from the row: a `Person` model makes an
/// object for each of its 25 fields, and making, reading and freeing the people of a programme was
/// a tenth of a new hire's home (perf, issue 24).
struct PersonRow: PersonRecord {
    let rowID: UUID
    let name: String
    let email: String
    let phone: String?
    let title: String?
    /// Whether they have chosen a password (the hash itself is not kept here).
    let hasPassword: Bool

    var id: UUID? { rowID }

    /// The columns read: whether a password is set, never the hash itself. Written as text, not
    /// with SQLKit's builder: writing a statement's column list for every page was 3 % of a
    /// programme page (perf, issue 24).
    static let selection = columns.map(PlainColumnRows.quoted).joined(separator: ", ") + #", ("password_hash" IS NOT NULL) AS "has_password""#

    private static let columns = ["id", "name", "email", "phone", "title"]

    /// The same columns of a person joined as `alias`, each named with `prefix` before it.
    static func selection(of alias: String, prefix: String) -> String {
        let table = PlainColumnRows.quoted(alias)
        func column(_ name: String) -> String { "\(table).\(PlainColumnRows.quoted(name)) AS \(PlainColumnRows.quoted(prefix + name))" }
        return columns.map(column).joined(separator: ", ")
            + ", (\(table).\"password_hash\" IS NOT NULL) AS \(PlainColumnRows.quoted(prefix + "has_password"))"
    }

    init(_ row: PlainRow) throws { try self.init(row, prefix: "") }

    /// The person of `selection(of:prefix:)`; nil when the join found nobody.
    static func joined(_ row: PlainRow, prefix: String) throws -> PersonRow? {
        try row.isNull(prefix + "id") ? nil : PersonRow(row, prefix: prefix)
    }

    private init(_ row: PlainRow, prefix: String) throws {
        rowID = try row.uuid(prefix + "id")
        name = try row.string(prefix + "name")
        email = try row.string(prefix + "email")
        phone = try row.optionalString(prefix + "phone")
        title = try row.optionalString(prefix + "title")
        hasPassword = try row.bool(prefix + "has_password")
    }

    static func all(withIDs ids: [UUID], on db: any Database) async throws -> [PersonRow] {
        guard !ids.isEmpty else { return [] }
        return try await db.sql().raw("SELECT \(unsafeRaw: selection) FROM \(ident: Person.schema) WHERE \"id\" IN (\(binds: ids))")
            .plainRows().map(PersonRow.init)
    }
}
