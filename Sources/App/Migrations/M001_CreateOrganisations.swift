import Fluent

struct M001_CreateOrganisations: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("organisations")
            .id()
            .field("name", .string, .required)
            .field("slug", .string, .required)
            .field("time_zone", .string, .required)
            .field("default_language", .string, .required)
            .unique(on: "slug")
            .create()
        try await database.schema("units")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("name", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("units").delete()
        try await database.schema("organisations").delete()
    }
}
