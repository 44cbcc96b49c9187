import GodstartCore

extension EnglishTexts {
    var preparationTitle: String { "Preparing for the mentoring" }
    var preparationIntroMentor: String {
        "Before the start meeting, take a moment with these questions. Your answers are yours; share them with your mentee when you want to use them in the start meeting."
    }
    var preparationIntroMentee: String {
        "Before the start meeting, take a moment with these questions. Your answers are yours; share them with your mentor when you want to use them in the start meeting."
    }
    func preparationQuestion(_ question: PreparationQuestion) -> String {
        switch question {
        case .myCompetences: "Which of my skills matter in the role of mentor?"
        case .whatICanOffer: "What can I offer a new colleague, professionally and personally?"
        case .whatMotivatesMe: "What makes me want to be a mentor?"
        case .myOwnLearning: "What do I hope to learn and gain myself?"
        case .timeICanGive: "How much time can I really set aside for it?"
        case .typicalNeeds: "What do newly qualified social workers usually find hard, and need to learn?"
        case .othersExpectations: "What do my manager and my colleagues expect of me?"
        case .myGoals: "What do I want to achieve with the mentoring, soon and in the longer run?"
        case .whatIWantToRaise: "Which questions and challenges do I want to talk through with my mentor?"
        case .readyToBeChallenged: "Am I ready to open up and have my assumptions and values challenged?"
        case .goodMentorAndMentee: "What makes a good mentee, and a good mentor?"
        }
    }
    var yourAnswers: String { "Your answers" }
    var saveAnswers: String { "Save answers" }
    var answersSaved: String { "Your answers are saved." }
    func theirAnswers(name: String) -> String { "\(name)'s answers" }
    func notSharedYet(name: String) -> String { "\(name) has not shared their answers with you." }
    var openPreparation: String { "Preparation for the mentoring" }
}
