import Fluent

/// Retention and rights (issue 8): how long an organisation keeps private texts after a programme
/// ends, when a programme's texts were purged, and when a person was erased.
struct M033_AddDataRights: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite takes one new column per statement.
        try await database.schema("organisations").field("storage_months", .int).update()
        try await database.schema("programmes").field("texts_purged_at", .datetime).update()
        try await database.schema("people").field("erased_at", .datetime).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("organisations").deleteField("storage_months").update()
        try await database.schema("programmes").deleteField("texts_purged_at").update()
        try await database.schema("people").deleteField("erased_at").update()
    }
}
