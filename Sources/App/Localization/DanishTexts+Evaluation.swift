import Foundation
import GodstartCore

extension DanishTexts {
    // Evaluations
    var evaluationsTitle: String { "Evalueringer" }
    var evaluationsIntro: String {
        "Alle svarer hver for sig: den nyansatte og kontaktpersonen om introduktionen, den nyansatte og mentoren om mentorforløbet. Ingen andre læser dine svar, hverken de andre i forløbet eller lederen. Den nyansatte kan dog selv vælge at sende sit råd til mentoren. Tovholderen ser kun samlede tal på tværs af mange forløb."
    }
    func evaluationKind(_ kind: EvaluationKind) -> String {
        switch kind {
        case .introduction: "Evaluering af introduktionen"
        case .threeMonths: "Evaluering efter 3 måneder"
        case .sixMonths: "Evaluering efter 6 måneder"
        case .closing: "Evaluering på afslutningsmødet"
        }
    }
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
    var evaluationLookBack: String { "Blik tilbage" }
    var evaluationLookForward: String { "Blik fremad" }
    var ratingLegend: String { "Alt i alt: hvor nyttigt har mentorforløbet været indtil nu?" }
    func ratingValue(_ value: Int) -> String {
        switch value {
        case 1: "1 · Ikke nyttigt"
        case 2: "2 · Lidt nyttigt"
        case 3: "3 · Nyttigt"
        case 4: "4 · Meget nyttigt"
        default: "5 · Særdeles nyttigt"
        }
    }
    func evaluationOpensOn(date: String) -> String { "Åbner \(date)" }
    func evaluationOpenSince(date: String) -> String { "Åben siden \(date)" }
    var evaluationAnswered: String { "Besvaret" }
    var evaluationSaved: String { "Dine svar er gemt." }
    var saveEvaluation: String { "Gem mine svar" }
    var answerEvaluation: String { "Besvar" }
    var changeEvaluationAnswers: String { "Læs eller ret dine svar" }
    func evaluationNotOpenYet(date: String) -> String { "Evalueringen åbner \(date)." }
    var errorRatingMissing: String { "Vælg, hvor nyttigt mentorforløbet har været." }
    func coordinatorInvitedToEvaluation(name: String) -> String { "Tovholderen, \(name), er inviteret med til evalueringen." }
    var closingInvitationsTitle: String { "Afsluttende evalueringer, du er inviteret til" }
    var noClosingInvitations: String { "Der er ingen afslutningsmøder i de kommende uger." }
    func developmentTalkGoalsTitle(manager: String, date: String) -> String { "Din MUS-samtale med \(manager) \(date)" }
    var developmentTalkGoalsIntro: String {
        "Vælg de læringsmål, du vil tage med til samtalen. Din leder kan se målenes titel og status, men aldrig dine noter."
    }
    var noReachedGoalsYet: String { "Du har ingen læringsmål endnu." }
    var saveGoalsForTalk: String { "Gem valget" }
    var goalsForTalkSaved: String { "Dit valg til MUS-samtalen er gemt." }
    var evaluationStatsTitle: String { "Evalueringerne samlet" }
    func evaluationStatsIntro(minimum: Int) -> String {
        "Samlede tal på tværs af organisationens forløb. Svarene tælles med i hold af \(minimum): et svar kommer først med i tallene, når der er kommet fire andre, og et hold tal ændres aldrig bagefter. Så kan ingen se et enkelt svar ved at sammenligne tallene før og efter. Den enkeltes svar vises aldrig."
    }
    var evaluationColumn: String { "Evaluering" }
    var respondentsColumn: String { "Besvaret af" }
    var answersColumn: String { "Antal svar" }
    func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? "\(counted)" : "\(counted) (\(waiting) mere venter på de næste fem)"
    }
    var averageRatingColumn: String { "Gennemsnitlig nytte (1-5)" }
    var respondentsMentees: String { "Nyansatte" }
    var respondentsNewHires: String { "Nyansatte" }
    var respondentsContactPersons: String { "Kontaktpersoner" }
    var respondentsMentors: String { "Mentorer" }
    func averageRating(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }
    var tooFewAnswers: String { "For få svar til at kunne vises" }
    var ratingDistributionColumn: String { "Fordeling af vurderingerne (1-5)" }
    func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }
    var questionsAnsweredIntro: String { "Hvor mange der har skrevet noget til hvert spørgsmål. Det, de har skrevet, forbliver deres." }
    func answeredOf(_ count: Int, total: Int) -> String { "\(count) af \(total)" }
    var evaluationOverdueFlag: String { "Ubesvaret evaluering" }
    var openEvaluations: String { "Evalueringer" }
    var navEvaluations: String { "Evalueringer" }

    // Advice to the mentor, sent from an evaluation
    var errorNoAdviceToSend: String { "Der er intet råd at sende. Skriv rådet, eller fjern fluebenet." }
    func evaluationSavedAdviceSent(name: String) -> String { "Dine svar er gemt, og \(name) kan nu læse dit råd. Resten af svarene er stadig kun dine." }
    func sendAdviceLabel(name: String) -> String { "Send mit råd til \(name), min mentor" }
    func adviceKeptPrivate(name: String) -> String {
        "Uden flueben læser ingen andre dit råd. Med flueben kan \(name) læse dette ene svar, men ikke resten. Du kan fortryde når som helst."
    }
    func adviceSentOn(date: String, name: String) -> String {
        "Sendt \(date). \(name) kan læse dette ene svar, men ikke resten. Fjern fluebenet og gem for at trække rådet tilbage."
    }
    func adviceWithFormerMentor(name: String, mentor: String) -> String {
        "Rådet er sendt til \(name), din tidligere mentor, som kan læse det, til forløbet slutter. Sæt flueben for at sende det til \(mentor) i stedet, eller gem uden flueben for at trække det tilbage."
    }
    func adviceSentTo(name: String, date: String) -> String { "Dit råd til mentoren er sendt til \(name) \(date). Resten af svarene er kun dine." }
    var adviceNotSent: String { "Dit råd til mentoren er kun dit. Du kan vælge at sende det til mentoren, når du retter dine svar." }
    var adviceFromEvaluationsTitle: String { "Råd fra evalueringerne" }
    func adviceFromEvaluationsIntro(name: String) -> String {
        "\(name) har valgt at sende dig sine råd fra evalueringerne. Resten af evalueringerne læser kun \(name) selv."
    }
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String { "\(evaluationKind(kind)) · sendt \(date)" }
    var adviceKind: String { "Råd fra en evaluering" }
    func adviceTitle(name: String) -> String { "Råd til dig fra \(name)" }
    var noAdviceShared: String { "Rådet er ikke længere delt med dig." }

    // A change of mentor
    var askForNewMentor: String { "Bed om en ny mentor" }
    var mentorChangeTitle: String { "Skift af mentor" }
    var mentorChangeIntroMentee: String {
        "Du kan bede om en ny mentor uden at forklare mere end den grund, du vælger herunder. Det, du har skrevet, er stadig dit. Din nuværende mentor beholder kun det, du har delt med ham eller hende, og kun indtil forløbet slutter."
    }
    var mentorChangeIntroCoordinator: String {
        "Den nye mentor ser intet fra det tidligere mentorforløb, medmindre den nyansatte selv deler det. Den tidligere mentor beholder kun det, der blev delt med ham eller hende, og kun indtil forløbet slutter."
    }
    var mentorChangeReasonLegend: String { "Begrundelse" }
    func mentorChangeReason(_ reason: MentorChangeReason) -> String {
        switch reason {
        case .betterFit: "Et bedre match"
        case .mentorNoLongerAvailable: "Mentoren har ikke længere tid"
        case .otherExpertise: "En anden faglig ekspertise"
        }
    }
    var sendMentorChangeRequest: String { "Send ønsket" }
    func mentorChangeRequestedFlash(coordinator: String) -> String { "Dit ønske er sendt til tovholderen, \(coordinator)." }
    func mentorChangeRequestPending(date: String) -> String { "Du bad om en ny mentor \(date). Tovholderen er ved at finde en." }
    func currentMentor(name: String) -> String { "Mentor nu: \(name)" }
    var newMentorLabel: String { "Ny mentor" }
    var chooseNewMentor: String { "Vælg en mentor" }
    var changeMentorButton: String { "Skift mentor" }
    func mentorChangedFlash(name: String) -> String { "\(name) er nu mentor." }
    var errorChooseNewMentor: String { "Vælg den nye mentor. Det skal være en anden end den nuværende mentor, den nyansatte og lederen." }
    var errorChooseReason: String { "Vælg en begrundelse." }
    var mentorChangeRequestedFlag: String { "Ønsker ny mentor" }
    func mentorChangeRequestedBy(name: String, date: String, reason: String) -> String {
        "\(name) bad om en ny mentor \(date). Begrundelse: \(reason)."
    }
    var earlierMentorsTitle: String { "Tidligere mentorer" }
    func earlierMentor(name: String, from: String, until: String, reason: String) -> String {
        "\(name), fra \(from) til \(until) (\(reason))"
    }
    func carryOverLabel(name: String) -> String { "Lad \(name) se de læringsmål og den lærings- og kompetenceplan, jeg allerede har" }
    var carryOverHint: String { "Noter fra møderne med din tidligere mentor bliver aldrig vist for den nye mentor." }
    var saveCarryOver: String { "Gem" }
    var carryOverSaved: String { "Dit valg er gemt." }
    var earlierMentoringNotShown: String { "Mødet har noter fra mentorforløbet med en tidligere mentor. De tilhører den nyansatte og vises ikke her." }
    func earlierNotesTitle(mentor: String) -> String { "Noter fra mentorforløbet med \(mentor)" }
    var earlierNotesHint: String { "Skrevet før mentorskiftet. Den nuværende mentor ser dem ikke, og de kan ikke længere ændres." }
    var notesNotSavedMentorChanged: String { "Mentoren blev skiftet, mens siden var åben, så noterne er ikke gemt. Det, du skrev, står herunder: læs det igennem, og gem igen, hvis det skal med i det nye mentorforløb." }
}
