/// Where the mentee stands with one learning goal.
public enum LearningGoalStatus: String, CaseIterable, Sendable {
    case notStarted, inProgress, reached
}

/// The mentor's roles, each a way of working on a goal (seed 000, "Mentors mange roller").
/// Naming the role chosen for a goal prevents misunderstandings.
public enum MentorRole: String, CaseIterable, Sendable {
    case professionalSupervisor, coach, adviser, knowledgeSharer, storyteller, sparringPartner
    case critic, networker, doorOpener, sponsor, friend
}

/// The typical learning goals of a newly qualified social worker (DOMAIN.md, "Learning goals").
/// Each organisation's catalogue starts from these and its coordinator changes it from there.
public enum TypicalLearningGoal: String, CaseIterable, Sendable {
    case workPlanning, professionalPersonalPrivate, difficultConversation, ethicalDilemmas, angryOrSadCitizens
    case ownEmotions, crossPressure, stress, theoryToPractice, authorityRole, practiceShock
    case psychiatricDiagnoses, caseAnalysis, workingRelationships, sayingNo, systematicCasework
    case clearDecisions, crossDisciplinaryCoordination, knowledgeBasedPractice
}

/// The counts a coordinator may see of a programme's learning goals (facts, never titles).
public struct LearningGoalCounts: Equatable, Sendable {
    public let total: Int
    public let inProgress: Int
    public let reached: Int

    public init(_ statuses: [LearningGoalStatus]) {
        total = statuses.count
        inProgress = statuses.filter { $0 == .inProgress }.count
        reached = statuses.filter { $0 == .reached }.count
    }
}

public enum LearningGoalRules {
    /// The longest title of a goal, and of a catalogue entry in each language.
    public static let maximumTitleLength = 200
    public static let maximumNoteLength = 4_000
}

/// The columns of the learning and competence plan (seed 002, "Lærings- og kompetenceplan").
public enum CompetencePlanField: String, CaseIterable, Sendable {
    case taskType, learningGoal, description, estimatedTime, sparring, nextStep, developmentPotential

    public static let maximumLength = 2_000

    /// The fields whose text differs between two versions of a row, in column order.
    public static func changed(from before: [CompetencePlanField: String], to after: [CompetencePlanField: String]) -> [CompetencePlanField] {
        allCases.filter { (before[$0] ?? "") != (after[$0] ?? "") }
    }
}

/// Case and episode analysis in five steps (seed 000).
public enum CaseAnalysisStep: String, CaseIterable, Sendable {
    case whatWeKnow, hypotheses, mostLikely, directions, actions
}

/// The four phases of a coaching conversation, each with its kind of question (seed 000).
public enum CoachingPhase: String, CaseIterable, Sendable {
    case mapTheProblem, exploreRelations, generateIdeas, commitToAction
}
