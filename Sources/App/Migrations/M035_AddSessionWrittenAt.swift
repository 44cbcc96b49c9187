import Fluent
import Foundation
import SQLKit

/// When each stored session was last written, so sessions nobody uses any more are deleted
/// (`StoredSessions.prune`); the sessions there already count as written now.
struct M035_AddSessionWrittenAt: AsyncMigration {
    static let index = "sessions_written_at_idx"

    func prepare(on database: Database) async throws {
        try await database.schema(StoredSession.schema).field("written_at", .datetime).update()
        try await StoredSession.query(on: database).set(\.$writtenAt, to: Date()).update()
        try await database.createIndex(Self.index, on: StoredSession.schema, columns: ["written_at"])
    }

    func revert(on database: Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: Self.index).run()
        try await database.schema(StoredSession.schema).deleteField("written_at").update()
    }
}
