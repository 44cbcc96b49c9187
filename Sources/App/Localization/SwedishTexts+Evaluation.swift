import Foundation
import GodstartCore

extension SwedishTexts {
    // Evaluations
    func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String {
        switch question {
        case .introductionWentWell, .introductionMissing, .readyForOwnCases, .adviceForNextIntroduction:
            introductionQuestion(question, byContactPerson: forMentor)
        case .whatWeDid: "Hur uppfattar du det ni två har gjort hittills?"
        case .developmentSeen: forMentor ? "Vilken utveckling har du sett hos den nyanställda?" : "Vilken utveckling har du sett hos dig själv?"
        case .ownPart: "Vad tycker du om din egen insats i mentorsprogrammet?"
        case .adviceForTheMentor: forMentor ? "Vad skulle du vilja göra annorlunda som mentor?" : "Vilka goda råd har du till din mentor?"
        case .content: "Innehållet: vad har ni arbetat med, och var det rätt saker?"
        case .learningGoals: "Lärandemålen: vilka har ni uppnått, och vilka återstår?"
        case .relevance: "Hur relevant har mentorsprogrammet varit för arbetet?"
        case .form: "Formen: mötena, dagordningen och förberedelserna."
        case .frame: "Ramarna: tid, hur ofta ni har träffats, lokalen och att ni fått sitta ostört."
        case .method: "Metoderna: samtal, ärende- och episodanalys, coachning och återkoppling."
        case .outcome: "Vad har mentorsprogrammet gett dig?"
        case .furtherDevelopment: forMentor
            ? "Vilken fortsatt kompetensutveckling skulle du rekommendera den nyanställda?"
            : "Vilken kompetensutveckling vill du ha härnäst?"
        }
    }
    func ratingValue(_ value: Int) -> String {
        switch value {
        case 1: "1 · Ingen nytta"
        case 2: "2 · Liten nytta"
        case 3: "3 · Viss nytta"
        case 4: "4 · Stor nytta"
        default: "5 · Mycket stor nytta"
        }
    }
    func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? "\(counted)" : "\(counted) (\(waiting) till väntar på nästa omgång om fem)"
    }
    func averageRating(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }
    func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }
    // Advice to the mentor, sent from an evaluation
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String { "\(evaluationKind(kind)) · skickat \(date)" }
    // A change of mentor
}
