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

    /// The person chosen for `role`.
    public func chosen(_ role: CandidateRole) -> UUID? {
        switch role {
        case .contactPerson: contactPerson
        case .mentor: effectiveMentor
        case .buddy: buddy
        }
    }
}

public enum AssignmentProblem: Equatable, Sendable {
    case managerMissing, contactPersonMissing, mentorMissing
    /// The manager should not be contact person or mentor: it inhibits openness (seed 001).
    case managerAsContactPerson, managerAsMentor
    /// One person, one role per new hire; the contact person may be the mentor only when chosen as
    /// such (`contactPersonIsMentor`).
    case samePersonInTwoRoles(CandidateRole, CandidateRole)
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
        if let contact = a.contactPerson {
            if !a.contactPersonIsMentor && a.mentor == contact { problems.append(.samePersonInTwoRoles(.contactPerson, .mentor)) }
            if a.buddy == contact { problems.append(.samePersonInTwoRoles(.contactPerson, .buddy)) }
        }
        if !a.contactPersonIsMentor, let mentor = a.mentor, a.buddy == mentor { problems.append(.samePersonInTwoRoles(.mentor, .buddy)) }
        return problems
    }
}
