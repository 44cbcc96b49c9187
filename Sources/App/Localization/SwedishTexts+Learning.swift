import GodstartCore

extension SwedishTexts {
    // Learning goals
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        let reachedWord = reached == 1 ? "uppnått" : "uppnådda"
        return total == 0 ? "Inga än" : "\(total) totalt: \(inProgress) pågående, \(reached) \(reachedWord)"
    }
    // The catalogue
    // The learning and competence plan
    // Guides
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
    var feedForwardPoints: [String] {
        [
            "Säg vad du tycker att den nyanställda har lyckats med: ”Jag tycker att du …”.",
            "Sätt ord på var den nyanställda kan växa och vad nästa steg eller mål kan vara.",
            "Uppdatera lärande- och kompetensplanen tillsammans.",
        ]
    }
}
