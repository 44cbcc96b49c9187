import Fluent

/// The materials library: each document's description and tags, and its bytes in a table of their
/// own, so listing the library never reads a file. Files live in the database, not in a directory
/// the web server serves, and every instance behind a load balancer sees the same ones.
struct M020_CreateMaterials: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("materials")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("title", .string, .required)
            .field("description", .string)
            .field("phase", .string, .required)
            .field("roles", .string, .required)
            .field("language", .string, .required)
            .field("file_name", .string, .required)
            .field("file_kind", .string, .required)
            .field("byte_count", .int, .required)
            .field("uploaded_by_id", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("materials_org_idx", on: "materials", columns: ["organisation_id", "phase"])
        try await database.schema("material_files")
            .id()
            .field("material_id", .uuid, .required, .references("materials", "id", onDelete: .cascade))
            .field("bytes", .data, .required)
            .unique(on: "material_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("material_files").delete()
        try await database.schema("materials").delete()
    }
}
