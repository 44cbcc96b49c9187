import GodstartCore

/// The texts of learning goals, their catalogue, the competence plan and the mentor's guides.
public protocol LearningTexts: Sendable {

    // Learning goals
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String

    // Guides the mentor opens in a meeting
    func coachingQuestions(_ phase: CoachingPhase) -> [String]
    var feedbackQuestions: [String] { get }
    var feedForwardPoints: [String] { get }
}
