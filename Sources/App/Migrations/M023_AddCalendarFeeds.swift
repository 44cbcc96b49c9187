import Fluent
import SQLKit

/// Calendar feeds: each dated thing counts its changes (the ICS SEQUENCE), and each person may
/// have a secret feed address, kept as a hash so that a copy of the database does not open it.
struct M023_AddCalendarFeeds: AsyncMigration {
    func prepare(on database: Database) async throws {
        for table in ["meetings", "activities", "gatherings"] {
            try await database.schema(table).field("sequence", .int, .required, .sql(.default(0))).update()
        }
        try await database.schema("people").field("calendar_token_hash", .string).update()
        try await database.createIndex("people_calendar_token_idx", on: "people", columns: ["calendar_token_hash"])
    }

    func revert(on database: Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "people_calendar_token_idx").run()
        try await database.schema("people").deleteField("calendar_token_hash").update()
        for table in ["meetings", "activities", "gatherings"] {
            try await database.schema(table).deleteField("sequence").update()
        }
    }
}
