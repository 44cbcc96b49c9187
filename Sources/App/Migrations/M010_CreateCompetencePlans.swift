import Fluent

/// The learning and competence plan of each programme, with its history, and whether the mentee
/// shares it with the manager.
struct M010_CreateCompetencePlans: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("competence_plan_rows")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("fields", .dictionary(of: .string), .required)
            .field("removed_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("plan_rows_programme_idx", on: "competence_plan_rows", columns: ["programme_id"])
        try await database.schema("competence_plan_changes")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("row_id", .uuid, .required, .references("competence_plan_rows", "id"))
            .field("changed_by_id", .uuid, .required, .references("people", "id"))
            .field("kind", .string, .required)
            .field("before", .dictionary(of: .string), .required)
            .field("after", .dictionary(of: .string), .required)
            .field("changed_at", .datetime, .required)
            .create()
        try await database.createIndex("plan_changes_programme_idx", on: "competence_plan_changes", columns: ["programme_id", "changed_at"])
        try await database.schema("programmes")
            .field("plan_shared_with_manager", .bool)
            .update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("programmes").deleteField("plan_shared_with_manager").update()
        try await database.schema("competence_plan_changes").delete()
        try await database.schema("competence_plan_rows").delete()
    }
}
