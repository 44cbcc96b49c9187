import Fluent
import Foundation
import GodstartCore
import SQLKit

/// One new hire's programme: the introduction, the mentoring and the development talk.
final class Programme: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "unit_id") var unit: OrganisationUnit
    @Parent(key: "newcomer_id") var newcomer: Person
    @Parent(key: "manager_id") var manager: Person
    @Parent(key: "contact_person_id") var contactPerson: Person
    @Parent(key: "mentor_id") var mentor: Person
    @OptionalParent(key: "buddy_id") var buddy: Person?
    @Field(key: "variant") var variant: String
    /// The first working day, as `yyyy-mm-dd` in the organisation's time zone.
    @Field(key: "first_day") var firstDay: String
    @OptionalField(key: "ended_at") var endedAt: Date?
    /// When its private texts were purged at the end of the storage period (`TextPurge`).
    @OptionalField(key: "texts_purged_at") var textsPurgedAt: Date?
    /// The mentee shares the learning and competence plan with the manager.
    @OptionalField(key: "plan_shared_with_manager") var planSharedWithManager: Bool?
    /// When the current mentor took over from an earlier one; nil when they have been the mentor from the start.
    @OptionalField(key: "mentor_since") var mentorSince: Date?
    /// The mentee lets the current mentor see the learning goals and the plan from before they took over.
    @OptionalField(key: "earlier_material_shared") var earlierMaterialShared: Bool?
    /// When the programme was last brought in line with its template; nil: as planned at creation.
    @OptionalField(key: "template_applied_at") var templateAppliedAt: Date?
    /// When the introduction was closed and the mentoring started, in one step at its closing meeting.
    @OptionalField(key: "mentoring_started_at") var mentoringStartedAt: Date?
    /// Why the coordinator chose someone above their capacity, when she did.
    @OptionalField(key: "assignment_override_reason") var assignmentOverrideReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $unit, $newcomer, $manager, $contactPerson, $mentor, $buddy, $variant, $firstDay,
         $endedAt, $textsPurgedAt, $planSharedWithManager, $mentorSince, $earlierMaterialShared, $templateAppliedAt,
         $mentoringStartedAt, $assignmentOverrideReason, $createdAt]
    }

    init() {}

    init(
        id: UUID? = nil, organisationID: UUID, unitID: UUID, newcomerID: UUID, managerID: UUID,
        contactPersonID: UUID, mentorID: UUID, buddyID: UUID?, variant: ProgrammeVariant, firstDay: LocalDate
    ) {
        self.id = id
        self.$organisation.id = organisationID
        self.$unit.id = unitID
        self.$newcomer.id = newcomerID
        self.$manager.id = managerID
        self.$contactPerson.id = contactPersonID
        self.$mentor.id = mentorID
        self.$buddy.id = buddyID
        self.variant = variant.rawValue
        self.firstDay = firstDay.iso
    }

    var programmeVariant: ProgrammeVariant { ProgrammeVariant(rawValue: variant) ?? .standard }
    var firstLocalDay: LocalDate { LocalDate(iso: firstDay) ?? LocalDate(year: 2000, month: 1, day: 1) }

    /// Its people by id, as the access rules and invitations take them.
    var members: ProgrammeMembers {
        ProgrammeMembers(organisation: $organisation.id, newcomer: $newcomer.id, contactPerson: $contactPerson.id,
                         mentor: $mentor.id, buddy: $buddy.id, manager: $manager.id)
    }

    /// The person holding `role` in this programme (the coordinator is not stored here).
    func personID(for role: ProgrammeRole) -> UUID? {
        switch role {
        case .newcomer: $newcomer.id
        case .contactPerson: $contactPerson.id
        case .mentor: $mentor.id
        case .buddy: $buddy.id
        case .manager: $manager.id
        case .coordinator: nil
        }
    }

    /// The column that holds the person in `role`; nil for the coordinator, who is the
    /// organisation's, not the programme's. For the reads that find a person's programmes in SQL.
    static func personColumn(_ role: ProgrammeRole) -> String? {
        switch role {
        case .newcomer: "newcomer_id"
        case .contactPerson: "contact_person_id"
        case .mentor: "mentor_id"
        case .buddy: "buddy_id"
        case .manager: "manager_id"
        case .coordinator: nil
        }
    }
}

extension Programme {
    /// The organisation a programme belongs to, read alone (an activity's, when it changes).
    static func organisation(of id: UUID, on db: any Database) async throws -> UUID? {
        try await db.sql().raw(#"SELECT "organisation_id" FROM "programmes" WHERE "id" = \#(bind: id)"#)
            .plainRows().first?.uuid("organisation_id")
    }
}
