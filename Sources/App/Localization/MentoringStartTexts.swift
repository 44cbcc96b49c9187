import GodstartCore

/// The texts of the introduction's close: its short evaluation by the new hire and the contact
/// person, settling the items not covered, and starting the mentoring in one step.
public protocol MentoringStartTexts: Sendable {
    /// A question of the introduction's evaluation, in the new hire's or the contact person's words.
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String

}
