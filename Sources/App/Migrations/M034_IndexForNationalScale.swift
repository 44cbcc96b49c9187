import Fluent
import SQLKit

/// Lookups that scanned whole tables on the national dataset (issue 9): open mentor-change
/// requests of the programmes listed, a municipality's units, the journals brought to a meeting,
/// and the private writing and earlier mentorships of one programme (the purge, the erasure and
/// the mentor change read those).
struct M034_IndexForNationalScale: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("mentor_change_requests_programme_idx", "mentor_change_requests", ["programme_id", "resolved_at"]),
        ("units_organisation_idx", "units", ["organisation_id", "name"]),
        ("journals_meeting_idx", "process_journals", ["for_meeting_id"]),
        ("journals_programme_idx", "process_journals", ["programme_id"]),
        ("logbook_programme_idx", "logbook_entries", ["programme_id"]),
        ("former_mentorships_programme_idx", "former_mentorships", ["programme_id"]),
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
