import Foundation
import GodstartCore

extension SwedishTexts {
    // Evaluations
    var evaluationsTitle: String { "Utvärderingar" }
    var evaluationsIntro: String {
        "Alla svarar var för sig: den nyanställda och kontaktpersonen om introduktionen, den nyanställda och mentorn om mentorsprogrammet. Ingen annan läser dina svar, varken de andra i programmet eller chefen. Den nyanställda kan dock själv välja att skicka sitt råd till mentorn. Samordnaren ser bara sammanlagda siffror för många program."
    }
    func evaluationKind(_ kind: EvaluationKind) -> String {
        switch kind {
        case .introduction: "Utvärdering av introduktionen"
        case .threeMonths: "Utvärdering efter 3 månader"
        case .sixMonths: "Utvärdering efter 6 månader"
        case .closing: "Utvärdering vid avslutningsmötet"
        }
    }
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
    var evaluationLookBack: String { "Tillbakablick" }
    var evaluationLookForward: String { "Framåtblick" }
    var ratingLegend: String { "Sammantaget, hur stor nytta har mentorsprogrammet gjort hittills?" }
    func ratingValue(_ value: Int) -> String {
        switch value {
        case 1: "1 · Ingen nytta"
        case 2: "2 · Liten nytta"
        case 3: "3 · Viss nytta"
        case 4: "4 · Stor nytta"
        default: "5 · Mycket stor nytta"
        }
    }
    func evaluationOpensOn(date: String) -> String { "Öppnas \(date)" }
    func evaluationOpenSince(date: String) -> String { "Öppen sedan \(date)" }
    var evaluationAnswered: String { "Besvarad" }
    var evaluationSaved: String { "Dina svar är sparade." }
    var saveEvaluation: String { "Spara mina svar" }
    var answerEvaluation: String { "Svara" }
    var changeEvaluationAnswers: String { "Läs eller ändra dina svar" }
    func evaluationNotOpenYet(date: String) -> String { "Utvärderingen öppnas \(date)." }
    var errorRatingMissing: String { "Välj hur stor nytta mentorsprogrammet har gjort." }
    func coordinatorInvitedToEvaluation(name: String) -> String { "Samordnaren \(name) är inbjuden till utvärderingen." }
    var closingInvitationsTitle: String { "Avslutande utvärderingar som du är inbjuden till" }
    var noClosingInvitations: String { "Inga avslutningsmöten de närmaste veckorna." }
    func developmentTalkGoalsTitle(manager: String, date: String) -> String { "Ditt utvecklingssamtal med \(manager) \(date)" }
    var developmentTalkGoalsIntro: String {
        "Välj de lärandemål du vill ta med till samtalet. Din chef ser målens rubriker och status, men aldrig dina anteckningar."
    }
    var noReachedGoalsYet: String { "Du har inga lärandemål än." }
    var saveGoalsForTalk: String { "Spara valet" }
    var goalsForTalkSaved: String { "Ditt val till utvecklingssamtalet är sparat." }
    var evaluationStatsTitle: String { "Sammanställning av utvärderingarna" }
    func evaluationStatsIntro(minimum: Int) -> String {
        "Sammanlagda siffror för organisationens program. Svaren räknas i omgångar om \(minimum): ett svar kommer med i siffrorna först när fyra andra har kommit in, och en omgångs siffror ändras aldrig i efterhand. Därför kan ingen se ett enskilt svar genom att jämföra siffrorna före och efter. Enskilda svar visas aldrig."
    }
    var evaluationColumn: String { "Utvärdering" }
    var respondentsColumn: String { "Besvarad av" }
    var answersColumn: String { "Antal svar" }
    func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? "\(counted)" : "\(counted) (\(waiting) till väntar på nästa omgång om fem)"
    }
    var averageRatingColumn: String { "Genomsnittlig nytta (1-5)" }
    var respondentsMentees: String { "Nyanställda" }
    var respondentsNewHires: String { "Nyanställda" }
    var respondentsContactPersons: String { "Kontaktpersoner" }
    var respondentsMentors: String { "Mentorer" }
    func averageRating(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }
    var tooFewAnswers: String { "För få svar för att visas" }
    var ratingDistributionColumn: String { "Fördelning av bedömningarna (1-5)" }
    func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }
    var questionsAnsweredIntro: String { "Hur många som har skrivit något på varje fråga. Det de har skrivit stannar hos dem." }
    func answeredOf(_ count: Int, total: Int) -> String { "\(count) av \(total)" }
    var evaluationOverdueFlag: String { "Obesvarad utvärdering" }
    var openEvaluations: String { "Utvärderingar" }
    var navEvaluations: String { "Utvärderingar" }

    // Advice to the mentor, sent from an evaluation
    var errorNoAdviceToSend: String { "Det finns inget råd att skicka. Skriv rådet eller ta bort bocken." }
    func evaluationSavedAdviceSent(name: String) -> String { "Dina svar är sparade, och \(name) kan nu läsa ditt råd. Resten av svaren är fortfarande bara dina." }
    func sendAdviceLabel(name: String) -> String { "Skicka mitt råd till \(name), min mentor" }
    func adviceKeptPrivate(name: String) -> String {
        "Utan bock läser ingen annan ditt råd. Med bock kan \(name) läsa just det här svaret, men inte resten. Du kan ångra dig när som helst."
    }
    func adviceSentOn(date: String, name: String) -> String {
        "Skickat \(date). \(name) kan läsa just det här svaret, men inte resten. Ta bort bocken och spara för att dra tillbaka rådet."
    }
    func adviceWithFormerMentor(name: String, mentor: String) -> String {
        "Rådet är skickat till \(name), din tidigare mentor, som kan läsa det tills programmet är slut. Sätt en bock för att skicka det till \(mentor) i stället, eller spara utan bock för att dra tillbaka det."
    }
    func adviceSentTo(name: String, date: String) -> String { "Ditt råd till mentorn skickades till \(name) \(date). Resten av svaren är bara dina." }
    var adviceNotSent: String { "Ditt råd till mentorn är bara ditt. Du kan välja att skicka det till mentorn när du ändrar dina svar." }
    var adviceFromEvaluationsTitle: String { "Råd från utvärderingarna" }
    func adviceFromEvaluationsIntro(name: String) -> String {
        "\(name) har valt att skicka sina råd från utvärderingarna till dig. Resten av utvärderingarna läser bara \(name) själv."
    }
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String { "\(evaluationKind(kind)) · skickat \(date)" }
    var adviceKind: String { "Råd från en utvärdering" }
    func adviceTitle(name: String) -> String { "Råd till dig från \(name)" }
    var noAdviceShared: String { "Rådet delas inte längre med dig." }

    // A change of mentor
    var askForNewMentor: String { "Be om en ny mentor" }
    var mentorChangeTitle: String { "Byte av mentor" }
    var mentorChangeIntroMentee: String {
        "Du kan be om en ny mentor utan att förklara mer än det skäl du väljer nedan. Det du har skrivit förblir ditt. Din nuvarande mentor behåller bara det du har delat med hen, och bara tills programmet är slut."
    }
    var mentorChangeIntroCoordinator: String {
        "Den nya mentorn ser inget av det tidigare mentorsprogrammet, om inte den nyanställda själv delar det. Den tidigare mentorn behåller bara det som delades med hen, och bara tills programmet är slut."
    }
    var mentorChangeReasonLegend: String { "Skäl" }
    func mentorChangeReason(_ reason: MentorChangeReason) -> String {
        switch reason {
        case .betterFit: "Bättre matchning"
        case .mentorNoLongerAvailable: "Mentorn har inte längre tid"
        case .otherExpertise: "Ett annat kunskapsområde"
        }
    }
    var sendMentorChangeRequest: String { "Skicka förfrågan" }
    func mentorChangeRequestedFlash(coordinator: String) -> String { "Din förfrågan har skickats till samordnaren \(coordinator)." }
    func mentorChangeRequestPending(date: String) -> String { "Du bad om en ny mentor \(date). Samordnaren letar efter en." }
    func currentMentor(name: String) -> String { "Mentor nu: \(name)" }
    var newMentorLabel: String { "Ny mentor" }
    var chooseNewMentor: String { "Välj en mentor" }
    var changeMentorButton: String { "Byt mentor" }
    func mentorChangedFlash(name: String) -> String { "\(name) är nu mentor." }
    var errorChooseNewMentor: String { "Välj den nya mentorn. Det ska vara någon annan än den nuvarande mentorn, den nyanställda och chefen." }
    var errorChooseReason: String { "Välj ett skäl." }
    var mentorChangeRequestedFlag: String { "Ny mentor efterfrågad" }
    func mentorChangeRequestedBy(name: String, date: String, reason: String) -> String {
        "\(name) bad om en ny mentor \(date). Skäl: \(reason)."
    }
    var earlierMentorsTitle: String { "Tidigare mentorer" }
    func earlierMentor(name: String, from: String, until: String, reason: String) -> String {
        "\(name), från \(from) till \(until) (\(reason))"
    }
    func carryOverLabel(name: String) -> String { "Låt \(name) se de lärandemål och den lärande- och kompetensplan som jag redan har" }
    var carryOverHint: String { "Anteckningar från mötena med din tidigare mentor visas aldrig för den nya mentorn." }
    var saveCarryOver: String { "Spara" }
    var carryOverSaved: String { "Ditt val är sparat." }
    var earlierMentoringNotShown: String { "Mötet har anteckningar från mentorsprogrammet med en tidigare mentor. De tillhör den nyanställda och visas inte här." }
    func earlierNotesTitle(mentor: String) -> String { "Anteckningar från mentorsprogrammet med \(mentor)" }
    var earlierNotesHint: String { "Skrivna före mentorsbytet. Den nuvarande mentorn ser dem inte, och de kan inte längre ändras." }
    var notesNotSavedMentorChanged: String { "Mentorn byttes medan sidan var öppen, så anteckningarna sparades inte. Det du skrev står här nedanför: läs igenom det och spara igen om det ska med i det nya mentorsprogrammet." }
}
