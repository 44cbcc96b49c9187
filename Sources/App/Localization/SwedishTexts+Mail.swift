import GodstartCore

extension SwedishTexts {
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        if let newcomer {
            return "Du ansvarar för ”\(item)” i introduktionen för \(newcomer), och perioden för punkten slutar \(closes). Bocka av punkten i checklistan när den är klar."
        }
        return "Du ansvarar för ”\(item)” i din introduktion, och perioden för punkten slutar \(closes). Bocka av punkten i checklistan när den är klar."
    }
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        if let newcomer {
            return "Nu kan du svara på ”\(evaluation)” i programmet för \(newcomer). Det tar några minuter, och dina svar hjälper kommande nyanställda."
        }
        return "Nu kan du svara på ”\(evaluation)” i ditt program. Det tar några minuter, och dina svar hjälper kommande nyanställda."
    }
    func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": "Väntar"
        case "failed": "Misslyckat"
        case "sent": "Skickat"
        default: state
        }
    }
    func outboxWaiting(attempts: Int, next: String) -> String {
        switch attempts {
        case 0: "Väntar"
        case 1: "Väntar: 1 misslyckat försök, nytt försök \(next)"
        default: "Väntar: \(attempts) misslyckade försök, nytt försök \(next)"
        }
    }
}
