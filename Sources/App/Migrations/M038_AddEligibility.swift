import Fluent

/// Issue 22: an administrator or coordinator is offered for a new hire only when their profile says
/// they take new hires (`people.takes_new_hires`), and every choice outside the rules keeps its
/// reason (`assignment_overrides`). Earlier reasons stay on their programme
/// (`programmes.assignment_override_reason`), which no longer receives new ones.
struct M038_AddEligibility: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Person.schema).field("takes_new_hires", .bool).update()
        try await database.schema(AssignmentOverride.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("programme_id", .uuid, .required, .references("programmes", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("role", .string, .required)
            .field("reason", .string, .required)
            .field("chosen_by_id", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("assignment_overrides_organisation_idx", on: AssignmentOverride.schema, columns: ["organisation_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema(AssignmentOverride.schema).delete()
        try await database.schema(Person.schema).deleteField("takes_new_hires").update()
    }
}
