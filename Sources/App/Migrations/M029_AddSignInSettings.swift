import Fluent
import SQLKit

/// Each organisation's sign-in choices with single sign-on: whether the identity provider may
/// create a person Godstart does not know yet, and whether a password still signs in; and the
/// provider's account each person is linked to at their first sign-in through it.
struct M029_AddSignInSettings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("organisations").field("sso_creates_people", .bool, .required, .sql(.default(false))).update()
        try await database.schema("organisations").field("password_sign_in", .bool, .required, .sql(.default(true))).update()
        try await database.schema("people").field("sso_subject", .string).update()
        try await database.createIndex("people_sso_subject_idx", on: "people", columns: ["sso_subject"])
    }

    func revert(on database: Database) async throws {
        try await (database as? any SQLDatabase)?.drop(index: "people_sso_subject_idx").run()
        try await database.schema("people").deleteField("sso_subject").update()
        try await database.schema("organisations").deleteField("password_sign_in").update()
        try await database.schema("organisations").deleteField("sso_creates_people").update()
    }
}
