import Fluent
import Foundation
import GodstartCore

/// One employment of a social worker, as HR knows it: from its first day to its last, if it has ended.
final class EmploymentRecord: Model, @unchecked Sendable {
    static let schema = "employments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "unit_id") var unit: OrganisationUnit?
    /// E-mail address or staff number, lower-cased: with the start day it names the employment.
    @Field(key: "reference") var reference: String
    /// `yyyy-mm-dd`, so that text order is date order.
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "ended_on") var endedOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $unit, $reference, $startedOn, $endedOn, $createdAt, $updatedAt]
    }

    init() {}

    init(organisationID: UUID, unitID: UUID?, reference: String, start: LocalDate, end: LocalDate?) {
        self.$organisation.id = organisationID
        self.$unit.id = unitID
        self.reference = reference.lowercased()
        self.startedOn = start.iso
        self.endedOn = end?.iso
    }

    var start: LocalDate? { LocalDate(iso: startedOn) }
    var end: LocalDate? { endedOn.flatMap(LocalDate.init(iso:)) }
    var employment: Employment? { start.map { Employment(start: $0, end: end) } }
}
