import Fluent

struct M004_CreateMeetings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("kind", .string, .required)
            .field("number", .int, .required)
            .field("starts_at", .datetime, .required)
            .field("minutes", .int, .required)
            .field("place", .string)
            .field("status", .string, .required)
            .field("held_at", .datetime)
            .create()
        try await database.createIndex("meetings_programme_starts_idx", on: "meetings", columns: ["programme_id", "starts_at"])
        try await database.schema("meeting_notes")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("agenda_point", .string, .required)
            .field("text", .string, .required)
            .field("updated_by_id", .uuid, .required, .references("people", "id"))
            .field("updated_at", .datetime)
            .unique(on: "meeting_id", "agenda_point")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("meeting_notes").delete()
        try await database.schema("meetings").delete()
    }
}
