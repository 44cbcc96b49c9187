import Fluent
import SQLKit

/// Programmes whose development talk was held before holding it ended them: ended at that time.
struct M024_EndProgrammesWithTheirTalk: AsyncMigration {
    func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            UPDATE programmes SET ended_at = (
                SELECT MAX(meetings.held_at) FROM meetings
                WHERE meetings.programme_id = programmes.id AND meetings.kind = 'developmentTalk' AND meetings.status = 'held')
            WHERE ended_at IS NULL AND EXISTS (
                SELECT 1 FROM meetings
                WHERE meetings.programme_id = programmes.id AND meetings.kind = 'developmentTalk' AND meetings.status = 'held'
                  AND meetings.held_at IS NOT NULL)
            """).run()
    }

    func revert(on database: Database) async throws {}
}
