import Fluent

/// What the coordinator knows of each colleague when choosing contact persons, mentors and buddies:
/// how many new hires they can have at once, whether they are willing and trained as mentors; and
/// the reason when the coordinator chose someone above their capacity.
struct M017_AddMentorProfiles: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema("people").field("capacity", .int).update()
        try await database.schema("people").field("willing_to_mentor", .bool).update()
        try await database.schema("people").field("trained_as_mentor", .bool).update()
        try await database.schema("programmes").field("assignment_override_reason", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("programmes").deleteField("assignment_override_reason").update()
        try await database.schema("people").deleteField("trained_as_mentor").update()
        try await database.schema("people").deleteField("willing_to_mentor").update()
        try await database.schema("people").deleteField("capacity").update()
    }
}
