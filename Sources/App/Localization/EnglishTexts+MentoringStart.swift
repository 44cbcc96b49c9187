import GodstartCore

extension EnglishTexts {
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String {
        switch question {
        case .introductionWentWell: byContactPerson
            ? "What worked well in the introduction you gave?"
            : "What worked well in your introduction?"
        case .introductionMissing: byContactPerson
            ? "What was missing, or came too late?"
            : "What did you miss, or get too late?"
        case .readyForOwnCases: byContactPerson
            ? "How ready is the new hire to work on their own cases, and where is support still needed?"
            : "How ready do you feel to work on your own cases, and where do you still need support?"
        case .adviceForNextIntroduction: "What should we do differently for the next new hire?"
        default: evaluationQuestion(question, forMentor: byContactPerson)
        }
    }
}
