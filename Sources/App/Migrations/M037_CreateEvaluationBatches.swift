import Fluent

/// Issue 20: evaluation figures are published in closed batches of five (`EvaluationBatches`). The
/// answers in a batch are marked with it (`batch_id`, read in SQL so that the model M032 reads stays
/// as it was); answers given before this migration form batches the first time the totals are read.
struct M037_CreateEvaluationBatches: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(EvaluationBatch.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("kind", .string, .required)
            .field("role", .string, .required)
            .field("number", .int, .required)
            .field("answers", .int, .required)
            .field("rating_counts", .array(of: .int), .required)
            .field("answered_per_question", .dictionary(of: .int), .required)
            .field("closed_at", .datetime, .required)
            .unique(on: "organisation_id", "kind", "role", "number")
            .create()
        try await database.schema(EvaluationAnswers.schema).field(.string(EvaluationBatching.column), .uuid).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(EvaluationAnswers.schema).deleteField(.string(EvaluationBatching.column)).update()
        try await database.schema(EvaluationBatch.schema).delete()
    }
}
