import Fluent

/// A process journal can be shared with the mentor for a particular meeting.
struct M012_AddJournalMeeting: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("process_journals").field("for_meeting_id", .uuid).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("process_journals").deleteField("for_meeting_id").update()
    }
}
