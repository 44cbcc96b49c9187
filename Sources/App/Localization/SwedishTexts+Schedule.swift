import GodstartCore

extension SwedishTexts {
    var scheduleTitle: String { "Introduktionsschema" }
    var scheduleIntro: String {
        "Allt som ska hända under introduktionen: gå bredvid, upplärning bredvid en kollega, kurser och möten. Här ser du vem som håller i varje aktivitet och vad den ska ge den nyanställda."
    }
    func activityKind(_ kind: ActivityKind) -> String {
        switch kind {
        case .shadowing: "Gå bredvid"
        case .sideBySideTraining: "Upplärning bredvid en kollega"
        case .course: "Kurs"
        case .meeting: "Möte"
        case .other: "Annat"
        }
    }
    func weekStarting(date: String) -> String { "Veckan från \(date)" }
    var previousWeek: String { "Föregående vecka" }
    var nextWeek: String { "Nästa vecka" }
    var noActivitiesThisWeek: String { "Inget är planerat den här veckan." }
    var allActivities: String { "Alla aktiviteter" }
    var noActivitiesYet: String { "Inga aktiviteter är planerade än." }
    var addActivityHeading: String { "Lägg till en aktivitet" }
    var activityKindLabel: String { "Typ" }
    var activityTitleLabel: String { "Vad" }
    var runByLabel: String { "Vem håller i den" }
    var runByHint: String { "Ofta en kunskapsperson: den kollega som kan systemet, lagstiftningen eller metoden." }
    var noOneInParticular: String { "Ingen särskild" }
    var activityGoalLabel: String { "Vilket lärandemål den hör till" }
    var addActivityButton: String { "Lägg till aktiviteten" }
    var activityAdded: String { "Aktiviteten är inlagd i schemat." }
    var activityRemoved: String { "Aktiviteten är borttagen från schemat." }
    var removeActivity: String { "Ta bort" }
    func errorActivityOutsideIntroduction(from: String, to: String) -> String {
        "Aktiviteten måste ligga inom introduktionen, från \(from) till \(to)."
    }
    var errorActivityTitleMissing: String { "Skriv vad aktiviteten går ut på." }
    var errorMinutes: String { "Skriv hur många minuter den varar, från 15 till 480." }
    var errorUnknownPerson: String { "Välj en person i listan." }
    var myActivitiesTitle: String { "Aktiviteter du håller i" }
    var myActivitiesIntro: String { "Aktiviteter i nya kollegors introduktion där det är du som visar, lär upp eller undervisar." }
    var noActivitiesToRun: String { "Du håller inte i några aktiviteter den närmaste tiden." }
    var openSchedule: String { "Introduktionsschema" }
    func activityRunBy(name: String) -> String { "med \(name)" }
    func activityFor(name: String) -> String { "för \(name)" }
    func activityServes(goal: String) -> String { "Lärandemål: \(goal)" }
    var navMyActivities: String { "Mina aktiviteter" }
    // Knowledge persons
    var knowledgeTitle: String { "Vem frågar jag om vad" }
    var knowledgeIntro: String { "Kollegor som kan ett verksamhetssystem, en lag eller en metod väl, och som gärna får frågor." }
    func knowledgeKind(_ kind: KnowledgeKind) -> String {
        switch kind {
        case .system: "Verksamhetssystem"
        case .legislation: "Lagstiftning"
        case .method: "Metoder"
        case .other: "Övrigt"
        }
    }
    var knowledgeSearchLabel: String { "Sök på område eller namn" }
    var knowledgeSearchButton: String { "Sök" }
    func noKnowledgeMatches(query: String) -> String { "Ingen matchar ”\(query)”." }
    var noKnowledgePersonsYet: String { "Det finns inga kunskapspersoner än." }
    var addKnowledgeHeading: String { "Lägg till en kunskapsperson" }
    var knowledgePersonLabel: String { "Kollega" }
    var knowledgeAreaLabel: String { "Område" }
    var knowledgeAreaHint: String { "Till exempel ”Procapita”, ”Socialtjänstlagen 4 kap. 1 §” eller ”Signs of Safety”." }
    var knowledgeKindLabel: String { "Slag" }
    var addKnowledgeButton: String { "Lägg till" }
    var knowledgeAdded: String { "Kunskapspersonen är tillagd." }
    var knowledgeRemoved: String { "Området är borttaget." }
    var removeKnowledge: String { "Ta bort" }
    var errorAreaMissing: String { "Skriv området." }
    var navKnowledge: String { "Vem frågar jag" }
}
