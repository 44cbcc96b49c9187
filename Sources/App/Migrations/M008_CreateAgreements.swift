import Fluent

/// The collaboration agreement of the mentoring, in versions.
struct M008_CreateAgreements: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("agreement_versions")
            .id()
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("mentor_id", .uuid, .required, .references("people", "id"))
            .field("number", .int, .required)
            .field("texts", .dictionary(of: .string), .required)
            .field("written_by_id", .uuid, .required, .references("people", "id"))
            .field("mentee_confirmed_at", .datetime)
            .field("mentor_confirmed_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "programme_id", "number")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("agreement_versions").delete()
    }
}
