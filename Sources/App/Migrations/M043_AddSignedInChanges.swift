import Fluent

/// Issue 24: the changes that end what an instance keeps in memory about signed-in browsers
/// (`SignedInChange`, `SignedInCache`), read by every instance once a second.
struct M043_AddSignedInChanges: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(SignedInChange.schema)
            .id()
            .field("changed_at", .datetime, .required)
            .field("session_hash", .string)
            .field("person_id", .uuid)
            .field("organisation_id", .uuid)
            .create()
        try await database.createIndex("signed_in_changes_changed_at_idx", on: SignedInChange.schema, columns: ["changed_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(SignedInChange.schema).delete()
    }
}
