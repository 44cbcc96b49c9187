import GodstartCore

extension SwedishTexts {
    var checklistTitle: String { "Checklista för introduktionen" }
    var checklistIntro: String {
        "Vad introduktionen ska ta upp, och ungefär när. Varje punkt har en period på några veckor, inte ett slutdatum. Alla lär sig i olika takt, men alla teman ska gås igenom."
    }
    func checklistItem(_ item: DefaultChecklistItem) -> String {
        switch item {
        case .itAccess: "Datorkonto, lösenord och behörighet till verksamhetssystemet är beställda"
        case .deskPhoneKeys: "Skrivbord, telefon och passerkort är klara"
        case .welcomeLetter: "Välkomstbrev och schema för första veckan är skickade"
        case .teamInformed: "Teamet vet vem som börjar, när och vem som är kontaktperson"
        case .welcomeOnDayOne: "Chefen och kontaktpersonen tar emot den nyanställda första arbetsdagen"
        case .tourOfWorkplace: "Rundvandring på arbetsplatsen"
        case .lunchInWeekOne: "Lunch tillsammans under första veckan"
        case .introduceToTeam: "Presenterad för teamet och för de närmaste teamen"
        case .inviteToSocialEvents: "Inbjuden till arbetsplatsträffar och sociala aktiviteter"
        case .introductionGoalsAgreed: "Lärandemål för introduktionen är överenskomna"
        case .caseSystem: "Introduktion till verksamhetssystemet och dokumentationen"
        case .shadowing: "Gå bredvid kollegor vid möten med klienter"
        case .legislationAndGuidelines: "Lagstiftningen och de lokala riktlinjerna för arbetet är genomgångna"
        case .meetKnowledgePersons: "Har träffat kunskapspersonerna för system, lagstiftning och metoder"
        case .partnersVisited: "Har besökt de närmaste samarbetspartnerna i andra yrkesgrupper"
        case .firstOwnCases: "De första egna ärendena, med en kollega att bolla med"
        }
    }
    func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return "Före första arbetsdagen" }
        if from <= 0 { return "Från före första arbetsdagen till vecka \(to)" }
        return from == to ? "Vecka \(from)" : "Vecka \(from)–\(to)"
    }
    func checklistCovered(name: String, date: String) -> String { "Klart · \(name), \(date)" }
    func checklistNotRelevant(reason: String) -> String { "Inte aktuellt: \(reason)" }
    func checklistWindowMoved(reason: String) -> String { "Perioden är flyttad: \(reason)" }
    var checklistWaiting: String { "Perioden är slut, men punkten är inte klar än" }
    var checklistOpen: String { "Inte klart än" }
    var markCovered: String { "Bocka av" }
    var markNotCovered: String { "Inte klart ändå" }
    var adaptItem: String { "Anpassa" }
    var setAsideLegend: String { "Inte aktuellt för just den här nyanställda" }
    var setAsideHint: String { "Till exempel för att den nyanställda redan kan det. Punkten finns kvar i listan men läggs åt sidan." }
    var setAsideButton: String { "Lägg åt sidan" }
    var bringBackButton: String { "Ta fram punkten igen" }
    var moveWindowLegend: String { "Flytta perioden" }
    var windowFromLabel: String { "Från" }
    var windowToLabel: String { "Till" }
    var reasonLabel: String { "Skäl" }
    var moveWindowButton: String { "Flytta perioden" }
    var addChecklistItemHeading: String { "Lägg till en punkt" }
    var itemTitleLabel: String { "Vad" }
    var responsibleLabel: String { "Vem ansvarar" }
    var addChecklistItemButton: String { "Lägg till punkten" }
    var checklistItemAdded: String { "Punkten är tillagd." }
    var checklistItemSaved: String { "Checklistan är sparad." }
    var errorWindowEndBeforeStart: String { "Perioden kan inte sluta innan den börjar." }
    var errorWindowOutsideProgramme: String { "Perioden måste ligga inom introduktionen." }
    var errorReasonMissing: String { "Skriv kort varför." }
    var errorItemTitleMissing: String { "Skriv vad punkten gäller." }
    func checklistWaitingFlag(_ count: Int) -> String { count == 1 ? "1 punkt på checklistan väntar" : "\(count) punkter på checklistan väntar" }
    var openChecklist: String { "Checklista" }
    var backToChecklist: String { "Hela checklistan" }
    var socialTasksTitle: String { "Sociala uppgifter" }
    var socialTasksIntro: String { "Som fadder hjälper du den nyanställda att känna sig hemma. Bocka av det du har gjort." }
    func checklistCoveredOn(date: String) -> String { "Klart \(date)" }

    // Who does what
    var whoDoesWhatTitle: String { "Vem gör vad" }
    func whoDoesWhatIntro(name: String) -> String { "Alla i programmet för \(name): vad de gör och när." }
    func roleDuty(_ role: ProgrammeRole) -> String {
        switch role {
        case .newcomer: "Lär sig uppgifterna och arbetsplatsen i sin egen takt, säger till när något är svårt och bestämmer själv vad som ska delas från loggboken och processanteckningarna."
        case .contactPerson: "Ansvarar för introduktionen: planerar de första månaderna tillsammans med chefen, håller i avstämningsmötena, ser till att checklistans teman gås igenom och presenterar den nyanställda för kunskapspersonerna."
        case .mentor: "Ansvarar för mentorsprogrammet: förtroliga samtal om den nyanställdas lärandemål enligt en fast dagordning, där de närmaste två, tre träffarna alltid är inplanerade."
        case .buddy: "Tar hand om det sociala: välkomnandet, luncherna, att presentera teamet och de praktiska frågorna som ingen annan tänker på."
        case .manager: "Ansvarar för arbetet och förutsättningarna: första arbetsdagen, uppgifter och arbetsbelastning, introduktionens avslutningsmöte och utvecklingssamtalet. Ser datum och hur det går, men aldrig vad som sägs i mentorssamtalen."
        case .coordinator: "Håller igång alla program: väljer ut kontaktperson, mentor och fadder, följer upp att mötena blir av och svarar på frågor om själva programmet."
        }
    }
    func whenIntroduction(from: String, to: String) -> String { "Under introduktionen, från \(from) till \(to)" }
    func whenMentoring(from: String, to: String) -> String { "Under mentorsprogrammet, från \(from) till \(to)" }
    func whenFirstWeeks(until: String) -> String { "De första veckorna, fram till \(until)" }
    func whenWholeProgramme(from: String, to: String) -> String { "Hela programmet, från \(from) till \(to)" }
    var whenThroughout: String { "Hela tiden" }
    func roleSwitch(name: String, date: String) -> String {
        "\(name) är både kontaktperson och mentor. Från och med \(date) byter rollen karaktär: från den som visar och instruerar till en reflekterande samtalspartner."
    }
    var openWhoDoesWhat: String { "Vem gör vad" }

    // The introduction's closing meeting
    var moveToMentoringButton: String { "Gör det till ett lärandemål i mentorsprogrammet" }
    var movedToMentoring: String { "Tas med i mentorsprogrammet som lärandemål" }
    var movedToMentoringFlash: String { "Punkten är nu ett lärandemål i mentorsprogrammet." }
    func uncoveredAtClosing(_ count: Int) -> String {
        count == 1 ? "1 punkt på checklistan är inte klar. Gör den till ett lärandemål i mentorsprogrammet, eller lägg den åt sidan med en motivering." : "\(count) punkter på checklistan är inte klara. Gör dem till lärandemål i mentorsprogrammet, eller lägg dem åt sidan med en motivering."
    }
    var goThroughUncovered: String { "Gå igenom checklistan" }
}
