import Foundation

/// The people proposed for a new hire's programme.
public struct ProposedAssignment: Equatable, Sendable {
    public var manager: UUID?
    public var contactPerson: UUID?
    public var mentor: UUID?
    public var contactPersonIsMentor: Bool
    public var buddy: UUID?

    public init(manager: UUID?, contactPerson: UUID?, mentor: UUID?, contactPersonIsMentor: Bool, buddy: UUID?) {
        self.manager = manager
        self.contactPerson = contactPerson
        self.mentor = mentor
        self.contactPersonIsMentor = contactPersonIsMentor
        self.buddy = buddy
    }

    /// The mentor the programme gets: the contact person when they take both roles.
    public var effectiveMentor: UUID? { contactPersonIsMentor ? contactPerson : mentor }
}

public enum AssignmentProblem: Equatable, Sendable {
    case managerMissing, contactPersonMissing, mentorMissing
    /// The manager should not be contact person or mentor: it inhibits openness (seed 001).
    case managerAsContactPerson, managerAsMentor
}

public enum AssignmentRules {
    public static func problems(_ a: ProposedAssignment) -> [AssignmentProblem] {
        var problems: [AssignmentProblem] = []
        if a.manager == nil { problems.append(.managerMissing) }
        if a.contactPerson == nil { problems.append(.contactPersonMissing) }
        if a.effectiveMentor == nil { problems.append(.mentorMissing) }
        if let manager = a.manager {
            if a.contactPerson == manager { problems.append(.managerAsContactPerson) }
            if !a.contactPersonIsMentor && a.mentor == manager { problems.append(.managerAsMentor) }
        }
        return problems
    }

    /// Who may take over as mentor: anyone but the new hire, the manager and the current mentor.
    public static func canTakeOverAsMentor(_ candidate: UUID, newcomer: UUID, manager: UUID, currentMentor: UUID) -> Bool {
        candidate != newcomer && candidate != manager && candidate != currentMentor
    }
}
