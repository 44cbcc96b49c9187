import Fluent

/// Ideas for the programme, sent by anyone in the organisation, answered by the coordinator.
struct M019_CreateIdeas: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("ideas")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("anonymous", .bool, .required)
            .field("text", .string, .required)
            .field("status", .string, .required)
            .field("answer", .string)
            .field("created_at", .datetime)
            .field("answered_at", .datetime)
            .create()
        try await database.createIndex("ideas_org_created_idx", on: "ideas", columns: ["organisation_id", "created_at"])
        try await database.createIndex("ideas_author_idx", on: "ideas", columns: ["author_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("ideas").delete()
    }
}
