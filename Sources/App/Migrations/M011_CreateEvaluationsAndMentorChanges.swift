import Fluent

/// Evaluation answers, requests for a new mentor, the mentors a programme had before, and the
/// Stockholm cadence as a template option.
struct M011_CreateEvaluationsAndMentorChanges: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("evaluation_answers")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("kind", .string, .required)
            .field("role", .string, .required)
            .field("answers", .dictionary(of: .string), .required)
            .field("rating", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "programme_id", "author_id", "kind")
            .create()
        try await database.schema("mentor_change_requests")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("requested_by_id", .uuid, .required, .references("people", "id"))
            .field("reason", .string, .required)
            .field("created_at", .datetime)
            .field("resolved_at", .datetime)
            .create()
        try await database.schema("former_mentorships")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("mentor_id", .uuid, .required, .references("people", "id"))
            .field("started_at", .datetime)
            .field("ended_at", .datetime, .required)
            .field("reason", .string, .required)
            .create()
        // When the current mentor took over (nil: from the start), and whether the mentee lets
        // them see the learning goals and the plan from before.
        try await database.schema("programmes").field("mentor_since", .datetime).update()
        try await database.schema("programmes").field("earlier_material_shared", .bool).update()
        // The Stockholm cadence as an option of a workplace's template.
        try await database.schema("programme_templates").field("stockholm_cadence", .bool).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("programme_templates").deleteField("stockholm_cadence").update()
        try await database.schema("programmes").deleteField("earlier_material_shared").update()
        try await database.schema("programmes").deleteField("mentor_since").update()
        try await database.schema("former_mentorships").delete()
        try await database.schema("mentor_change_requests").delete()
        try await database.schema("evaluation_answers").delete()
    }
}
