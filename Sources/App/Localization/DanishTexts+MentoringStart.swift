import GodstartCore

extension DanishTexts {
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String {
        switch question {
        case .introductionWentWell: byContactPerson
            ? "Hvad fungerede godt i den introduktion, du har stået for?"
            : "Hvad fungerede godt i din introduktion?"
        case .introductionMissing: byContactPerson
            ? "Hvad manglede der, eller hvad kom for sent?"
            : "Hvad savnede du, eller hvad fik du for sent?"
        case .readyForOwnCases: byContactPerson
            ? "Hvor klar er den nyansatte til at arbejde med egne sager, og hvor er der stadig brug for støtte?"
            : "Hvor klar føler du dig til at arbejde med dine egne sager, og hvor har du stadig brug for støtte?"
        case .adviceForNextIntroduction: "Hvad skal vi gøre anderledes, næste gang vi tager imod en nyansat?"
        default: evaluationQuestion(question, forMentor: byContactPerson)
        }
    }
}
