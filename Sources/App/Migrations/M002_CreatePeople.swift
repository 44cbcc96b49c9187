import Fluent

struct M002_CreatePeople: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("people")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("unit_id", .uuid, .references("units", "id"))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string)
            .field("title", .string)
            .field("password_hash", .string)
            .field("is_coordinator", .bool, .required)
            .field("is_manager", .bool, .required)
            .field("is_admin", .bool, .required)
            .field("language", .string)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
        try await database.createIndex("people_organisation_idx", on: "people", columns: ["organisation_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("people").delete()
    }
}
