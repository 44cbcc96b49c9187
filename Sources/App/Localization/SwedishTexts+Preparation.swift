import GodstartCore

extension SwedishTexts {
    var preparationTitle: String { "Förberedelse inför mentorsprogrammet" }
    var preparationIntroMentor: String {
        "Ta en stund med de här frågorna före uppstartsmötet. Dina svar är dina egna; dela dem med den nyanställda när du vill använda dem på uppstartsmötet."
    }
    var preparationIntroMentee: String {
        "Ta en stund med de här frågorna före uppstartsmötet. Dina svar är dina egna; dela dem med din mentor när du vill använda dem på uppstartsmötet."
    }
    func preparationQuestion(_ question: PreparationQuestion) -> String {
        switch question {
        case .myCompetences: "Vilka av mina kompetenser kan jag använda som mentor?"
        case .whatICanOffer: "Vad kan jag erbjuda en ny kollega, yrkesmässigt och personligt?"
        case .whatMotivatesMe: "Vad motiverar mig att vara mentor?"
        case .myOwnLearning: "Vad hoppas jag själv lära mig och få ut av det?"
        case .timeICanGive: "Hur mycket tid kan jag verkligen avsätta?"
        case .typicalNeeds: "Vad brukar nyutexaminerade socialsekreterare tycka är svårt och behöva lära sig?"
        case .othersExpectations: "Vad förväntar sig min chef och mina kollegor av mig?"
        case .myGoals: "Vad vill jag uppnå med mentorsprogrammet, på kort och på längre sikt?"
        case .whatIWantToRaise: "Vilka frågor och utmaningar vill jag ta upp med min mentor?"
        case .readyToBeChallenged: "Är jag beredd att öppna mig och få mina antaganden och värderingar utmanade?"
        case .goodMentorAndMentee: "Vad kännetecknar en bra adept och en bra mentor?"
        }
    }
    var yourAnswers: String { "Dina svar" }
    var saveAnswers: String { "Spara svaren" }
    var answersSaved: String { "Dina svar är sparade." }
    func theirAnswers(name: String) -> String { "\(name)s svar" }
    func notSharedYet(name: String) -> String { "\(name) har inte delat sina svar med dig." }
    var openPreparation: String { "Förberedelse inför mentorsprogrammet" }
}
