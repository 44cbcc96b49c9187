import Fluent
import SQLKit

/// The outbox: every mail is written here in the same transaction as the change that causes it, and
/// a worker sends it. `dedup_key` makes a reminder found twice a single row; `claimed_until` is the
/// lease a worker holds while it sends.
struct M026_CreateOutbox: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("outbox_messages")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("recipient_id", .uuid, .references("people", "id", onDelete: .cascade))
            .field("to_address", .string, .required)
            .field("kind", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("dedup_key", .string)
            .field("created_at", .datetime, .required)
            .field("send_after", .datetime, .required)
            .field("attempts", .int, .required, .sql(.default(0)))
            .field("claimed_until", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("failed_at", .datetime)
            .field("expires_at", .datetime)
            .unique(on: "dedup_key")
            .create()
        try await database.createIndex("outbox_waiting_idx", on: "outbox_messages", columns: ["sent_at", "send_after"])
        try await database.createIndex("outbox_org_created_idx", on: "outbox_messages", columns: ["organisation_id", "created_at"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("outbox_messages").delete()
    }
}

/// Each person's choice of mails (the kinds switched off) and the language they get them in.
struct M027_AddMailPreferences: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema("people").field("mail_switched_off", .string).update()
        try await database.schema("people").field("mail_language", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("people").deleteField("mail_language").update()
        try await database.schema("people").deleteField("mail_switched_off").update()
    }
}
