import Fluent

/// Encryption at rest (issue 8): the check value that tells at start whether the keys fit, and
/// every private text written before this release sealed under the current key.
struct M032_SealPrivateTexts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("sealing_checks")
            .id()
            .field("sealed", .string, .required)
            .create()
        // The tables of that time: a table made by a later migration does not exist yet here.
        try await SealedTexts.resealAll(SealedTexts.sealedAtM032, on: database)
    }

    func revert(on database: Database) async throws {
        try await database.schema("sealing_checks").delete()
    }
}
