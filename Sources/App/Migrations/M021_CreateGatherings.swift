import Fluent

/// Group sessions, networks, experience exchange and introduction days: a series, its meetings,
/// who is invited, who came, and the group evaluation after it.
struct M021_CreateGatherings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("gathering_series")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("gathering_series_org_idx", on: "gathering_series", columns: ["organisation_id"])
        try await database.schema("gatherings")
            .id()
            .field("series_id", .uuid, .required, .references("gathering_series", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("theme", .string, .required)
            .field("reading", .string)
            .field("starts_at", .datetime, .required)
            .field("minutes", .int, .required)
            .field("place", .string)
            .create()
        try await database.createIndex("gatherings_series_idx", on: "gatherings", columns: ["series_id", "starts_at"])
        try await database.schema("gathering_participants")
            .id()
            .field("series_id", .uuid, .required, .references("gathering_series", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("role", .string, .required)
            .unique(on: "series_id", "person_id")
            .create()
        try await database.createIndex("gathering_participants_person_idx", on: "gathering_participants", columns: ["person_id"])
        try await database.schema("gathering_attendance")
            .id()
            .field("gathering_id", .uuid, .required, .references("gatherings", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .unique(on: "gathering_id", "person_id")
            .create()
        try await database.schema("gathering_evaluations")
            .id()
            .field("series_id", .uuid, .required, .references("gathering_series", "id", onDelete: .cascade))
            .field("author_id", .uuid, .required, .references("people", "id"))
            .field("rating", .int, .required)
            .field("worked", .string)
            .field("change", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "series_id", "author_id")
            .create()
    }

    func revert(on database: Database) async throws {
        for table in ["gathering_evaluations", "gathering_attendance", "gathering_participants", "gatherings", "gathering_series"] {
            try await database.schema(table).delete()
        }
    }
}
