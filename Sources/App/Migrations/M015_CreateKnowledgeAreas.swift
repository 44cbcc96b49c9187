import Fluent

/// The directory of knowledge persons: who to ask about which system, law or method.
struct M015_CreateKnowledgeAreas: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("knowledge_areas")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("area", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("knowledge_areas_org_idx", on: "knowledge_areas", columns: ["organisation_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("knowledge_areas").delete()
    }
}
