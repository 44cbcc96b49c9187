import Fluent
import SQLKit

/// The coordinator's overview reads the running programmes and those ended lately, not the whole history.
struct M022_IndexProgrammeEnd: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.createIndex("programmes_org_ended_idx", on: "programmes", columns: ["organisation_id", "ended_at"])
    }

    func revert(on database: Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "programmes_org_ended_idx").run()
    }
}
