import GodstartCore

extension SwedishTexts {
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String {
        switch question {
        case .introductionWentWell: byContactPerson
            ? "Vad fungerade bra i introduktionen som du höll i?"
            : "Vad fungerade bra i din introduktion?"
        case .introductionMissing: byContactPerson
            ? "Vad saknades, eller vad kom för sent?"
            : "Vad saknade du, eller vad fick du för sent?"
        case .readyForOwnCases: byContactPerson
            ? "Hur redo är den nyanställda att arbeta med egna ärenden, och var behövs det fortfarande stöd?"
            : "Hur redo känner du dig att arbeta med dina egna ärenden, och var behöver du fortfarande stöd?"
        case .adviceForNextIntroduction: "Vad ska vi göra annorlunda nästa gång vi tar emot en nyanställd?"
        default: evaluationQuestion(question, forMentor: byContactPerson)
        }
    }
}
