import Fluent
import SQLKit

/// Employment start and end dates, entered by hand or imported from HR, from which retention is
/// calculated. They include people hired before Godstart (no account), so they are not on `people`.
struct M018_CreateEmployments: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("employments")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("unit_id", .uuid, .references("units", "id"))
            .field("reference", .string, .required)
            .field("started_on", .string, .required)
            .field("ended_on", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id", "reference", "started_on")
            .create()
        try await database.createIndex("employments_org_start_idx", on: "employments", columns: ["organisation_id", "started_on"])
        try await database.createIndex("programmes_org_first_day_idx", on: "programmes", columns: ["organisation_id", "first_day"])
    }

    func revert(on database: Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "programmes_org_first_day_idx").run()
        try await database.schema("employments").delete()
    }
}
