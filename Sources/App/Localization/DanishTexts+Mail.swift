import GodstartCore

extension DanishTexts {
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        if let newcomer {
            return "Du står for »\(item)« i introduktionen for \(newcomer), og perioden for punktet slutter \(closes). Markér det som nået på tjeklisten, når det er gjort."
        }
        return "Du står for »\(item)« i din introduktion, og perioden for punktet slutter \(closes). Markér det som nået på tjeklisten, når det er gjort."
    }
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        if let newcomer {
            return "Du kan nu besvare »\(evaluation)« i forløbet for \(newcomer). Det tager et par minutter, og dine svar hjælper de næste nyansatte."
        }
        return "Du kan nu besvare »\(evaluation)« i dit forløb. Det tager et par minutter, og dine svar hjælper de næste nyansatte."
    }
    func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": "Venter"
        case "failed": "Opgivet"
        case "sent": "Sendt"
        default: state
        }
    }
    func outboxWaiting(attempts: Int, next: String) -> String {
        switch attempts {
        case 0: "Venter"
        case 1: "Venter: 1 mislykket forsøg, prøver igen \(next)"
        default: "Venter: \(attempts) mislykkede forsøg, prøver igen \(next)"
        }
    }
}
