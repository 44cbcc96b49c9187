import Foundation

/// Who may be chosen for a role around a new hire (issue 22). One rule, used by every place that
/// offers or accepts a person: registration, intake, the changes of mentor, contact person and
/// buddy, and the API.
///
/// The seeds: a mentor is a volunteer, trained where possible, and never a manager, whose presence
/// changes what a mentee dares to say (seed 001); the contact person and buddy are colleagues of
/// the new hire's own team who know the daily work. Somebody still in their own introduction cannot
/// show another the way; somebody in their own first year can mentor only when the coordinator
/// writes why.
public enum Eligibility: Equatable, Sendable {
    /// Suggested and accepted.
    case offered
    /// Never suggested; chosen by hand only with a written reason (`OverrideReason`).
    case onlyWithReason([EligibilityConcern])
    /// Neither suggested nor accepted.
    case never(EligibilityBar)

    public var isOffered: Bool { self == .offered }
    public var canBeChosen: Bool {
        if case .never = self { return false }
        return true
    }
}

/// Why someone can never take a role for this new hire.
public enum EligibilityBar: String, CaseIterable, Sendable {
    case theNewHire
    case theNewHiresManager
    /// A manager of anyone is never a mentor.
    case aManager
    /// Not employed yet when the new hire starts.
    case notStarted
    /// Their employment ends before the role does.
    case leavesBeforeTheRoleEnds
    /// An administrator or coordinator who is not also a social-work colleague taking new hires.
    case onlyAdministrative
    /// Still in their own introduction when the new hire starts.
    case inOwnIntroduction
}

/// What a choice by hand must give a reason for.
public enum EligibilityConcern: String, CaseIterable, Sendable {
    /// Has not said yes to mentoring.
    case notWilling
    /// Still in their own first year when the new hire starts.
    case inOwnFirstYear
}

/// What a colleague's records tell about them, whoever the new hire is.
public struct ColleagueStanding: Equatable, Sendable {
    public var id: UUID
    /// Their first day of employment, if known.
    public var employedFrom: LocalDate?
    /// Their last day, if they are leaving.
    public var leavesOn: LocalDate?
    public var willingToMentor: Bool
    /// Manages anyone in the organisation.
    public var managesAnyone: Bool
    /// An administrator or coordinator without the profile's "takes new hires" flag.
    public var onlyAdministrative: Bool
    /// The first day of their own programme as a new hire, if they have had one.
    public var ownProgrammeStarted: LocalDate?

    public init(id: UUID, employedFrom: LocalDate? = nil, leavesOn: LocalDate? = nil, willingToMentor: Bool = true,
                managesAnyone: Bool = false, onlyAdministrative: Bool = false, ownProgrammeStarted: LocalDate? = nil) {
        self.id = id
        self.employedFrom = employedFrom
        self.leavesOn = leavesOn
        self.willingToMentor = willingToMentor
        self.managesAnyone = managesAnyone
        self.onlyAdministrative = onlyAdministrative
        self.ownProgrammeStarted = ownProgrammeStarted
    }
}

/// The new hire a role is for, and how long their programme's parts last.
public struct RoleOpening: Equatable, Sendable {
    public var newHire: UUID?
    public var manager: UUID?
    /// The new hire's first day.
    public var starts: LocalDate
    public var introductionMonths: Int
    public var mentoringMonths: Int

    public init(newHire: UUID?, manager: UUID?, starts: LocalDate,
                introductionMonths: Int = EligibilityRules.introductionMonths,
                mentoringMonths: Int = EligibilityRules.firstYearMonths - EligibilityRules.introductionMonths) {
        self.newHire = newHire
        self.manager = manager
        self.starts = starts
        self.introductionMonths = introductionMonths
        self.mentoringMonths = mentoringMonths
    }

    /// The last day `role` is held: the contact person and the buddy through the introduction, the
    /// mentor through the mentoring after it.
    public func roleEnds(_ role: CandidateRole) -> LocalDate {
        switch role {
        case .contactPerson, .buddy: starts.adding(months: introductionMonths).adding(days: -1)
        case .mentor: starts.adding(months: introductionMonths + mentoringMonths).adding(days: -1)
        }
    }
}

public enum EligibilityRules {
    /// A standard programme: three months' introduction, then mentoring to the end of the first year.
    /// A colleague's own introduction and first year are counted with these.
    public static let introductionMonths = 3
    public static let firstYearMonths = 12

    /// Whether `colleague` may take `role` in the programme `opening` describes.
    public static func eligibility(of colleague: ColleagueStanding, as role: CandidateRole, for opening: RoleOpening) -> Eligibility {
        if colleague.id == opening.newHire { return .never(.theNewHire) }
        if colleague.id == opening.manager { return .never(.theNewHiresManager) }
        if colleague.onlyAdministrative { return .never(.onlyAdministrative) }
        if let first = colleague.employedFrom, opening.starts < first { return .never(.notStarted) }
        if let last = colleague.leavesOn, last < opening.roleEnds(role) { return .never(.leavesBeforeTheRoleEnds) }
        let ownStart = colleague.ownProgrammeStarted
        let inOwnIntroduction = ownStart.map { opening.starts < $0.adding(months: introductionMonths) } ?? false
        let inOwnFirstYear = ownStart.map { opening.starts < $0.adding(months: firstYearMonths) } ?? false
        switch role {
        case .contactPerson, .buddy:
            return inOwnIntroduction ? .never(.inOwnIntroduction) : .offered
        case .mentor:
            if colleague.managesAnyone { return .never(.aManager) }
            var concerns: [EligibilityConcern] = []
            if !colleague.willingToMentor { concerns.append(.notWilling) }
            if inOwnFirstYear { concerns.append(.inOwnFirstYear) }
            return concerns.isEmpty ? .offered : .onlyWithReason(concerns)
        }
    }
}

/// The reason a coordinator writes for a choice outside the rules (above capacity, unwilling, in
/// their own first year): a sentence, not a keystroke.
public enum OverrideReason {
    public static let minimumLength = 15

    /// The reason as it is kept, or nil when it is too short to say anything.
    public static func accepted(_ typed: String?) -> String? {
        guard let text = typed?.trimmingCharacters(in: .whitespacesAndNewlines), text.count >= minimumLength else { return nil }
        return text
    }
}
