import Fluent
import Foundation
import GodstartCore

/// An integration's key to the JSON API.
final class ApiToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "scopes") var scopes: String
    @OptionalParent(key: "created_by_id") var createdBy: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $name, $tokenHash, $scopes, $createdBy, $createdAt, $lastUsedAt, $revokedAt]
    }

    init() {}

    var scopeSet: Set<ApiScope> { ApiScope.parse(scopes) }
}
