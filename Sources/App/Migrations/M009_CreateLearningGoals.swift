import Fluent

/// The learning-goal catalogue of each organisation, and each programme's goals.
struct M009_CreateLearningGoals: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("learning_goal_catalogue")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("typical_key", .string)
            .field("titles", .dictionary(of: .string), .required)
            .field("position", .int, .required)
            .field("retired", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "organisation_id", "typical_key")
            .create()
        try await database.schema("learning_goals")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("catalogue_entry_id", .uuid, .references("learning_goal_catalogue", "id"))
            .field("own_title", .string)
            .field("note", .string, .required)
            .field("status", .string, .required)
            .field("mentor_role", .string)
            .field("for_development_talk", .bool, .required)
            .field("created_by_id", .uuid, .required, .references("people", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("learning_goals_programme_idx", on: "learning_goals", columns: ["programme_id"])
        try await database.schema("learning_goal_meetings")
            .id()
            .field("goal_id", .uuid, .required, .references("learning_goals", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .unique(on: "goal_id", "meeting_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("learning_goal_meetings").delete()
        try await database.schema("learning_goals").delete()
        try await database.schema("learning_goal_catalogue").delete()
    }
}
