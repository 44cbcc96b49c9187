import Fluent

/// Issue 23: plans respect the public holidays of the organisation's country
/// (`organisations.holiday_country`, nil: from the time zone), the days most workplaces close
/// (`closes_customary_days`, nil: yes) and its own closed days.
struct M039_AddWorkingCalendar: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Organisation.schema).field("holiday_country", .string).update()
        try await database.schema(Organisation.schema).field("closes_customary_days", .bool).update()
        try await database.schema(OwnClosedDay.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("date", .string, .required)
            .field("name", .string, .required)
            .unique(on: "organisation_id", "date")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(OwnClosedDay.schema).delete()
        try await database.schema(Organisation.schema).deleteField("closes_customary_days").update()
        try await database.schema(Organisation.schema).deleteField("holiday_country").update()
    }
}
