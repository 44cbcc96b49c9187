import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// The administrator's list of the organisation's people as plain rows, a page at a time in name
/// order, narrowed to a unit and a search in names and addresses; with how many people each unit
/// has. Three statements however many staff there are (a municipality has thousands).
enum PeopleQuery {
    static var pageSize: Int { ListPage<Row>.size }

    struct Filter: Sendable {
        var unit: UUID?
        /// Part of a name or an e-mail address; empty: everyone.
        var search = ""
        var page = 1
    }

    struct Row: Sendable {
        let id: UUID
        let name: String
        let email: String
        let unitID: UUID?
        let isCoordinator: Bool
        let isManager: Bool
        let isAdmin: Bool
        /// `yyyy-mm-dd`, from HR.
        let leftOn: String?
    }

    struct Result: Sendable {
        let rows: [Row]
        /// How many people pass the filter.
        let total: Int
        let page: Int
        let pageCount: Int
        /// The number of the first row shown.
        var firstNumber: Int { ListPage<Row>.firstNumber(ofPage: page) }
        /// How many people (not erased) each unit has, whatever the filter.
        let countsByUnit: [UUID: Int]
    }

    static func run(organisation: UUID, filter: Filter, on db: any Database) async throws -> Result {
        let sql = try db.sql()
        // Who passes the filter, from names and addresses only; the search folds case and accents
        // (`NameSearch`) the same way on both databases, so it is done here rather than in SQL.
        // Without a search only the ids are read, in name order from an index (M042).
        let search = filter.search.trimmingCharacters(in: .whitespacesAndNewlines)
        let names = sql.select().columns(search.isEmpty ? ["id"] : ["id", "name", "email"]).from(Person.schema)
            .where("organisation_id", .equal, SQLBind(organisation)).where("erased_at", .is, SQLLiteral.null)
            .orderBy("name").orderBy("id")
        if let unit = filter.unit { names.where("unit_id", .equal, SQLBind(unit)) }
        var matching: [UUID] = []
        for row in try await names.plainRows() {
            if !search.isEmpty {
                let name = try row.string("name")
                let email = try row.string("email")
                guard NameSearch.matches(name, search) || NameSearch.matches(email, search) else { continue }
            }
            matching.append(try row.uuid("id"))
        }
        let page = ListPage(matching, page: filter.page)
        let shown = page.items

        var rows: [Row] = []
        if !shown.isEmpty {
            rows = try await sql.select()
                .columns("id", "name", "email", "unit_id", "is_coordinator", "is_manager", "is_admin", "left_on")
                .from(Person.schema).where(SQLIdentifier("id"), .in, shown).orderBy("name").orderBy("id").plainRows().map { row in
                    Row(id: try row.uuid("id"), name: try row.string("name"),
                        email: try row.string("email"), unitID: try row.optionalUUID("unit_id"),
                        isCoordinator: try row.bool("is_coordinator"),
                        isManager: try row.bool("is_manager"), isAdmin: try row.bool("is_admin"),
                        leftOn: try row.optionalString("left_on"))
                }
        }

        var counts: [UUID: Int] = [:]
        for row in try await sql.select().column("unit_id").column(SQLFunction("count", args: SQLLiteral.all), as: "people")
            .from(Person.schema).where("organisation_id", .equal, SQLBind(organisation)).where("erased_at", .is, SQLLiteral.null)
            .where("unit_id", .isNot, SQLLiteral.null).groupBy("unit_id").plainRows() {
            counts[try row.uuid("unit_id")] = try row.int("people")
        }
        return Result(rows: rows, total: matching.count, page: page.page, pageCount: page.pageCount, countsByUnit: counts)
    }
}
