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
    func checklistCoveredOn(date: String) -> String { "Nået \(date)" }

    // Who does what
    var whoDoesWhatTitle: String { "Hvem gør hvad" }
    func whoDoesWhatIntro(name: String) -> String { "Alle i forløbet for \(name): hvad de gør, og hvornår." }
    func roleDuty(_ role: ProgrammeRole) -> String {
        switch role {
        case .newcomer: "Lærer opgaverne og arbejdspladsen at kende i sit eget tempo, siger til, når noget er svært, og bestemmer selv, hvad der skal deles fra logbogen og procesjournalerne."
        case .contactPerson: "Står for introduktionen: planlægger de første måneder sammen med lederen, holder statusmøderne, sørger for, at emnerne på tjeklisten bliver nået, og præsenterer den nyansatte for videnspersonerne."
        case .mentor: "Står for mentorforløbet: fortrolige samtaler om den nyansattes læringsmål efter en fast dagsorden, hvor de næste to-tre møder altid er planlagt."
        case .buddy: "Tager sig af det sociale: velkomsten, frokosten, at hilse på teamet og de praktiske spørgsmål, som ingen andre tænker på."
        case .manager: "Har ansvaret for arbejdet og rammerne: den første arbejdsdag, opgaver og arbejdsmængde, introduktionens afslutningsmøde og MUS-samtalen. Ser datoer og fremdrift, men aldrig det, der bliver sagt i mentorsamtalerne."
        case .coordinator: "Holder alle forløb i gang: finder kontaktperson, mentor og buddy, følger med i, at møderne bliver holdt, og svarer på spørgsmål om selve forløbet."
        }
    }
    func whenIntroduction(from: String, to: String) -> String { "I introduktionen, fra \(from) til \(to)" }
    func whenMentoring(from: String, to: String) -> String { "I mentorforløbet, fra \(from) til \(to)" }
    func whenFirstWeeks(until: String) -> String { "De første uger, indtil \(until)" }
    func whenWholeProgramme(from: String, to: String) -> String { "Hele forløbet, fra \(from) til \(to)" }
    var whenThroughout: String { "Hele vejen igennem" }
    func roleSwitch(name: String, date: String) -> String {
        "\(name) er både kontaktperson og mentor. Fra \(date) skifter rollen: fra den, der viser og instruerer, til en sparringspartner, der reflekterer sammen med den nyansatte."
    }
    var openWhoDoesWhat: String { "Hvem gør hvad" }

    // The introduction's closing meeting
    var moveToMentoringButton: String { "Gør det til et læringsmål i mentorforløbet" }
    var movedToMentoring: String { "Taget med i mentorforløbet som læringsmål" }
    var movedToMentoringFlash: String { "Punktet er nu et læringsmål i mentorforløbet." }
    func uncoveredAtClosing(_ count: Int) -> String {
        count == 1 ? "1 punkt på tjeklisten er ikke nået. Gør det til et læringsmål i mentorforløbet, eller sæt det til side med en begrundelse." : "\(count) punkter på tjeklisten er ikke nået. Gør dem til læringsmål i mentorforløbet, eller sæt dem til side med en begrundelse."
    }
    var goThroughUncovered: String { "Gå tjeklisten igennem" }
}
