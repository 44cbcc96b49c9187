import GodstartCore

extension DanishTexts {
    var checklistTitle: String { "Tjekliste til introduktionen" }
    var checklistIntro: String {
        "Det, introduktionen skal omkring, og cirka hvornår. Hvert punkt har en periode på nogle uger, ikke en frist. Nyansatte lærer i forskelligt tempo, men alle emnerne skal nås."
    }
    func checklistItem(_ item: DefaultChecklistItem) -> String {
        switch item {
        case .itAccess: "IT-adgang, adgangskode og adgang til fagsystemet er bestilt"
        case .deskPhoneKeys: "Skrivebord, telefon og nøglekort er klar"
        case .welcomeLetter: "Velkomstbrev og program for den første uge er sendt"
        case .teamInformed: "Teamet ved, hvem der begynder, hvornår, og hvem der er kontaktperson"
        case .welcomeOnDayOne: "Lederen og kontaktpersonen tager imod den nyansatte på første arbejdsdag"
        case .tourOfWorkplace: "Rundvisning på arbejdspladsen"
        case .lunchInWeekOne: "Frokost sammen i den første uge"
        case .introduceToTeam: "Præsenteret for teamet og for teamene ved siden af"
        case .inviteToSocialEvents: "Inviteret med til personalemøder og sociale arrangementer"
        case .introductionGoalsAgreed: "Læringsmål for introduktionen er aftalt"
        case .caseSystem: "Introduktion til fagsystemet og til journalføring"
        case .shadowing: "Følordning: med kolleger til møder med borgere"
        case .legislationAndGuidelines: "Lovgivningen og de lokale retningslinjer for arbejdet er gennemgået"
        case .meetKnowledgePersons: "Har mødt videnspersonerne for systemer, lovgivning og metoder"
        case .partnersVisited: "Har besøgt de nærmeste samarbejdspartnere i andre faggrupper"
        case .firstOwnCases: "De første egne sager, med sparring"
        }
    }
    func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return "Før første arbejdsdag" }
        if from <= 0 { return "Fra før første arbejdsdag til uge \(to)" }
        return from == to ? "Uge \(from)" : "Uge \(from)-\(to)"
    }
    func checklistCovered(name: String, date: String) -> String { "Nået · \(name), \(date)" }
    func checklistNotRelevant(reason: String) -> String { "Ikke relevant: \(reason)" }
    func checklistWindowMoved(reason: String) -> String { "Perioden er flyttet: \(reason)" }
    var checklistWaiting: String { "Perioden er slut, og punktet er ikke nået endnu" }
    var checklistOpen: String { "Ikke nået endnu" }
    var markCovered: String { "Markér som nået" }
    var markNotCovered: String { "Alligevel ikke nået" }
    var adaptItem: String { "Tilpas" }
    var setAsideLegend: String { "Ikke relevant for netop denne nyansatte" }
    var setAsideHint: String { "Fx fordi den nyansatte allerede kender det. Punktet bliver stående på listen, men lagt til side." }
    var setAsideButton: String { "Læg til side" }
    var bringBackButton: String { "Tag punktet frem igen" }
    var moveWindowLegend: String { "Flyt perioden" }
    var windowFromLabel: String { "Fra" }
    var windowToLabel: String { "Til" }
    var reasonLabel: String { "Begrundelse" }
    var moveWindowButton: String { "Flyt perioden" }
    var addChecklistItemHeading: String { "Tilføj et punkt" }
    var itemTitleLabel: String { "Hvad" }
    var responsibleLabel: String { "Hvem står for det" }
    var addChecklistItemButton: String { "Tilføj punktet" }
    var checklistItemAdded: String { "Punktet er tilføjet." }
    var checklistItemSaved: String { "Tjeklisten er gemt." }
    var errorWindowEndBeforeStart: String { "Perioden kan ikke slutte, før den begynder." }
    var errorWindowOutsideProgramme: String { "Perioden skal ligge inden for introduktionen." }
    var errorReasonMissing: String { "Skriv en kort begrundelse." }
    var errorItemTitleMissing: String { "Skriv, hvad punktet går ud på." }
    func checklistWaitingFlag(_ count: Int) -> String { count == 1 ? "1 punkt på tjeklisten venter" : "\(count) punkter på tjeklisten venter" }
    var openChecklist: String { "Tjekliste" }
    var backToChecklist: String { "Hele tjeklisten" }
    var socialTasksTitle: String { "Sociale opgaver" }
    var socialTasksIntro: String { "Som buddy hjælper du den nyansatte med at falde til. Sæt flueben ved det, du har gjort." }
}
