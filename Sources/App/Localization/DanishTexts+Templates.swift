import GodstartCore

extension DanishTexts {
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        "Introduktion \(introductionMonths) \(introductionMonths == 1 ? "måned" : "måneder"), mentorforløb \(mentoringMonths) \(mentoringMonths == 1 ? "måned" : "måneder"), \(items) \(items == 1 ? "punkt" : "punkter") på tjeklisten"
    }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Vælg en uge fra 0 til \(TemplateItemRules.lastWeek)."
        case .endBeforeStart: "Den sidste uge kan ikke ligge før den første."
        case .titleMissing: "Skriv, hvad punktet går ud på."
        case .titleTooLong: "Punktets tekst er for lang."
        }
    }
    func weekdayName(_ isoWeekday: Int) -> String {
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][max(0, min(6, isoWeekday - 1))]
    }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Vælg en uge fra 1 til \(TemplateItemRules.lastWeek)."
        case .weekdayOutOfRange: "Vælg en dag fra mandag til fredag."
        case .minutesOutOfRange: "En aktivitet varer fra 15 minutter til 8 timer."
        case .titleMissing: "Skriv, hvad aktiviteten er."
        case .titleTooLong: "Titlen er for lang."
        }
    }
}
