import Fluent

/// Issue 23: the new hire may send the advice of an evaluation answer to the mentor
/// (`SharedAdvice`), one row per answer sent; the answers' own table stays as M032 reads it.
struct M044_AddSharedAdvice: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(SharedAdvice.schema)
            .id()
            .field("answers_id", .uuid, .required, .references(EvaluationAnswers.schema, "id", onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references("programmes", "id", onDelete: .cascade))
            .field("shared_with_id", .uuid, .required, .references("people", "id"))
            .field("shared_at", .datetime, .required)
            .unique(on: "answers_id")
            .create()
        try await database.createIndex("shared_advice_shared_with_idx", on: SharedAdvice.schema, columns: ["shared_with_id"])
        try await database.createIndex("shared_advice_programme_idx", on: SharedAdvice.schema, columns: ["programme_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(SharedAdvice.schema).delete()
    }
}
