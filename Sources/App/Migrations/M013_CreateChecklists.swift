import Fluent

/// The introduction's checklist of each programme.
struct M013_CreateChecklists: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("checklist_items")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("template_key", .string)
            .field("custom_title", .string)
            .field("window_from", .string, .required)
            .field("window_to", .string, .required)
            .field("responsible_role", .string, .required)
            .field("window_moved_reason", .string)
            .field("covered_at", .datetime)
            .field("covered_by_id", .uuid, .references("people", "id"))
            .field("not_relevant_reason", .string)
            .field("moved_to_learning_goal_id", .uuid, .references("learning_goals", "id"))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("checklist_programme_idx", on: "checklist_items", columns: ["programme_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("checklist_items").delete()
    }
}
