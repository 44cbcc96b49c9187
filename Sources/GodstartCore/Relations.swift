import Foundation

/// The people of one programme, by id.
public struct ProgrammeMembers: Equatable, Sendable {
    public let organisation: UUID
    public let newcomer: UUID
    public let contactPerson: UUID
    public let mentor: UUID
    public let buddy: UUID?
    public let manager: UUID

    public init(organisation: UUID, newcomer: UUID, contactPerson: UUID, mentor: UUID, buddy: UUID?, manager: UUID) {
        self.organisation = organisation
        self.newcomer = newcomer
        self.contactPerson = contactPerson
        self.mentor = mentor
        self.buddy = buddy
        self.manager = manager
    }

    /// Whether `person` holds any role in the programme.
    public func contains(_ person: UUID) -> Bool {
        ProgrammeRole.allCases.contains { self.person($0) == person }
    }

    /// Who holds `role` in the programme (the coordinator is not one of its members).
    public func person(_ role: ProgrammeRole) -> UUID? {
        switch role {
        case .newcomer: newcomer
        case .contactPerson: contactPerson
        case .mentor: mentor
        case .buddy: buddy
        case .manager: manager
        case .coordinator: nil
        }
    }
}

/// The person asking, with their standing roles.
public struct Viewer: Equatable, Sendable {
    public let id: UUID
    public let organisation: UUID
    public let isCoordinator: Bool
    public let isAdmin: Bool

    public init(id: UUID, organisation: UUID, isCoordinator: Bool, isAdmin: Bool) {
        self.id = id
        self.organisation = organisation
        self.isCoordinator = isCoordinator
        self.isAdmin = isAdmin
    }
}

public enum Relations {
    /// How `viewer` stands to the programme of `members` (ACCESS.md, "Who").
    public static func of(_ viewer: Viewer, in members: ProgrammeMembers) -> Set<ProgrammeRelation> {
        guard viewer.organisation == members.organisation else { return [.outsider] }
        var relations = Set<ProgrammeRelation>()
        if viewer.id == members.newcomer { relations.insert(.newcomer) }
        if viewer.id == members.contactPerson { relations.insert(.contactPerson) }
        if viewer.id == members.mentor { relations.insert(.mentor) }
        if viewer.id == members.buddy { relations.insert(.buddy) }
        if viewer.id == members.manager { relations.insert(.manager) }
        if viewer.isCoordinator { relations.insert(.coordinator) }
        if viewer.isAdmin { relations.insert(.admin) }
        return relations.isEmpty ? [.colleague] : relations
    }

    /// For an item shared with the person: someone with no part in the programme who holds a
    /// shared item was its mentor when it was shared, and is a former mentor (ACCESS.md, "Who").
    public static func forSharedItem(_ relations: Set<ProgrammeRelation>, sharedWithPerson: Bool) -> Set<ProgrammeRelation> {
        relations == [.colleague] && sharedWithPerson ? [.formerMentor] : relations
    }

    /// Whether someone with `relations` is invited to a meeting of `kind`.
    public static func isParticipant(_ relations: Set<ProgrammeRelation>, in kind: MeetingKind) -> Bool {
        kind.participants.contains { role in
            switch role {
            case .newcomer: relations.contains(.newcomer)
            case .contactPerson: relations.contains(.contactPerson)
            case .mentor: relations.contains(.mentor)
            case .buddy: relations.contains(.buddy)
            case .manager: relations.contains(.manager)
            case .coordinator: relations.contains(.coordinator)
            }
        }
    }

    /// The weeks of a programme that its buddy sees in the plan.
    public static let buddyWindowWeeks = 4

    /// The access context for one meeting of a programme.
    public static func meetingContext(
        _ relations: Set<ProgrammeRelation>, kind: MeetingKind, date: LocalDate, firstDay: LocalDate, programmeEnded: Bool,
        fromEarlierMentorship: Bool = false
    ) -> AccessContext {
        AccessContext(
            isParticipant: isParticipant(relations, in: kind), part: kind.part,
            isInFirstWeeks: date < firstDay.adding(weeks: buddyWindowWeeks), programmeEnded: programmeEnded,
            isFromEarlierMentorship: fromEarlierMentorship)
    }
}
