import GodstartCore

extension EnglishTexts {
    // Evaluations
    func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String {
        switch question {
        case .introductionWentWell, .introductionMissing, .readyForOwnCases, .adviceForNextIntroduction:
            introductionQuestion(question, byContactPerson: forMentor)
        case .whatWeDid: "How do you see what the two of you have done so far?"
        case .developmentSeen: forMentor ? "What development have you seen in your mentee?" : "What development have you seen in yourself?"
        case .ownPart: "How do you see your own part in the mentoring?"
        case .adviceForTheMentor: forMentor ? "What would you like to do differently as a mentor?" : "What advice do you have for your mentor?"
        case .content: "The content: what did you work on, and was it the right things?"
        case .learningGoals: "The learning goals: which were reached, and which are still open?"
        case .relevance: "How relevant was the mentoring to the work?"
        case .form: "The form: the meetings, the agenda, the preparation."
        case .frame: "The frame: time, frequency, room, no interruptions."
        case .method: "The methods: conversation, case analysis, coaching, feedback."
        case .outcome: "What has the mentoring given you?"
        case .furtherDevelopment: forMentor
            ? "What further competence development would you recommend for your mentee?"
            : "What further competence development do you want next?"
        }
    }
    func ratingValue(_ value: Int) -> String {
        switch value {
        case 1: "1 · Not useful"
        case 2: "2 · A little useful"
        case 3: "3 · Useful"
        case 4: "4 · Very useful"
        default: "5 · Extremely useful"
        }
    }
    func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? "\(counted)" : "\(counted) (\(waiting) more waiting for the next five)"
    }
    func averageRating(_ value: Double) -> String { String(format: "%.1f", value) }
    func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }
    // Advice to the mentor, sent from an evaluation
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String { "\(evaluationKind(kind)) · sent \(date)" }
    // A change of mentor
}
