import GodstartCore

/// The texts of the introduction's checklist.
public protocol IntroductionTexts: Sendable {
    /// "Before the first day", "Week 1", "Weeks 2-4".
    func checklistWeeks(from: Int, to: Int) -> String

}
