import Fluent
import SQLKit

/// Issue 24: the administrator's list of people, 50 a page in name order, read the 4,200 people of
/// the largest municipality and sorted them in a temporary tree for every page.
struct M042_IndexForPeopleList: AsyncMigration {
    static let index = (name: "people_organisation_name_idx", table: "people", columns: ["organisation_id", "erased_at", "name", "id"])

    func prepare(on database: Database) async throws {
        try await database.createIndex(Self.index.name, on: Self.index.table, columns: Self.index.columns)
    }

    func revert(on database: Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: Self.index.name).run()
    }
}
