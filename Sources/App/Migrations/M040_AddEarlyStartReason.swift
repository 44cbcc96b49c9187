import Fluent

/// Issue 23: why a mentoring started before the week of the introduction's closing meeting
/// (`MentoringStartController.earlyReasonColumn`), read and written in SQL.
struct M040_AddEarlyStartReason: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Programme.schema).field(.string(MentoringStartController.earlyReasonColumn), .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Programme.schema).deleteField(.string(MentoringStartController.earlyReasonColumn)).update()
    }
}
