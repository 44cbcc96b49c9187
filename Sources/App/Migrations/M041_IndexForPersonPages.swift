import Fluent
import SQLKit

/// Issue 24: lookups on every person's page that went through a whole municipality. A new hire's
/// home names the coordinator: found among the 4,200 people of the largest municipality by the
/// organisation's index alone, sorted in a temporary tree.
struct M041_IndexForPersonPages: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("people_organisation_coordinator_idx", "people", ["organisation_id", "is_coordinator", "name"]),
    ]

    func prepare(on database: Database) async throws {
        for index in Self.indexes {
            try await database.createIndex(index.name, on: index.table, columns: index.columns)
        }
    }

    func revert(on database: Database) async throws {
        for index in Self.indexes {
            try await (database as? any SQLDatabase)?.drop(index: index.name).run()
        }
    }
}
