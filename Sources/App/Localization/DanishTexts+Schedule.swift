import GodstartCore

extension DanishTexts {
    var scheduleTitle: String { "Introduktionsskema" }
    var scheduleIntro: String {
        "Alt det, der skal ske i introduktionen: følordning, sidemandsoplæring, kurser og møder. Her kan du se, hvem der står for hver aktivitet, og hvad den skal give den nyansatte."
    }
    func activityKind(_ kind: ActivityKind) -> String {
        switch kind {
        case .shadowing: "Følordning"
        case .sideBySideTraining: "Sidemandsoplæring"
        case .course: "Kursus"
        case .meeting: "Møde"
        case .other: "Andet"
        }
    }
    func weekStarting(date: String) -> String { "Ugen fra \(date)" }
    var previousWeek: String { "Forrige uge" }
    var nextWeek: String { "Næste uge" }
    var noActivitiesThisWeek: String { "Der er ikke planlagt noget i denne uge." }
    var allActivities: String { "Alle aktiviteter" }
    var noActivitiesYet: String { "Der er ikke planlagt nogen aktiviteter endnu." }
    var addActivityHeading: String { "Tilføj en aktivitet" }
    var activityKindLabel: String { "Type" }
    var activityTitleLabel: String { "Hvad" }
    var runByLabel: String { "Hvem står for den" }
    var runByHint: String { "Ofte en vidensperson: den kollega, der kender systemet, lovgivningen eller metoden." }
    var noOneInParticular: String { "Ingen bestemt" }
    var activityGoalLabel: String { "Hvilket læringsmål den hører til" }
    var addActivityButton: String { "Tilføj aktiviteten" }
    var activityAdded: String { "Aktiviteten er sat på skemaet." }
    var activityRemoved: String { "Aktiviteten er taget af skemaet." }
    var removeActivity: String { "Fjern" }
    func errorActivityOutsideIntroduction(from: String, to: String) -> String {
        "Aktiviteten skal ligge inden for introduktionen, fra \(from) til \(to)."
    }
    var errorActivityTitleMissing: String { "Skriv, hvad aktiviteten går ud på." }
    var errorMinutes: String { "Skriv, hvor mange minutter den varer, fra 15 til 480." }
    var errorUnknownPerson: String { "Vælg en person på listen." }
    var myActivitiesTitle: String { "Aktiviteter, du står for" }
    var myActivitiesIntro: String { "Aktiviteter i nye kollegers introduktion, hvor det er dig, der viser, oplærer eller underviser." }
    var noActivitiesToRun: String { "Du står ikke for nogen aktiviteter i den kommende tid." }
    var openSchedule: String { "Introduktionsskema" }
    func activityRunBy(name: String) -> String { "med \(name)" }
    func activityFor(name: String) -> String { "for \(name)" }
    func activityServes(goal: String) -> String { "Læringsmål: \(goal)" }
    var navMyActivities: String { "Mine aktiviteter" }
    // Knowledge persons
    var knowledgeTitle: String { "Hvem spørger jeg om hvad" }
    var knowledgeIntro: String { "Kolleger, der kender et fagsystem, en lov eller en metode godt, og som gerne vil spørges." }
    func knowledgeKind(_ kind: KnowledgeKind) -> String {
        switch kind {
        case .system: "Fagsystemer"
        case .legislation: "Lovgivning"
        case .method: "Metoder"
        case .other: "Andet"
        }
    }
    var knowledgeSearchLabel: String { "Søg på område eller navn" }
    var knowledgeSearchButton: String { "Søg" }
    func noKnowledgeMatches(query: String) -> String { "Ingen passer på »\(query)«." }
    var noKnowledgePersonsYet: String { "Der er ingen videnspersoner endnu." }
    var addKnowledgeHeading: String { "Tilføj en vidensperson" }
    var knowledgePersonLabel: String { "Kollega" }
    var knowledgeAreaLabel: String { "Område" }
    var knowledgeAreaHint: String { "Fx »DUBU«, »Serviceloven § 50« eller »Signs of Safety«." }
    var knowledgeKindLabel: String { "Slags" }
    var addKnowledgeButton: String { "Tilføj" }
    var knowledgeAdded: String { "Videnspersonen er tilføjet." }
    var knowledgeRemoved: String { "Området er fjernet." }
    var removeKnowledge: String { "Fjern" }
    var errorAreaMissing: String { "Skriv området." }
    var navKnowledge: String { "Hvem spørger jeg" }
}
