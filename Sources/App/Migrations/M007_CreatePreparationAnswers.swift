import Fluent

struct M007_CreatePreparationAnswers: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("preparation_answers")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("answers", .dictionary(of: .string), .required)
            .field("shared_with_id", .uuid, .references("people", "id"))
            .field("updated_at", .datetime)
            .unique(on: "programme_id", "author_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("preparation_answers").delete()
    }
}
