import Fluent

/// The introduction's schedule of activities.
struct M014_CreateActivities: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("activities")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("day", .string, .required)
            .field("time", .string, .required)
            .field("minutes", .int, .required)
            .field("place", .string)
            .field("run_by_id", .uuid, .references("people", "id"))
            .field("learning_goal", .string)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("activities_programme_idx", on: "activities", columns: ["programme_id", "day"])
        try await database.createIndex("activities_run_by_idx", on: "activities", columns: ["run_by_id", "day"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("activities").delete()
    }
}
