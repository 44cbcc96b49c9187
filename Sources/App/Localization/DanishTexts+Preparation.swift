import GodstartCore

extension DanishTexts {
    var preparationTitle: String { "Forberedelse til mentorforløbet" }
    var preparationIntroMentor: String {
        "Brug lidt tid på disse spørgsmål før opstartsmødet. Dine svar er dine egne; del dem med den nyansatte, når du vil bruge dem på opstartsmødet."
    }
    var preparationIntroMentee: String {
        "Brug lidt tid på disse spørgsmål før opstartsmødet. Dine svar er dine egne; del dem med din mentor, når du vil bruge dem på opstartsmødet."
    }
    func preparationQuestion(_ question: PreparationQuestion) -> String {
        switch question {
        case .myCompetences: "Hvilke af mine kompetencer kan jeg bruge som mentor?"
        case .whatICanOffer: "Hvad kan jeg tilbyde en ny kollega, fagligt og personligt?"
        case .whatMotivatesMe: "Hvad motiverer mig til at være mentor?"
        case .myOwnLearning: "Hvad håber jeg selv at lære og få ud af det?"
        case .timeICanGive: "Hvor meget tid kan jeg reelt sætte af til det?"
        case .typicalNeeds: "Hvad har nyuddannede socialrådgivere typisk svært ved og brug for at lære?"
        case .othersExpectations: "Hvad forventer min leder og mine kolleger af mig?"
        case .myGoals: "Hvad vil jeg gerne opnå med mentorforløbet, på kort og på længere sigt?"
        case .whatIWantToRaise: "Hvilke spørgsmål og udfordringer vil jeg gerne vende med min mentor?"
        case .readyToBeChallenged: "Er jeg klar til at åbne op og få mine antagelser og værdier udfordret?"
        case .goodMentorAndMentee: "Hvad kendetegner en god mentee og en god mentor?"
        }
    }
    var yourAnswers: String { "Dine svar" }
    var saveAnswers: String { "Gem svar" }
    var answersSaved: String { "Dine svar er gemt." }
    func theirAnswers(name: String) -> String { "\(name)s svar" }
    func notSharedYet(name: String) -> String { "\(name) har ikke delt sine svar med dig." }
    var openPreparation: String { "Forberedelse til mentorforløbet" }
}
