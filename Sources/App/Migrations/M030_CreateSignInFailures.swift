import Fluent

/// Failed sign-ins, for slowing down password guessing across every instance. A key is a hash of
/// the account's address or of the client's network address, never the address itself.
struct M030_CreateSignInFailures: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("sign_in_failures")
            .id()
            .field("key", .string, .required)
            .field("failed_at", .datetime, .required)
            .create()
        try await database.createIndex("sign_in_failures_key_idx", on: "sign_in_failures", columns: ["key", "failed_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("sign_in_failures").delete()
    }
}
