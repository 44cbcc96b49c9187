import Fluent

struct M003_CreateProgrammes: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("programme_templates")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("variant", .string, .required)
            .field("introduction_months", .int, .required)
            .field("status_meeting_every_weeks", .int, .required)
            .field("mentoring_months", .int, .required)
            .field("weekly_dialogue_weeks", .int, .required)
            .field("dialogue_every_weeks_after", .int, .required)
            .field("development_talk_at_months", .int, .required)
            .field("meeting_time", .string, .required)
            .field("meeting_minutes", .int, .required)
            .unique(on: "organisation_id", "variant")
            .create()
        try await database.schema("programmes")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("newcomer_id", .uuid, .required, .references("people", "id"))
            .field("manager_id", .uuid, .required, .references("people", "id"))
            .field("contact_person_id", .uuid, .required, .references("people", "id"))
            .field("mentor_id", .uuid, .required, .references("people", "id"))
            .field("buddy_id", .uuid, .references("people", "id"))
            .field("variant", .string, .required)
            .field("first_day", .string, .required)
            .field("ended_at", .datetime)
            .field("created_at", .datetime)
            .create()
        for column in ["organisation_id", "newcomer_id", "manager_id", "contact_person_id", "mentor_id", "buddy_id"] {
            try await database.createIndex("programmes_\(column)_idx", on: "programmes", columns: [column])
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema("programmes").delete()
        try await database.schema("programme_templates").delete()
    }
}
