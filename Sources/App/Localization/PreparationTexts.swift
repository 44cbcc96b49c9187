import GodstartCore

/// The texts of the preparation before the mentoring's start meeting.
public protocol PreparationTexts: Sendable {
    var preparationTitle: String { get }
    var preparationIntroMentor: String { get }
    var preparationIntroMentee: String { get }
    func preparationQuestion(_ question: PreparationQuestion) -> String
    var yourAnswers: String { get }
    var saveAnswers: String { get }
    var answersSaved: String { get }
    func theirAnswers(name: String) -> String
    func notSharedYet(name: String) -> String
    var openPreparation: String { get }
}
