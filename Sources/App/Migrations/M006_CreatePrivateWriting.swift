import Fluent

/// The new hire's logbook and process journals.
struct M006_CreatePrivateWriting: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("logbook_entries")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("unsure", .string, .required)
            .field("learned", .string, .required)
            .field("remember", .string, .required)
            .field("act_on", .string, .required)
            .field("know_more", .string, .required)
            .field("shared_with_id", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("logbook_author_idx", on: "logbook_entries", columns: ["author_id", "created_at"])
        try await database.createIndex("logbook_shared_idx", on: "logbook_entries", columns: ["shared_with_id"])
        try await database.schema("process_journals")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("title", .string, .required)
            .field("facts", .string, .required)
            .field("account", .string, .required)
            .field("thoughts", .string, .required)
            .field("reflections", .string, .required)
            .field("shared_with_id", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("journals_author_idx", on: "process_journals", columns: ["author_id", "created_at"])
        try await database.createIndex("journals_shared_idx", on: "process_journals", columns: ["shared_with_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("process_journals").delete()
        try await database.schema("logbook_entries").delete()
    }
}
