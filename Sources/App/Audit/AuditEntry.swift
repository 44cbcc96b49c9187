import Fluent
import Foundation
import GodstartCore

/// One line of the audit log: who did what, to whose material, when and from where. Never the text.
/// Written once; the database refuses changes (M031).
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "occurred_at") var occurredAt: Date
    /// Nil only for a failed sign-in with an address nobody has.
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    /// Who did it; nil when nobody was signed in (a failed sign-in).
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// Whom it concerns: the author of what was read, the person whose role or account it is.
    @OptionalField(key: "subject_id") var subjectID: UUID?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "detail") var detail: String?
    @OptionalField(key: "resource") var resource: String?
    @OptionalField(key: "item_id") var itemID: UUID?
    @OptionalField(key: "programme_id") var programmeID: UUID?
    /// The client's network address.
    @OptionalField(key: "address") var address: String?

    var properties: [any AnyProperty] {
        [$id, $occurredAt, $organisationID, $actorID, $subjectID, $kind, $detail, $resource, $itemID, $programmeID,
         $address]
    }

    init() {}

    var auditKind: AuditKind? { AuditKind(rawValue: kind) }
    var auditDetail: AuditDetail? { detail.flatMap(AuditDetail.init(rawValue:)) }
    var auditResource: Resource? { resource.flatMap(Resource.init(rawValue:)) }
}
