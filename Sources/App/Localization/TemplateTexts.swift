import GodstartCore

/// The texts of the coordinator's introduction templates, applying a change to running programmes,
/// upgrading a temporary hire, and ordering and assigning a programme's checklist items.
public protocol TemplateTexts: Sendable {
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String

    // The template's checklist
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String

    // The template's schedule
    /// 1 is Monday.
    func weekdayName(_ isoWeekday: Int) -> String
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String

}
