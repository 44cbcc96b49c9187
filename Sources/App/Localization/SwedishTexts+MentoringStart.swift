import GodstartCore

extension SwedishTexts {
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String {
        switch question {
        case .introductionWentWell: byContactPerson
            ? "Vad fungerade bra i introduktionen som du höll i?"
            : "Vad fungerade bra i din introduktion?"
        case .introductionMissing: byContactPerson
            ? "Vad saknades, eller vad kom för sent?"
            : "Vad saknade du, eller vad fick du för sent?"
        case .readyForOwnCases: byContactPerson
            ? "Hur redo är den nyanställda att arbeta med egna ärenden, och var behövs det fortfarande stöd?"
            : "Hur redo känner du dig att arbeta med dina egna ärenden, och var behöver du fortfarande stöd?"
        case .adviceForNextIntroduction: "Vad ska vi göra annorlunda nästa gång vi tar emot en nyanställd?"
        default: evaluationQuestion(question, forMentor: byContactPerson)
        }
    }
    var introductionRatingLegend: String { "Sammantaget, hur stor nytta har introduktionen gjort som förberedelse för arbetet?" }
    var closingRatingLegend: String { "Sammantaget, hur stor nytta har mentorsprogrammet gjort?" }

    var startMentoringTitle: String { "Avsluta introduktionen och starta mentorsprogrammet" }
    func startMentoringIntro(mentor: String) -> String {
        "På avslutningsmötet ser den nyanställda, kontaktpersonen och chefen tillbaka på introduktionen. Den nyanställda och kontaktpersonen svarar var för sig på en kort utvärdering. Punkter som inte är klara tas med i mentorsprogrammet som lärandemål eller läggs åt sidan med en motivering. Sedan börjar mentorsprogrammet med \(mentor). Det inleds med ett uppstartsmöte."
    }
    var openStartMentoring: String { "Avsluta introduktionen och starta mentorsprogrammet" }
    var introductionEvaluationHeading: String { "Utvärdering av introduktionen" }
    var introductionEvaluationIntro: String { "Dina svar är dina egna: ingen annan läser dem. Samordnaren ser bara sammanlagda siffror." }
    var uncoveredHeading: String { "Punkter som inte är klara" }
    var uncoveredIntro: String { "Välj för varje punkt: ta med den i mentorsprogrammet som lärandemål, eller lägg den åt sidan med en motivering." }
    var nothingUncovered: String { "Alla punkter på checklistan är klara eller avgjorda." }
    var carryIntoMentoring: String { "Ta med den i mentorsprogrammet som lärandemål" }
    var closeItem: String { "Lägg den åt sidan: den behövs inte" }
    var closeReasonLabel: String { "Varför den inte behövs" }
    var startMeetingHeading: String { "Uppstartsmötet i mentorsprogrammet" }
    func startMeetingPlanned(date: String) -> String { "Enligt planen är det \(date). Behåll dagen eller välj en annan." }
    var startMeetingDateLabel: String { "Datum för uppstartsmötet" }
    var startMeetingTimeLabel: String { "Tid" }
    var startMentoringButton: String { "Avsluta introduktionen och starta mentorsprogrammet" }
    func mentoringStartedFlash(mentor: String, date: String) -> String {
        "Introduktionen är avslutad och mentorsprogrammet med \(mentor) har börjat. Uppstartsmötet är \(date)."
    }
    func mentoringStartedOn(date: String) -> String { "Introduktionen avslutades och mentorsprogrammet började \(date)." }
    var openStartMeeting: String { "Gå till uppstartsmötet" }
    var errorStartDateInPast: String { "Uppstartsmötet kan inte ligga bakåt i tiden." }
    func errorEarlyStartReason(closing: String, minimum: Int) -> String {
        "Introduktionens avslutande möte är \(closing). Skriv minst en mening (\(minimum) tecken) om varför mentorsprogrammet börjar före den veckan."
    }
    var earlyStartReasonLabel: String { "Varför börjar mentorsprogrammet redan nu?" }
    func earlyStartReasonHint(closing: String) -> String {
        "Introduktionens avslutande möte är \(closing). Introduktionens möten som ännu inte har hållits ställs in, och deltagarna får besked."
    }
    func startedEarly(reason: String) -> String { "Mentorsprogrammet började före introduktionens sista vecka: ”\(reason)”" }
    var errorStartDateAfterMentoring: String { "Uppstartsmötet måste ligga före mentorsprogrammets avslutningsmöte." }
    var onlyContactPersonOrManagerStarts: String { "Det är kontaktpersonen eller chefen som avslutar introduktionen vid avslutningsmötet." }
}
