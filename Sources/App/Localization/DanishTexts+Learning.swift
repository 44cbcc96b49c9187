import GodstartCore

extension DanishTexts {
    // Learning goals
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        total == 0 ? "Ingen endnu" : "\(total) i alt: \(inProgress) i gang, \(reached) nået"
    }
    // The catalogue
    // The learning and competence plan
    // Guides
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
    var feedForwardPoints: [String] {
        [
            "Sig, hvad du synes, den nyansatte er lykkedes med: »Jeg synes, at du …«.",
            "Sæt ord på, hvor den nyansatte kan udvikle sig, og hvad næste skridt eller mål kan være.",
            "Opdatér lærings- og kompetenceplanen sammen.",
        ]
    }
}
