import GodstartCore

extension DanishTexts {
    var yourMentoring: String { "Dit mentorforløb" }
    var yourWholeProgramme: String { "Hele dit forløb" }

    // Learning goals
    var learningGoalsTitle: String { "Læringsmål" }
    var learningGoalsIntro: String {
        "Her er de mål, I arbejder med i mentorforløbet, både typiske mål fra kataloget og dine egne. Der dukker nye mål op undervejs. Aftal for hvert mål, hvordan mentoren skal arbejde med dig på det."
    }
    func learningGoalStatus(_ status: LearningGoalStatus) -> String {
        switch status {
        case .notStarted: "Ikke begyndt"
        case .inProgress: "I gang"
        case .reached: "Nået"
        }
    }
    func mentorRoleName(_ role: MentorRole) -> String {
        switch role {
        case .professionalSupervisor: "Faglig vejleder"
        case .coach: "Coach"
        case .adviser: "Rådgiver"
        case .knowledgeSharer: "Vidensdeler"
        case .storyteller: "Fortæller"
        case .sparringPartner: "Sparringspartner"
        case .critic: "Kritiker"
        case .networker: "Netværker"
        case .doorOpener: "Døråbner"
        case .sponsor: "Sponsor"
        case .friend: "Ven"
        }
    }
    func mentorRoleDescription(_ role: MentorRole) -> String {
        switch role {
        case .professionalSupervisor: "Hjælper dig med at koble det, du lærte på studiet, til sagerne på dit bord."
        case .coach: "Stiller spørgsmål, der hjælper dig til at finde dine egne svar."
        case .adviser: "Giver dig råd og foreslår, hvad du kan gøre."
        case .knowledgeSharer: "Deler ud af sin faglige viden, når du har brug for den."
        case .storyteller: "Fortæller om oplevelser fra sin egen praksis, som du kan hente inspiration i."
        case .sparringPartner: "Diskuterer med dig og udfordrer den måde, du ser tingene på."
        case .critic: "Giver dig konstruktiv kritik og ærlig feedback."
        case .networker: "Hjælper dig med at opbygge og bruge dit netværk."
        case .doorOpener: "Åbner døre og sætter dig i forbindelse med de rigtige mennesker."
        case .sponsor: "Vejleder dig om din videre karriere."
        case .friend: "Opmuntrer dig og bakker dig op."
        }
    }
    func typicalLearningGoal(_ goal: TypicalLearningGoal) -> String {
        switch goal {
        case .workPlanning: "At planlægge mit arbejde og min uge"
        case .professionalPersonalPrivate: "At være professionel, personlig og privat"
        case .difficultConversation: "Den svære samtale"
        case .ethicalDilemmas: "At håndtere etiske dilemmaer"
        case .angryOrSadCitizens: "At møde borgere, der bliver vrede eller kede af det"
        case .ownEmotions: "At håndtere mine egne følelser"
        case .crossPressure: "At arbejde i krydspres"
        case .stress: "At forebygge og håndtere stress"
        case .theoryToPractice: "At koble teori og praksis"
        case .authorityRole: "At stå i myndighedsrollen"
        case .practiceShock: "At komme igennem praksischokket"
        case .psychiatricDiagnoses: "At arbejde med borgere med psykiatriske diagnoser"
        case .caseAnalysis: "At analysere en sag"
        case .workingRelationships: "Samarbejdet med kolleger og samarbejdspartnere"
        case .sayingNo: "At sige nej og give afslag på ydelser"
        case .systematicCasework: "Systematisk sagsarbejde"
        case .clearDecisions: "At formidle afgørelser tydeligt"
        case .crossDisciplinaryCoordination: "Tværfagligt samarbejde og koordinering"
        case .knowledgeBasedPractice: "Vidensbaseret praksis"
        }
    }
    var addGoalFromCatalogue: String { "Tilføj et typisk mål" }
    var catalogueGoalLabel: String { "Typisk mål" }
    var chooseCatalogueGoal: String { "Vælg et mål" }
    var addOwnGoal: String { "Tilføj dit eget mål" }
    var ownGoalLabel: String { "Dit mål" }
    var ownGoalHint: String { "Med dine egne ord, fx »At holde et netværksmøde på egen hånd«." }
    var addGoalButton: String { "Tilføj målet" }
    var goalAdded: String { "Målet er tilføjet." }
    var goalSaved: String { "Målet er gemt." }
    var goalRemoved: String { "Målet er fjernet." }
    var goalColumn: String { "Mål" }
    var goalStatusColumn: String { "Status" }
    var goalRoleColumn: String { "Mentors rolle" }
    var goalMeetingsColumn: String { "Taget op på" }
    var noGoalsYet: String { "Der er ingen læringsmål endnu. Begynd med et par stykker på opstartsmødet." }
    var ownGoalMarker: String { "eget mål" }
    var goalTitleLabel: String { "Mål" }
    var goalNoteLabel: String { "Hvad målet går ud på, og hvordan I arbejder med det" }
    var goalNoteHint: String { "Det er kun jer to, der kan læse det." }
    var goalStatusLegend: String { "Status" }
    var mentorRoleLegend: String { "Mentorens roller, når I arbejder med målet (en eller flere)" }
    var mentorRoleHint: String { "Når I sætter ord på rollen, undgår I misforståelser: vil du have råd, spørgsmål eller kritik?" }
    var noRoleChosen: String { "Ikke valgt endnu" }
    var goalMeetingsLegend: String { "Møder, hvor I har arbejdet med målet" }
    var goalMeetingsHint: String { "Sæt flueben ved de mentorsamtaler, hvor I arbejdede med det." }
    var noMentoringMeetingsYet: String { "Der har ikke været nogen mentorsamtaler endnu." }
    func bringToDevelopmentTalk(manager: String) -> String { "Tag målet med til MUS-samtalen med \(manager)" }
    var bringToDevelopmentTalkHint: String {
        "Så kan din leder se målets titel og status, men aldrig jeres noter. Det er kun dig, der bestemmer det."
    }
    func goalsForDevelopmentTalk(name: String) -> String { "Læringsmål, som \(name) tager med til MUS-samtalen" }
    var noGoalsBroughtYet: String { "Der er ikke valgt nogen mål til samtalen endnu." }
    var saveGoal: String { "Gem målet" }
    var earlierGoalReadOnly: String { "Målet er fra mentorforløbet med en tidligere mentor. Den nyansatte har delt det med dig, så du kan læse det, men ikke ændre det." }
    var removeGoal: String { "Fjern målet" }
    var errorChooseGoal: String { "Vælg et mål på listen." }
    var errorGoalTitleMissing: String { "Skriv målet." }
    var errorGoalAlreadyChosen: String { "Målet står allerede på listen." }
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        total == 0 ? "Ingen endnu" : "\(total) i alt: \(inProgress) i gang, \(reached) nået"
    }
    var learningGoalsFactLabel: String { "Læringsmål" }
    var openLearningGoals: String { "Læringsmål" }
    func meetingCount(_ count: Int) -> String { count == 1 ? "1 møde" : "\(count) møder" }
    var backToLearningGoals: String { "Alle læringsmål" }
    var goalsWorkedOnInMeeting: String { "Læringsmål, I har arbejdet med på mødet" }

    // The catalogue
    var catalogueTitle: String { "Katalog over læringsmål" }
    var catalogueIntro: String {
        "De typiske mål, som alle nyansatte og mentorer vælger imellem. Kataloget er det samme for alle mentorer. Skriv hver titel på de sprog, medarbejderne bruger. Mangler et sprog, vises den danske titel, og ellers en af de andre."
    }
    func catalogueTitleIn(language: String) -> String { "Titel (\(language))" }
    var catalogueNewEntry: String { "Nyt mål i kataloget" }
    var catalogueAddEntry: String { "Føj til kataloget" }
    var catalogueSaveEntry: String { "Gem" }
    var catalogueEntryAdded: String { "Målet er føjet til kataloget." }
    var catalogueEntrySaved: String { "Kataloget er gemt." }
    var catalogueRetire: String { "Tag ud af kataloget" }
    var catalogueRestore: String { "Sæt tilbage i kataloget" }
    var catalogueRetiredFlash: String { "Målet er taget ud af kataloget." }
    var catalogueRestoredFlash: String { "Målet er tilbage i kataloget." }
    var catalogueRetiredHeading: String { "Taget ud af kataloget" }
    var catalogueRetiredHint: String { "Forløb, der allerede har valgt disse mål, beholder dem." }
    var errorCatalogueTitleMissing: String { "Skriv titlen på mindst ét sprog." }
    var navCatalogue: String { "Katalog over læringsmål" }

    // The learning and competence plan
    var competencePlanTitle: String { "Lærings- og kompetenceplan" }
    var competencePlanIntro: String {
        "Hvilke typer opgaver den nyansatte skal løse, hvad hver opgavetype giver af læring, og hvad næste skridt er. Opdatér planen sammen, når I har givet feedback. Alle ændringer bliver gemt i historikken nedenfor."
    }
    func competencePlanField(_ field: CompetencePlanField) -> String {
        switch field {
        case .taskType: "Opgavetype"
        case .learningGoal: "Læringsmål"
        case .description: "Beskrivelse"
        case .estimatedTime: "Anslået tid"
        case .sparring: "Sparring: hvornår og med hvem"
        case .nextStep: "Næste skridt"
        case .developmentPotential: "Udviklingspotentiale"
        }
    }
    func competencePlanFieldHint(_ field: CompetencePlanField) -> String {
        switch field {
        case .taskType: "Fx »Børnefaglig undersøgelse« eller »Første samtale med en ny borger«."
        case .learningGoal: "Det, den nyansatte lærer af denne type opgave."
        case .description: "Hvad opgaven går ud på."
        case .estimatedTime: "Hvor lang tid opgaven forventes at tage, fx »2 dage« eller »15 timer«."
        case .sparring: "Hvornår og med hvem den nyansatte får sparring på opgaven."
        case .nextStep: "Næste skridt i den nyansattes udvikling med denne type opgave."
        case .developmentPotential: "Hvor den nyansatte kan udvikle sig yderligere."
        }
    }
    var addPlanRow: String { "Tilføj rækken" }
    var newPlanRowHeading: String { "Ny række" }
    var savePlanRow: String { "Gem rækken" }
    var removePlanRow: String { "Fjern rækken" }
    var planRowAdded: String { "Rækken er føjet til planen." }
    var planRowSaved: String { "Rækken er gemt." }
    var planRowRemoved: String { "Rækken er fjernet fra planen. Den kan stadig ses i historikken." }
    var planRowUnchanged: String { "Der blev ikke ændret noget." }
    var noPlanRowsYet: String { "Planen har ingen rækker endnu." }
    var errorPlanRowTaskTypeMissing: String { "Skriv opgavetypen." }
    var planHistoryTitle: String { "Historik over ændringer" }
    var planHistoryEmpty: String { "Ingen ændringer endnu." }
    func planRowAddedBy(name: String, date: String, task: String) -> String { "\(date): \(name) tilføjede »\(task)«" }
    func planRowChangedBy(name: String, date: String, task: String, fields: String) -> String {
        "\(date): \(name) ændrede »\(task)« (\(fields))"
    }
    func planRowRemovedBy(name: String, date: String, task: String) -> String { "\(date): \(name) fjernede »\(task)«" }
    var printablePlan: String { "Udskriftsvenlig version" }
    var planPrintHint: String { "Udskriv med din browsers udskriftsfunktion (Ctrl+P, eller ⌘P på en Mac), eller gem planen som PDF." }
    var backToPlan: String { "Tilbage til planen" }
    func competencePlanOf(name: String) -> String { "Lærings- og kompetenceplan for \(name)" }
    var sharePlanWithManagerHeading: String { "Din leder" }
    func sharePlanWithManager(name: String) -> String { "Del planen med \(name)" }
    func planSharedWithManager(name: String) -> String { "\(name) kan læse planen." }
    func unsharePlanWithManager(name: String) -> String { "Stop med at dele med \(name)" }
    var planSharedFlash: String { "Planen er delt med din leder." }
    var planUnsharedFlash: String { "Planen er ikke længere delt med din leder." }
    var openCompetencePlan: String { "Lærings- og kompetenceplan" }
    var editPlanRow: String { "Ret" }

    // Guides
    var guidesTitle: String { "Redskaber til samtalen" }
    var guidesIntro: String { "Åbn et redskab, når samtalen har brug for det." }
    var caseAnalysisTitle: String { "Sags- og episodeanalyse i fem trin" }
    var caseAnalysisIntro: String {
        "Gå en konkret sag eller episode igennem trin for trin, fra det, I ved, til det, I vil gøre."
    }
    func caseAnalysisStep(_ step: CaseAnalysisStep) -> String {
        switch step {
        case .whatWeKnow: "Hvad ved vi?"
        case .hypotheses: "Hvilke hypoteser har vi?"
        case .mostLikely: "Hvilke hypoteser er mest sandsynlige lige nu?"
        case .directions: "Hvilke overordnede handleretninger peger de på?"
        case .actions: "Hvilke konkrete tiltag kan vi sætte i gang?"
        }
    }
    func caseAnalysisStepHint(_ step: CaseAnalysisStep) -> String {
        switch step {
        case .whatWeKnow: "Fakta, det borgeren har fortalt og oplevet, observationer og andre kilder."
        case .hypotheses: "Brainstorm frit, og brug begreber og teori."
        case .mostLikely: "Vælg de hypoteser, der passer bedst med det, I ved."
        case .directions: "Retninger for arbejdet, endnu ikke konkrete handlinger."
        case .actions: "Konkrete tiltag for hver handleretning, ud fra det, I ved, og de rammer, arbejdet foregår inden for."
        }
    }
    var coachingTitle: String { "Coachende spørgsmål" }
    var coachingIntro: String { "En coachende samtale bevæger sig fra problemet over nye idéer til et første skridt." }
    func coachingPhase(_ phase: CoachingPhase) -> String {
        switch phase {
        case .mapTheProblem: "Afdæk problemet"
        case .exploreRelations: "Udforsk relationer og sammenhænge"
        case .generateIdeas: "Find nye idéer og muligheder"
        case .commitToAction: "Sæt mål, planlæg og handl"
        }
    }
    func coachingQuestions(_ phase: CoachingPhase) -> [String] {
        switch phase {
        case .mapTheProblem: [
            "Hvordan kommer problemet til udtryk?",
            "Hvor sker det, og hvornår lagde du først mærke til det?",
            "Hvordan påvirker situationen dig?",
        ]
        case .exploreRelations: [
            "Hvordan er forholdet mellem dem, der er involveret?",
            "Hvordan ser de andre på situationen?",
            "Hvordan ville problemet tage sig ud et andet sted?",
            "Hvad holder dig tilbage fra at tage problemet op?",
        ]
        case .generateIdeas: [
            "Hvad har du gjort før i lignende situationer?",
            "Hvad ville du allerhelst kunne gøre?",
            "Hvis en, du har tillid til, gav dig et uventet godt råd, hvad ville det så være?",
            "Hvad ville der ske, hvis du …?",
        ]
        case .commitToAction: [
            "Hvordan kommer du videre herfra?",
            "Hvad kan hjælpe dig til at handle, og hvad kan stå i vejen?",
            "Hvem kan støtte dig?",
            "Hvad bliver dit første skridt?",
            "Er der noget fra i dag, du kan bruge i andre sammenhænge?",
        ]
        }
    }
    var feedbackTitle: String { "Feedback og feed forward" }
    var feedbackIntro: String { "Stil åbne spørgsmål, så den nyansatte reflekterer og svarer med sine egne ord." }
    var feedbackQuestions: [String] {
        [
            "Hvad har fyldt mest for dig på det seneste?",
            "Hvad fungerer godt for dig? Hvornår lykkedes du rigtig godt med noget?",
            "Hvilke færdigheder har den her opgave givet dig?",
            "Er der noget, du har brug for mere hjælp til? Hvad skal der til?",
            "Hvordan fungerer vores møder og vores feedback? Skal vi gøre mere af noget, eller gøre det anderledes?",
            "Hvordan har du det med at være ny i teamet?",
        ]
    }
    var feedForwardTitle: String { "Feed forward" }
    var feedForwardPoints: [String] {
        [
            "Sig, hvad du synes, den nyansatte er lykkedes med: »Jeg synes, at du …«.",
            "Sæt ord på, hvor den nyansatte kan udvikle sig, og hvad næste skridt eller mål kan være.",
            "Opdatér lærings- og kompetenceplanen sammen.",
        ]
    }
}
