import Fluent

/// Tokens for integrations: each names its system, carries its scopes, and can be revoked. Only a
/// hash of the token is kept.
struct M025_CreateApiTokens: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("api_tokens")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("scopes", .string, .required)
            .field("created_by_id", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("api_tokens").delete()
    }
}
