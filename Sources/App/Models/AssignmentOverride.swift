import Fluent
import Foundation
import GodstartCore

/// A person chosen for a role outside the rules: above their capacity, unwilling to mentor, or in
/// their own first year. The coordinator's reason is kept with the choice and shown on the
/// programme and next to the person's load on the colleagues page.
final class AssignmentOverride: Model, @unchecked Sendable {
    static let schema = "assignment_overrides"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "person_id") var person: Person
    /// `CandidateRole`'s raw value.
    @Field(key: "role") var role: String
    @Field(key: "reason") var reason: String
    @OptionalParent(key: "chosen_by_id") var chosenBy: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $organisation, $programme, $person, $role, $reason, $chosenBy, $createdAt] }

    init() {}

    init(organisationID: UUID, programmeID: UUID, personID: UUID, role: CandidateRole, reason: String, chosenByID: UUID?) {
        self.$organisation.id = organisationID
        self.$programme.id = programmeID
        self.$person.id = personID
        self.role = role.rawValue
        self.reason = reason
        self.$chosenBy.id = chosenByID
    }

    var candidateRole: CandidateRole { CandidateRole(rawValue: role) ?? .mentor }

    /// Whether its person still holds the role in `programme` (a mentor change ends a mentor's).
    func holdsItsRole(in programme: Programme) -> Bool {
        programme.personID(for: candidateRole.programmeRole) == $person.id
    }
}
