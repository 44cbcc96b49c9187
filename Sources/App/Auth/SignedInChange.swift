import Fluent
import Foundation

/// A change that ends what other instances keep in memory about a signed-in browser
/// (`SignedInCache`): a session written or deleted (by the SHA-256 of its key), or a person or an
/// organisation changed. Every instance reads the changes of the last seconds once a second; rows
/// older than an hour are deleted with the old sessions (`StoredSessions.prune`).
final class SignedInChange: Model, @unchecked Sendable {
    static let schema = "signed_in_changes"

    @ID(key: .id) var id: UUID?
    @Field(key: "changed_at") var changedAt: Date
    @OptionalField(key: "session_hash") var sessionHash: String?
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "organisation_id") var organisationID: UUID?

    var properties: [any AnyProperty] { [$id, $changedAt, $sessionHash, $personID, $organisationID] }

    init() {}

    init(changedAt: Date, sessionHash: String? = nil, personID: UUID? = nil, organisationID: UUID? = nil) {
        self.changedAt = changedAt
        self.sessionHash = sessionHash
        self.personID = personID
        self.organisationID = organisationID
    }
}
