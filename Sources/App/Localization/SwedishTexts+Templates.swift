import GodstartCore

extension SwedishTexts {
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        "Introduktion \(introductionMonths) \(introductionMonths == 1 ? "månad" : "månader"), mentorsprogram \(mentoringMonths) \(mentoringMonths == 1 ? "månad" : "månader"), \(items) \(items == 1 ? "punkt" : "punkter") på checklistan"
    }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Välj en vecka från 0 till \(TemplateItemRules.lastWeek)."
        case .endBeforeStart: "Den sista veckan kan inte komma före den första."
        case .titleMissing: "Skriv vad punkten gäller."
        case .titleTooLong: "Punktens text är för lång."
        }
    }
    func weekdayName(_ isoWeekday: Int) -> String {
        ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"][max(0, min(6, isoWeekday - 1))]
    }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Välj en vecka från 1 till \(TemplateItemRules.lastWeek)."
        case .weekdayOutOfRange: "Välj en dag från måndag till fredag."
        case .minutesOutOfRange: "En aktivitet varar från 15 minuter till 8 timmar."
        case .titleMissing: "Skriv vad aktiviteten är."
        case .titleTooLong: "Titeln är för lång."
        }
    }
}
