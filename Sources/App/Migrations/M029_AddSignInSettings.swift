import Fluent
import SQLKit

/// Each organisation's sign-in choices with single sign-on: whether the identity provider may
/// create a person Godstart does not know yet, and whether a password still signs in.
struct M029_AddSignInSettings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("organisations").field("sso_creates_people", .bool, .required, .sql(.default(false))).update()
        try await database.schema("organisations").field("password_sign_in", .bool, .required, .sql(.default(true))).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("organisations").deleteField("password_sign_in").update()
        try await database.schema("organisations").deleteField("sso_creates_people").update()
    }
}
