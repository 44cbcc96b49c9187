import Fluent

/// A new hire gets a one-time link to choose their password.
struct M005_AddInvitations: AsyncMigration {
    func prepare(on database: Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("people").field("invitation_token_hash", .string).update()
        try await database.schema("people").field("invitation_expires_at", .datetime).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("people").deleteField("invitation_expires_at").update()
        try await database.schema("people").deleteField("invitation_token_hash").update()
    }
}
