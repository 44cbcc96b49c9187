import Foundation
import GodstartCore

extension DanishTexts {
    // Evaluations
    func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String {
        switch question {
        case .introductionWentWell, .introductionMissing, .readyForOwnCases, .adviceForNextIntroduction:
            introductionQuestion(question, byContactPerson: forMentor)
        case .whatWeDid: "Hvordan oplever du det, I to har lavet sammen indtil nu?"
        case .developmentSeen: forMentor ? "Hvilken udvikling har du set hos den nyansatte?" : "Hvilken udvikling har du set hos dig selv?"
        case .ownPart: "Hvordan ser du på din egen indsats i mentorforløbet?"
        case .adviceForTheMentor: forMentor ? "Hvad vil du gerne gøre anderledes som mentor?" : "Hvilke gode råd har du til din mentor?"
        case .content: "Indholdet: hvad har I arbejdet med, og var det de rigtige ting?"
        case .learningGoals: "Læringsmålene: hvilke er nået, og hvilke står stadig åbne?"
        case .relevance: "Hvor relevant har mentorforløbet været for arbejdet?"
        case .form: "Formen: møderne, dagsordenen og forberedelsen."
        case .frame: "Rammerne: tid, hvor tit I har mødtes, lokalet og ro uden forstyrrelser."
        case .method: "Metoderne: samtale, sags- og episodeanalyse, coaching og feedback."
        case .outcome: "Hvad har mentorforløbet givet dig?"
        case .furtherDevelopment: forMentor
            ? "Hvilken videre kompetenceudvikling vil du anbefale den nyansatte?"
            : "Hvilken kompetenceudvikling ønsker du dig som det næste?"
        }
    }
    func ratingValue(_ value: Int) -> String {
        switch value {
        case 1: "1 · Ikke nyttigt"
        case 2: "2 · Lidt nyttigt"
        case 3: "3 · Nyttigt"
        case 4: "4 · Meget nyttigt"
        default: "5 · Særdeles nyttigt"
        }
    }
    func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? "\(counted)" : "\(counted) (\(waiting) mere venter på de næste fem)"
    }
    func averageRating(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }
    func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }
    // Advice to the mentor, sent from an evaluation
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String { "\(evaluationKind(kind)) · sendt \(date)" }
    // A change of mentor
}
