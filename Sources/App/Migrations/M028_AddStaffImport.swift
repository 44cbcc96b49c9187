import Fluent

/// The staff import from HR: the day a person leaves (after it they no longer sign in, nor are
/// chosen for a new hire), and the column mapping the administrator chose, remembered per organisation.
struct M028_AddStaffImport: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("people").field("left_on", .string).update()
        try await database.schema("organisations").field("staff_import_mapping", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("organisations").deleteField("staff_import_mapping").update()
        try await database.schema("people").deleteField("left_on").update()
    }
}
