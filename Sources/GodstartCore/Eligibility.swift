import Foundation

/// Who may be chosen for a role around a new hire (issue 22). One rule, used by every place that
/// offers or accepts a person: registration, intake, the changes of mentor, contact person and
/// buddy, and the API.
///
/// The seeds: a mentor is a volunteer, trained where possible, and never a manager, whose presence
/// changes what a mentee dares to say (seed 001); the contact person and buddy are colleagues of
/// the new hire's own team who know the daily work. Somebody still in their own introduction cannot
/// show another the way, in any role; somebody in their own first year after it can be contact
/// person (the close, experienced colleague who teaches the work) or mentor only when the
/// coordinator writes why, and buddy (the social side) freely.
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
    /// Their own unit; a manager manages the unit they belong to.
    public var unit: UUID?
    /// Their first day of employment, if known.
    public var employedFrom: LocalDate?
    /// Their last day, if they are leaving.
    public var leavesOn: LocalDate?
    public var willingToMentor: Bool
    /// Manages anyone in the organisation.
    public var managesAnyone: Bool
    /// An administrator or coordinator without the profile's "takes new hires" flag.
    public var onlyAdministrative: Bool
    /// The first day of their own programme as a new hire, if they have had one. Without one, their
    /// first day of employment counts as the start of their own first year (someone imported from
    /// HR two months ago is as new as a new hire with a programme).
    public var ownProgrammeStarted: LocalDate?

    public init(id: UUID, unit: UUID? = nil, employedFrom: LocalDate? = nil, leavesOn: LocalDate? = nil, willingToMentor: Bool = true,
                managesAnyone: Bool = false, onlyAdministrative: Bool = false, ownProgrammeStarted: LocalDate? = nil) {
        self.id = id
        self.unit = unit
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
    /// The new hire's manager; nil while the coordinator has not chosen one, when every manager of
    /// `unit` is treated as theirs.
    public var manager: UUID?
    public var unit: UUID?
    /// The new hire's first day.
    public var starts: LocalDate
    /// The day the role is taken: the first day, or today when a mentor takes over a running programme.
    public var takenFrom: LocalDate
    public var introductionMonths: Int
    public var mentoringMonths: Int
    /// The last day of the mentoring when the programme's own plan knows it (its closing meeting),
    /// rather than counting months.
    public var mentoringEnds: LocalDate?

    public init(newHire: UUID?, manager: UUID?, unit: UUID? = nil, starts: LocalDate, takenFrom: LocalDate? = nil,
                introductionMonths: Int = EligibilityRules.introductionMonths,
                mentoringMonths: Int = EligibilityRules.firstYearMonths - EligibilityRules.introductionMonths,
                mentoringEnds: LocalDate? = nil) {
        self.mentoringEnds = mentoringEnds
        self.newHire = newHire
        self.manager = manager
        self.unit = unit
        self.starts = starts
        self.takenFrom = max(starts, takenFrom ?? starts)
        self.introductionMonths = introductionMonths
        self.mentoringMonths = mentoringMonths
    }

    /// The last day `role` is held: the contact person and the buddy through the introduction, the
    /// mentor through the mentoring after it.
    public func roleEnds(_ role: CandidateRole) -> LocalDate {
        switch role {
        case .contactPerson, .buddy: starts.adding(months: introductionMonths).adding(days: -1)
        case .mentor: mentoringEnds ?? starts.adding(months: introductionMonths + mentoringMonths).adding(days: -1)
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
        if opening.manager == nil && colleague.managesAnyone && colleague.unit != nil && colleague.unit == opening.unit {
            return .never(.theNewHiresManager)
        }
        if colleague.onlyAdministrative { return .never(.onlyAdministrative) }
        let from = opening.takenFrom
        if let first = colleague.employedFrom, from < first { return .never(.notStarted) }
        if let last = colleague.leavesOn, last < opening.roleEnds(role) { return .never(.leavesBeforeTheRoleEnds) }
        let ownStart = colleague.ownProgrammeStarted ?? colleague.employedFrom
        let inOwnIntroduction = ownStart.map { from < $0.adding(months: introductionMonths) } ?? false
        let inOwnFirstYear = ownStart.map { from < $0.adding(months: firstYearMonths) } ?? false
        if inOwnIntroduction { return .never(.inOwnIntroduction) }
        switch role {
        case .buddy:
            // The social side: someone who was new not long ago is a good guide to it.
            return .offered
        case .contactPerson:
            // "A close, experienced colleague" who teaches how the work is done here.
            return inOwnFirstYear ? .onlyWithReason([.inOwnFirstYear]) : .offered
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

/// What a person chosen by hand needs before the choice is accepted.
public enum ChoiceFinding: Equatable, Sendable {
    /// Not accepted at all.
    case refused(EligibilityBar)
    /// Accepted only with a written reason (`OverrideReason`).
    case needsReason([EligibilityConcern])
    /// Full in a role with hard capacity: accepted only with a written reason.
    case aboveCapacity
}

extension EligibilityRules {
    /// What stands between `candidate` and `role` in the programme `opening` describes: nothing, a
    /// bar, or what the coordinator must give a reason for. The one check behind every door that
    /// accepts a person (registration, intake, mentor change).
    public static func review(_ candidate: Candidate, as role: CandidateRole, for opening: RoleOpening) -> [ChoiceFinding] {
        var findings: [ChoiceFinding] = []
        switch eligibility(of: candidate.standing, as: role, for: opening) {
        case .never(let bar): return [.refused(bar)]
        case .onlyWithReason(let concerns): findings.append(.needsReason(concerns))
        case .offered: break
        }
        if role.hasHardCapacity && candidate.freeCapacity(as: role) <= 0 { findings.append(.aboveCapacity) }
        return findings
    }
}
