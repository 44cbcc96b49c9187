import GodstartCore

/// The texts of the mentoring's evaluations and of a change of mentor.
public protocol EvaluationTexts: Sendable {
    // Evaluations
    /// A question in the new hire's words, or (`forMentor`) in the mentor's or the contact person's.
    func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String
    func ratingValue(_ value: Int) -> String
    func answersCounted(_ counted: Int, waiting: Int) -> String
    func averageRating(_ value: Double) -> String
    /// How many rated 1, 2, ... 5.
    func ratingDistribution(_ counts: [Int]) -> String

    // Advice to the mentor, sent from an evaluation
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String

}
