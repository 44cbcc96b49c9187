import Fluent
import SQLKit

/// The audit log (issue 8): one row per recorded event. Person ids are plain values, not foreign
/// keys, so the log outlives the people it names; the database refuses to change or delete a row
/// once written, on SQLite and PostgreSQL alike.
struct M031_CreateAuditEntries: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("occurred_at", .datetime, .required)
            .field("organisation_id", .uuid)
            .field("actor_id", .uuid)
            .field("subject_id", .uuid)
            .field("kind", .string, .required)
            .field("detail", .string)
            .field("resource", .string)
            .field("item_id", .uuid)
            .field("programme_id", .uuid)
            .field("address", .string)
            .create()
        try await database.createIndex("audit_entries_organisation_idx", on: "audit_entries", columns: ["organisation_id", "occurred_at"])
        try await database.createIndex("audit_entries_subject_idx", on: "audit_entries", columns: ["subject_id", "occurred_at"])
        try await database.createIndex("audit_entries_actor_idx", on: "audit_entries", columns: ["actor_id", "occurred_at"])
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()
                """).run()
        } else {
            try await sql.raw("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
                """).run()
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema("audit_entries").delete()
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_entries_append_only()").run()
        }
    }
}
