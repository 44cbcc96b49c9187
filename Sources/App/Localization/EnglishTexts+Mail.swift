import GodstartCore

extension EnglishTexts {
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        if let newcomer { return "“\(item)” in \(newcomer)'s introduction is yours, and its time runs out \(closes). Tick it off in the checklist when it is done." }
        return "“\(item)” in your introduction is yours, and its time runs out \(closes). Tick it off in the checklist when it is done."
    }
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        if let newcomer { return "The evaluation “\(evaluation)” of \(newcomer)'s programme is open for your answer. It takes a few minutes and helps the next new hires." }
        return "The evaluation “\(evaluation)” of your programme is open for your answer. It takes a few minutes and helps the next new hires."
    }
    func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": "Waiting"
        case "failed": "Given up"
        case "sent": "Sent"
        default: state
        }
    }
    func outboxWaiting(attempts: Int, next: String) -> String {
        switch attempts {
        case 0: "Waiting"
        case 1: "Waiting: 1 failed attempt, next \(next)"
        default: "Waiting: \(attempts) failed attempts, next \(next)"
        }
    }
}
