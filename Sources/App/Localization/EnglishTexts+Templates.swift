import GodstartCore

extension EnglishTexts {
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        "Introduction \(introductionMonths) \(introductionMonths == 1 ? "month" : "months"), mentoring \(mentoringMonths) \(mentoringMonths == 1 ? "month" : "months"), \(items) checklist \(items == 1 ? "item" : "items")"
    }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Choose a week from 0 to \(TemplateItemRules.lastWeek)."
        case .endBeforeStart: "The last week cannot come before the first."
        case .titleMissing: "Write what the item is."
        case .titleTooLong: "The title is too long."
        }
    }
    func weekdayName(_ isoWeekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][max(0, min(6, isoWeekday - 1))]
    }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Choose a week from 1 to \(TemplateItemRules.lastWeek)."
        case .weekdayOutOfRange: "Choose a day from Monday to Friday."
        case .minutesOutOfRange: "An activity lasts from 15 minutes to 8 hours."
        case .titleMissing: "Write what the activity is."
        case .titleTooLong: "The title is too long."
        }
    }
}
