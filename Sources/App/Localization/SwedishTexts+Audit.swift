import GodstartCore

extension SwedishTexts {
    var navAuditLog: String { "Åtkomstlogg" }
    var navOwnAuditLog: String { "Vem har sett mitt material" }
    var auditLogTitle: String { "Åtkomstlogg" }
    var auditLogIntro: String {
        "Här registreras varje inloggning, varje gång någon läser en annan persons privata text, varje ändring av roller och åtkomst, varje ändring av personerna runt en nyanställd och varje export. Inget kan ändras eller raderas i efterhand, och loggen innehåller aldrig det som skrevs."
    }
    var ownAuditLogTitle: String { "Vem har sett mitt material" }
    var ownAuditLogIntro: String {
        "Här ser du vem som har läst det du har skrivit eller delat, när din åtkomst och dina roller har ändrats och när du har loggat in. Loggen visar vem, vad och när, aldrig själva texten."
    }
    var auditEmpty: String { "Inget har registrerats än." }
    var auditOwnEmpty: String { "Inget som rör dig har registrerats än." }
    func auditOnlyPerson(_ name: String) -> String { "Visar bara det som rör \(name) eller som \(name) har gjort." }
    var auditShowEveryone: String { "Visa alla" }
    var auditKindLabel: String { "Händelse" }
    var auditWhenColumn: String { "När" }
    var auditWhoColumn: String { "Vem" }
    var auditWhatColumn: String { "Vad" }
    var auditConcerningColumn: String { "Gäller" }
    var auditFromColumn: String { "Från" }
    var auditYou: String { "Du" }
    var auditFormerPerson: String { "En tidigare användare" }
    var auditNewer: String { "Nyare händelser" }
    var auditOlder: String { "Äldre händelser" }
    func auditPageNumber(_ number: Int) -> String { "Sida \(number)" }
    var auditPagesLabel: String { "Sidor i loggen" }

    func auditKind(_ kind: AuditKind) -> String {
        switch kind {
        case .contentRead: "Privat text läst"
        case .accessChanged: "Åtkomst ändrad"
        case .roleChanged: "Roll ändrad"
        case .assignmentChanged: "Personerna runt en nyanställd ändrade"
        case .exported: "Export"
        case .signedIn: "Inloggning"
        case .signInFailed: "Misslyckad inloggning"
        case .erased: "Radering"
        }
    }

    func auditNoActor(_ kind: AuditKind) -> String {
        switch kind {
        case .signInFailed: "Någon som inte är inloggad"
        case .exported: "En integration (API-nyckel)"
        default: "Driften av Godstart"
        }
    }

    func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String {
        let thing = resource.map(auditResource) ?? "något"
        switch (kind, detail) {
        case (.contentRead, _): return "Läste \(thing)"
        case (.accessChanged, .shared): return "Delade \(thing)"
        case (.accessChanged, .unshared): return "Tog tillbaka \(thing)"
        case (.accessChanged, .earlierMaterialShared): return "Lät den nya mentorn se lärandemål och plan från det tidigare mentorsprogrammet"
        case (.accessChanged, .earlierMaterialUnshared): return "Stängde den nya mentorns åtkomst till det tidigare mentorsprogrammet"
        case (.accessChanged, .apiTokenCreated): return "Skapade en API-nyckel"
        case (.accessChanged, .apiTokenRevoked): return "Återkallade en API-nyckel"
        case (.accessChanged, .signInSettings): return "Ändrade inställningarna för inloggning"
        case (.accessChanged, .passwordsSwitchedOn): return "Slog på lösenord igen från servern"
        case (.roleChanged, .madeManager): return "Gjord till chef"
        case (.roleChanged, .lastDaySet): return "Sista arbetsdag registrerad"
        case (.roleChanged, .lastDayRemoved): return "Sista arbetsdag borttagen"
        case (.assignmentChanged, .registered): return "Registrerad som nyanställd med kontaktperson, mentor, fadder och chef"
        case (.assignmentChanged, .newMentor): return "Vald som ny mentor"
        case (.assignmentChanged, .mentorChanged): return "Fick en ny mentor"
        case (.assignmentChanged, .mentorshipEnded): return "Slutade som mentor i programmet"
        case (.assignmentChanged, .chosenWithReason): return "Vald utanför reglerna, med en motivering"
        case (.exported, .retentionFile): return "Laddade ner siffrorna för kvarstannande"
        case (.exported, .calendarFile): return "Laddade ner ett möte till kalendern"
        case (.exported, .api): return "Läste via API:et: \(thing)"
        case (.signedIn, .singleSignOn): return "Loggade in med organisationens inloggning"
        case (.signedIn, .welcomeLink): return "Loggade in med en inloggningslänk och valde lösenord"
        case (.signedIn, _): return "Loggade in med lösenord"
        case (.signInFailed, .throttled): return "Inloggning nekad: för många försök"
        case (.signInFailed, .passwordsOff): return "Inloggning nekad: lösenord är avstängda"
        case (.signInFailed, .hasLeft): return "Inloggning nekad: anställningen har upphört"
        case (.signInFailed, .unknownAccount): return "Misslyckad inloggning med en e-postadress som ingen i Godstart har"
        case (.signInFailed, _): return "Misslyckad inloggning: fel lösenord"
        case (.exported, .personalData): return "Laddade ner alla sina uppgifter"
        case (.accessChanged, .storagePeriod): return "Ändrade hur länge privata texter sparas"
        case (.erased, .textsPurged): return "Privata texter gallrade när lagringstiden gick ut"
        case (.erased, .personErased): return "Personen raderad"
        case (.accessChanged, .welcomeLinkIssued): return "Skapade en välkomstlänk för att välja lösenord"
        case (.accessChanged, .accountCreated): return "Skapad vid första inloggningen via organisationens inloggning"
        case (.signInFailed, .ssoRefused): return "Inloggning via organisationens inloggning nekad: kontot tillhör någon annan"
        default: return auditKind(kind)
        }
    }

    func auditResource(_ resource: Resource) -> String {
        switch resource {
        case .programme: "ett program"
        case .plan: "planen"
        case .introductionChecklist: "checklistan för introduktionen"
        case .statusMeetingNotes: "anteckningar från ett avstämningsmöte"
        case .introductionClosingNotes: "anteckningarna från introduktionens avslutningsmöte"
        case .mentoringMeetingNotes: "anteckningar från ett mentorssamtal"
        case .preparationAnswers: "svar i förberedelsen inför mentorsprogrammet"
        case .agreement: "samarbetsavtalet"
        case .learningGoals: "lärandemål"
        case .competencePlan: "lärande- och kompetensplanen"
        case .logbookEntry: "en loggboksanteckning"
        case .processJournal: "en processanteckning"
        case .caseAnalysis: "en ärende- och episodanalys"
        case .evaluationAnswers: "svar på en utvärdering"
        case .developmentTalkNotes: "anteckningar från ett utvecklingssamtal"
        case .statistics: "statistik"
        case .materials: "material"
        case .learningGoalCatalogue: "katalogen över lärandemål"
        case .knowledgePersons: "kunskapspersoner"
        case .ideas: "idéer"
        case .people: "personer"
        case .auditLog: "åtkomstloggen"
        case .employmentDates: "anställningsdatum"
        }
    }
}
