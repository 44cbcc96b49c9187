import GodstartCore

extension SwedishTexts {
    var yourMentoring: String { "Ditt mentorsprogram" }
    var yourWholeProgramme: String { "Hela ditt program" }

    // Learning goals
    var learningGoalsTitle: String { "Lärandemål" }
    var learningGoalsIntro: String {
        "Här är målen ni arbetar med i mentorsprogrammet, både typiska mål från katalogen och dina egna. Nya mål dyker upp längs vägen. Kom överens om hur mentorn ska arbeta med dig för varje mål."
    }
    func learningGoalStatus(_ status: LearningGoalStatus) -> String {
        switch status {
        case .notStarted: "Inte påbörjat"
        case .inProgress: "Pågår"
        case .reached: "Uppnått"
        }
    }
    func mentorRoleName(_ role: MentorRole) -> String {
        switch role {
        case .professionalSupervisor: "Handledare"
        case .coach: "Coach"
        case .adviser: "Rådgivare"
        case .knowledgeSharer: "Kunskapsdelare"
        case .storyteller: "Berättare"
        case .sparringPartner: "Bollplank"
        case .critic: "Kritisk granskare"
        case .networker: "Nätverkare"
        case .doorOpener: "Dörröppnare"
        case .sponsor: "Sponsor"
        case .friend: "Vän"
        }
    }
    func mentorRoleDescription(_ role: MentorRole) -> String {
        switch role {
        case .professionalSupervisor: "Hjälper dig att koppla det du lärde dig under utbildningen till ärendena på ditt bord."
        case .coach: "Ställer frågor som hjälper dig att hitta dina egna svar."
        case .adviser: "Ger dig råd och föreslår vad du kan göra."
        case .knowledgeSharer: "Delar med sig av sin yrkeskunskap när du behöver den."
        case .storyteller: "Berättar om erfarenheter från sin egen praktik som du kan hämta inspiration från."
        case .sparringPartner: "Diskuterar med dig och utmanar ditt sätt att se på saken."
        case .critic: "Ger dig konstruktiv kritik och ärlig återkoppling."
        case .networker: "Hjälper dig att bygga upp och använda ditt nätverk."
        case .doorOpener: "Öppnar dörrar och sätter dig i kontakt med rätt personer."
        case .sponsor: "Vägleder dig i din fortsatta karriär."
        case .friend: "Uppmuntrar och stöttar dig."
        }
    }
    func typicalLearningGoal(_ goal: TypicalLearningGoal) -> String {
        switch goal {
        case .workPlanning: "Att planera mitt arbete och min vecka"
        case .professionalPersonalPrivate: "Att vara professionell, personlig och privat"
        case .difficultConversation: "Det svåra samtalet"
        case .ethicalDilemmas: "Att hantera etiska dilemman"
        case .angryOrSadCitizens: "Att möta klienter som blir arga eller ledsna"
        case .ownEmotions: "Att hantera mina egna känslor"
        case .crossPressure: "Att hantera korstryck och motstridiga förväntningar"
        case .stress: "Att förebygga och hantera stress"
        case .theoryToPractice: "Att omsätta teori i praktik"
        case .authorityRole: "Att växa in i rollen som myndighetsutövare"
        case .practiceShock: "Att ta sig igenom praxischocken"
        case .psychiatricDiagnoses: "Att arbeta med klienter som har psykiatriska diagnoser"
        case .caseAnalysis: "Att analysera ett ärende"
        case .workingRelationships: "Samarbetet med kollegor och samarbetspartner"
        case .sayingNo: "Att säga nej och fatta avslagsbeslut"
        case .systematicCasework: "Strukturerad handläggning"
        case .clearDecisions: "Att förmedla beslut tydligt"
        case .crossDisciplinaryCoordination: "Samordning över professionsgränserna"
        case .knowledgeBasedPractice: "Kunskapsbaserat arbetssätt"
        }
    }
    var addGoalFromCatalogue: String { "Lägg till ett typiskt mål" }
    var catalogueGoalLabel: String { "Typiskt mål" }
    var chooseCatalogueGoal: String { "Välj ett mål" }
    var addOwnGoal: String { "Lägg till ett eget mål" }
    var ownGoalLabel: String { "Ditt mål" }
    var ownGoalHint: String { "Med dina egna ord, till exempel ”Att leda ett nätverksmöte på egen hand”." }
    var addGoalButton: String { "Lägg till målet" }
    var goalAdded: String { "Målet är tillagt." }
    var goalSaved: String { "Målet är sparat." }
    var goalRemoved: String { "Målet är borttaget." }
    var goalColumn: String { "Mål" }
    var goalStatusColumn: String { "Status" }
    var goalRoleColumn: String { "Mentorns roll" }
    var goalMeetingsColumn: String { "Togs upp på" }
    var noGoalsYet: String { "Inga lärandemål än. Börja med några på uppstartsmötet." }
    var ownGoalMarker: String { "eget mål" }
    var goalTitleLabel: String { "Mål" }
    var goalNoteLabel: String { "Vad målet innebär och hur ni arbetar med det" }
    var goalNoteHint: String { "Bara ni två kan läsa det här." }
    var goalStatusLegend: String { "Status" }
    var mentorRoleLegend: String { "Mentorns roller för det här målet (en eller flera)" }
    var mentorRoleHint: String { "Om ni sätter ord på rollen slipper ni missförstånd: vill du ha råd, frågor eller kritik?" }
    var noRoleChosen: String { "Inte vald än" }
    var goalMeetingsLegend: String { "Möten där ni arbetade med målet" }
    var goalMeetingsHint: String { "Kryssa för de mentorssamtal där ni arbetade med det." }
    var noMentoringMeetingsYet: String { "Inga mentorssamtal har ägt rum än." }
    func bringToDevelopmentTalk(manager: String) -> String { "Ta med målet till utvecklingssamtalet med \(manager)" }
    var bringToDevelopmentTalkHint: String {
        "Då ser din chef målets rubrik och status, men aldrig era anteckningar. Det är bara du som bestämmer det."
    }
    func goalsForDevelopmentTalk(name: String) -> String { "Lärandemål som \(name) tar med till utvecklingssamtalet" }
    var noGoalsBroughtYet: String { "Inga mål är valda till samtalet än." }
    var saveGoal: String { "Spara målet" }
    var earlierGoalReadOnly: String { "Målet är från mentorsprogrammet med en tidigare mentor. Den nyanställda har delat det med dig, så du kan läsa det men inte ändra det." }
    var removeGoal: String { "Ta bort målet" }
    var errorChooseGoal: String { "Välj ett mål i listan." }
    var errorGoalTitleMissing: String { "Skriv målet." }
    var errorGoalAlreadyChosen: String { "Målet finns redan i listan." }
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        let reachedWord = reached == 1 ? "uppnått" : "uppnådda"
        return total == 0 ? "Inga än" : "\(total) totalt: \(inProgress) pågående, \(reached) \(reachedWord)"
    }
    var learningGoalsFactLabel: String { "Lärandemål" }
    var openLearningGoals: String { "Lärandemål" }
    func meetingCount(_ count: Int) -> String { count == 1 ? "1 möte" : "\(count) möten" }
    var backToLearningGoals: String { "Alla lärandemål" }
    var goalsWorkedOnInMeeting: String { "Lärandemål som ni arbetade med på mötet" }

    // The catalogue
    var catalogueTitle: String { "Katalog över lärandemål" }
    var catalogueIntro: String {
        "De typiska mål som alla nyanställda och mentorer väljer bland. Katalogen är densamma för alla mentorer. Skriv varje rubrik på de språk som medarbetarna använder. Saknas ett språk visas den danska rubriken, och annars någon av de andra."
    }
    func catalogueTitleIn(language: String) -> String { "Rubrik (\(language))" }
    var catalogueNewEntry: String { "Nytt mål i katalogen" }
    var catalogueAddEntry: String { "Lägg till i katalogen" }
    var catalogueSaveEntry: String { "Spara" }
    var catalogueEntryAdded: String { "Målet är tillagt i katalogen." }
    var catalogueEntrySaved: String { "Katalogen är sparad." }
    var catalogueRetire: String { "Ta bort ur katalogen" }
    var catalogueRestore: String { "Lägg tillbaka i katalogen" }
    var catalogueRetiredFlash: String { "Målet är borttaget ur katalogen." }
    var catalogueRestoredFlash: String { "Målet finns i katalogen igen." }
    var catalogueRetiredHeading: String { "Borttagna ur katalogen" }
    var catalogueRetiredHint: String { "Program som redan har valt de här målen behåller dem." }
    var errorCatalogueTitleMissing: String { "Skriv rubriken på minst ett språk." }
    var navCatalogue: String { "Katalog över lärandemål" }

    // The learning and competence plan
    var competencePlanTitle: String { "Lärande- och kompetensplan" }
    var competencePlanIntro: String {
        "Vilka typer av uppgifter den nyanställda tar sig an, vad hen lär sig av var och en och vad nästa steg är. Uppdatera planen tillsammans efter återkopplingen. Alla ändringar sparas i historiken nedan."
    }
    func competencePlanField(_ field: CompetencePlanField) -> String {
        switch field {
        case .taskType: "Typ av uppgift"
        case .learningGoal: "Lärandemål"
        case .description: "Beskrivning"
        case .estimatedTime: "Beräknad tid"
        case .sparring: "Bollplank: när och med vem"
        case .nextStep: "Nästa steg"
        case .developmentPotential: "Utvecklingspotential"
        }
    }
    func competencePlanFieldHint(_ field: CompetencePlanField) -> String {
        switch field {
        case .taskType: "Till exempel ”Barnavårdsutredning” eller ”Första samtalet med en ny klient”."
        case .learningGoal: "Vad den nyanställda lär sig av den här typen av uppgift."
        case .description: "Vad uppgiften innebär."
        case .estimatedTime: "Hur lång tid uppgiften väntas ta, till exempel ”2 dagar” eller ”15 timmar”."
        case .sparring: "När och med vem den nyanställda kan bolla uppgiften och stämma av den."
        case .nextStep: "Nästa steg i den nyanställdas utveckling med den här typen av uppgift."
        case .developmentPotential: "Var den nyanställda kan växa vidare."
        }
    }
    var addPlanRow: String { "Lägg till raden" }
    var newPlanRowHeading: String { "Ny rad" }
    var savePlanRow: String { "Spara raden" }
    var removePlanRow: String { "Ta bort raden" }
    var planRowAdded: String { "Raden är tillagd i planen." }
    var planRowSaved: String { "Raden är sparad." }
    var planRowRemoved: String { "Raden är borttagen ur planen. Den finns kvar i historiken." }
    var planRowUnchanged: String { "Inget ändrades." }
    var noPlanRowsYet: String { "Planen har inga rader än." }
    var errorPlanRowTaskTypeMissing: String { "Skriv vilken typ av uppgift det gäller." }
    var planHistoryTitle: String { "Ändringshistorik" }
    var planHistoryEmpty: String { "Inga ändringar än." }
    func planRowAddedBy(name: String, date: String, task: String) -> String { "\(date): \(name) lade till ”\(task)”" }
    func planRowChangedBy(name: String, date: String, task: String, fields: String) -> String {
        "\(date): \(name) ändrade ”\(task)” (\(fields))"
    }
    func planRowRemovedBy(name: String, date: String, task: String) -> String { "\(date): \(name) tog bort ”\(task)”" }
    var printablePlan: String { "Utskriftsvänlig version" }
    var planPrintHint: String { "Skriv ut med webbläsarens utskriftskommando (Ctrl+P, eller ⌘P på en Mac), eller spara planen som pdf." }
    var backToPlan: String { "Tillbaka till planen" }
    func competencePlanOf(name: String) -> String { "Lärande- och kompetensplan för \(name)" }
    var sharePlanWithManagerHeading: String { "Din chef" }
    func sharePlanWithManager(name: String) -> String { "Dela planen med \(name)" }
    func planSharedWithManager(name: String) -> String { "\(name) kan läsa planen." }
    func unsharePlanWithManager(name: String) -> String { "Sluta dela med \(name)" }
    var planSharedFlash: String { "Planen är delad med din chef." }
    var planUnsharedFlash: String { "Planen är inte längre delad med din chef." }
    var openCompetencePlan: String { "Lärande- och kompetensplan" }
    var editPlanRow: String { "Ändra" }

    // Guides
    var guidesTitle: String { "Stöd för samtalet" }
    var guidesIntro: String { "Ta fram ett stöd när samtalet behöver det." }
    var caseAnalysisTitle: String { "Ärende- och episodanalys i fem steg" }
    var caseAnalysisIntro: String {
        "Gå igenom ett konkret ärende eller en händelse steg för steg, från det ni vet till det ni ska göra."
    }
    func caseAnalysisStep(_ step: CaseAnalysisStep) -> String {
        switch step {
        case .whatWeKnow: "Vad vet vi?"
        case .hypotheses: "Vilka hypoteser har vi?"
        case .mostLikely: "Vilka hypoteser är mest sannolika just nu?"
        case .directions: "Vilka övergripande riktningar pekar de mot?"
        case .actions: "Vilka konkreta åtgärder kan vi vidta?"
        }
    }
    func caseAnalysisStepHint(_ step: CaseAnalysisStep) -> String {
        switch step {
        case .whatWeKnow: "Fakta, det den enskilde har berättat och upplevt, observationer och andra källor."
        case .hypotheses: "Brainstorma fritt, och använd begrepp och teori."
        case .mostLikely: "Välj de hypoteser som stämmer bäst med det ni vet."
        case .directions: "Riktningar för arbetet, ännu inte konkreta åtgärder."
        case .actions: "Konkreta åtgärder för varje riktning, utifrån det ni vet och de ramar arbetet har."
        }
    }
    var coachingTitle: String { "Coachande frågor" }
    var coachingIntro: String { "Ett coachande samtal rör sig från problemet via nya idéer till ett första steg." }
    func coachingPhase(_ phase: CoachingPhase) -> String {
        switch phase {
        case .mapTheProblem: "Ringa in problemet"
        case .exploreRelations: "Utforska relationer och sammanhang"
        case .generateIdeas: "Hitta nya idéer och möjligheter"
        case .commitToAction: "Sätt mål, planera och handla"
        }
    }
    func coachingQuestions(_ phase: CoachingPhase) -> [String] {
        switch phase {
        case .mapTheProblem: [
            "Hur visar sig problemet?",
            "Var händer det, och när märkte du det första gången?",
            "Hur påverkar situationen dig?",
        ]
        case .exploreRelations: [
            "Hur ser relationerna ut mellan de inblandade?",
            "Hur ser de andra på situationen?",
            "Hur skulle problemet se ut i ett annat sammanhang?",
            "Vad hindrar dig från att ta upp problemet?",
        ]
        case .generateIdeas: [
            "Vad har du gjort tidigare i liknande situationer?",
            "Vad skulle du allra helst vilja kunna göra?",
            "Om någon du litar på gav dig ett oväntat gott råd, vad skulle det vara?",
            "Vad skulle hända om du …?",
        ]
        case .commitToAction: [
            "Hur går du vidare härifrån?",
            "Vad kan hjälpa dig att handla, och vad kan komma i vägen?",
            "Vem kan stötta dig?",
            "Vad blir ditt första steg?",
            "Finns det något från i dag som du kan använda i andra sammanhang?",
        ]
        }
    }
    var feedbackTitle: String { "Återkoppling och feedforward" }
    var feedbackIntro: String { "Ställ öppna frågor, så att den nyanställda reflekterar och svarar med egna ord." }
    var feedbackQuestions: [String] {
        [
            "Vad har tagit mest av din uppmärksamhet på sistone?",
            "Vad fungerar bra för dig? När lyckades du riktigt bra med något?",
            "Vilka färdigheter har den här uppgiften gett dig?",
            "Finns det något du behöver mer hjälp med? Vad skulle det kräva?",
            "Hur fungerar våra möten och vår återkoppling? Ska vi göra mer av något, eller göra det på ett annat sätt?",
            "Hur är det för dig att vara ny i arbetsgruppen?",
        ]
    }
    var feedForwardTitle: String { "Feedforward" }
    var feedForwardPoints: [String] {
        [
            "Säg vad du tycker att den nyanställda har lyckats med: ”Jag tycker att du …”.",
            "Sätt ord på var den nyanställda kan växa och vad nästa steg eller mål kan vara.",
            "Uppdatera lärande- och kompetensplanen tillsammans.",
        ]
    }
}
