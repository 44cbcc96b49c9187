import Fluent
import SQLKit

/// Issue 24: one kept row per programme with what the coordinator's overview and the alerts API
/// list (stage, next meeting, alerts, urgency), so that a page of the overview reads fifty rows
/// instead of every meeting of every running programme (`ProgrammeSummaries`).
///
/// The database itself says when a row no longer holds: a trigger on each table the facts come from
/// (the programme, its meetings, mentor change requests, evaluation answers, checklist items) clears
/// the row's day and raises its version in the same transaction as the write, whatever code wrote.
/// A reader works a stale row out again and stores it only if the version is still the one it read.
struct M045_CreateProgrammeSummaries: AsyncMigration {
    static let table = "programme_summaries"
    /// The tables whose rows carry a `programme_id` the summary is worked out from.
    static let factTables = ["meetings", "mentor_change_requests", "evaluation_answers", "checklist_items"]

    func prepare(on database: Database) async throws {
        try await database.schema(Self.table)
            .field("programme_id", .uuid, .required, .references("programmes", "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required)
            .field("version", .int, .required)
            // The programme's columns the lists narrow and order by, copied when the row is worked out.
            .field("unit_id", .uuid)
            .field("first_day", .string)
            .field("ended_at", .datetime)
            // The organisation's day the row was worked out for; null: to be worked out again.
            .field("computed_for", .string)
            .field("part", .string)
            .field("phase", .string)
            .field("next_meeting_id", .uuid)
            .field("closing_meeting_id", .uuid)
            // When the mentoring's closing meeting starts, while it is still to be held.
            .field("closing_starts_at", .datetime)
            .field("alerts", .string)
            .field("alert_count", .int)
            // The place in the overview's order, as digits that sort as text (`ProgrammeSummary.urgencyKey`).
            .field("urgency_key", .string)
            .unique(on: "programme_id")
            .create()
        // Each list reads an index: the stale rows, the page in order, the counts by part (the index
        // holds every column they read), the closing meetings ahead.
        try await database.createIndex("programme_summaries_day_idx", on: Self.table,
                                       columns: ["organisation_id", "computed_for", "programme_id", "version"])
        try await database.createIndex("programme_summaries_order_idx", on: Self.table, columns: ["organisation_id", "urgency_key"])
        try await database.createIndex("programme_summaries_part_idx", on: Self.table,
                                       columns: ["organisation_id", "part", "unit_id", "ended_at", "alert_count"])
        try await database.createIndex("programme_summaries_closing_idx", on: Self.table, columns: ["organisation_id", "closing_starts_at"])
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            INSERT INTO \(ident: Self.table) (programme_id, organisation_id, version) SELECT id, organisation_id, 0 FROM programmes
            """).run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION programme_summary_stale() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP <> 'INSERT' THEN
                    UPDATE programme_summaries SET version = version + 1, computed_for = NULL WHERE programme_id = OLD.programme_id;
                  END IF;
                  IF TG_OP <> 'DELETE' THEN
                    UPDATE programme_summaries SET version = version + 1, computed_for = NULL WHERE programme_id = NEW.programme_id;
                  END IF;
                  RETURN NULL;
                END $$
                """).run()
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION programme_summary_programme() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'INSERT' THEN
                    INSERT INTO programme_summaries (programme_id, organisation_id, version) VALUES (NEW.id, NEW.organisation_id, 0)
                    ON CONFLICT (programme_id) DO NOTHING;
                  ELSE
                    UPDATE programme_summaries SET version = version + 1, computed_for = NULL WHERE programme_id = OLD.id;
                  END IF;
                  RETURN NULL;
                END $$
                """).run()
            for table in Self.factTables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_summary AFTER INSERT OR UPDATE OR DELETE ON \(ident: table)
                    FOR EACH ROW EXECUTE FUNCTION programme_summary_stale()
                    """).run()
            }
            try await sql.raw("""
                CREATE TRIGGER programmes_summary AFTER INSERT OR UPDATE ON programmes
                FOR EACH ROW EXECUTE FUNCTION programme_summary_programme()
                """).run()
        } else {
            let stale = "UPDATE programme_summaries SET version = version + 1, computed_for = NULL WHERE programme_id ="
            for table in Self.factTables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_summary_insert AFTER INSERT ON \(ident: table)
                    BEGIN \(unsafeRaw: stale) NEW.programme_id; END
                    """).run()
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_summary_update AFTER UPDATE ON \(ident: table)
                    BEGIN \(unsafeRaw: stale) OLD.programme_id; \(unsafeRaw: stale) NEW.programme_id; END
                    """).run()
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_summary_delete AFTER DELETE ON \(ident: table)
                    BEGIN \(unsafeRaw: stale) OLD.programme_id; END
                    """).run()
            }
            try await sql.raw("""
                CREATE TRIGGER programmes_summary_insert AFTER INSERT ON programmes
                BEGIN INSERT OR IGNORE INTO programme_summaries (programme_id, organisation_id, version) VALUES (NEW.id, NEW.organisation_id, 0); END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER programmes_summary_update AFTER UPDATE ON programmes
                BEGIN \(unsafeRaw: stale) OLD.id; END
                """).run()
        }
    }

    func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            for table in Self.factTables { try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_summary ON \(ident: table)").run() }
            try await sql.raw("DROP TRIGGER IF EXISTS programmes_summary ON programmes").run()
        } else {
            for table in Self.factTables {
                for event in ["insert", "update", "delete"] { try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_summary_\(unsafeRaw: event)").run() }
            }
            for event in ["insert", "update"] { try await sql.raw("DROP TRIGGER IF EXISTS programmes_summary_\(unsafeRaw: event)").run() }
        }
        try await database.schema(Self.table).delete()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS programme_summary_stale()").run()
            try await sql.raw("DROP FUNCTION IF EXISTS programme_summary_programme()").run()
        }
    }
}
