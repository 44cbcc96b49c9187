import GodstartCore

extension EnglishTexts {
    // Learning goals
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        total == 0 ? "None yet" : "\(total) in all: \(inProgress) in progress, \(reached) reached"
    }
    // The catalogue
    // The learning and competence plan
    // Guides
    func coachingQuestions(_ phase: CoachingPhase) -> [String] {
        switch phase {
        case .mapTheProblem: [
            "How does the problem show itself?",
            "Where does it happen, and when did you first notice it?",
            "How does the situation affect you?",
        ]
        case .exploreRelations: [
            "How do the people involved relate to each other?",
            "How do the others see the situation?",
            "What would the problem look like somewhere else?",
            "What stops you from raising the problem?",
        ]
        case .generateIdeas: [
            "What have you done before in situations like this?",
            "What would you love to be able to do?",
            "If someone you trust gave you an unexpected piece of good advice, what would it be?",
            "What would happen if you …?",
        ]
        case .commitToAction: [
            "Where do you go from here?",
            "What could help you act, and what could get in the way?",
            "Who can support you?",
            "What is your first step?",
            "Is there something from today you can use elsewhere?",
        ]
        }
    }
    var feedbackQuestions: [String] {
        [
            "What has taken up most of your attention lately?",
            "What works well for you? When did you really succeed?",
            "Which skills has this task given you?",
            "Is there anything you need more help with? What would it take?",
            "How are our meetings and our feedback working? Should we do more of something, or do it differently?",
            "What is it like for you to be new in the team?",
        ]
    }
    var feedForwardPoints: [String] {
        [
            "Say what you think the mentee has succeeded in: “I think you …”.",
            "Name where the mentee can grow, and what the next step or goal could be.",
            "Update the learning and competence plan together.",
        ]
    }
}
