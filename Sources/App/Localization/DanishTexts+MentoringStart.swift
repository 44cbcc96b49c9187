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
    var introductionRatingLegend: String { "Alt i alt: hvor nyttig har introduktionen været som forberedelse til arbejdet?" }
    var closingRatingLegend: String { "Alt i alt: hvor nyttigt har mentorforløbet været?" }

    var startMentoringTitle: String { "Afslut introduktionen, og sæt mentorforløbet i gang" }
    func startMentoringIntro(mentor: String) -> String {
        "På afslutningsmødet ser den nyansatte, kontaktpersonen og lederen tilbage på introduktionen. Den nyansatte og kontaktpersonen besvarer hver især en kort evaluering. Punkter, der ikke er nået, bliver taget med i mentorforløbet som læringsmål eller lagt til side med en begrundelse. Derefter går mentorforløbet med \(mentor) i gang med et opstartsmøde."
    }
    var openStartMentoring: String { "Afslut introduktionen, og sæt mentorforløbet i gang" }
    var introductionEvaluationHeading: String { "Evaluering af introduktionen" }
    var introductionEvaluationIntro: String { "Dine svar er dine egne: ingen andre læser dem. Tovholderen ser kun samlede tal." }
    var uncoveredHeading: String { "Punkter, der ikke er nået" }
    var uncoveredIntro: String { "Vælg for hvert punkt: tag det med i mentorforløbet som læringsmål, eller læg det til side med en begrundelse." }
    var nothingUncovered: String { "Alle punkter på tjeklisten er nået eller afklaret." }
    var carryIntoMentoring: String { "Tag det med i mentorforløbet som læringsmål" }
    var closeItem: String { "Læg det til side: det er ikke nødvendigt" }
    var closeReasonLabel: String { "Hvorfor det ikke er nødvendigt" }
    var startMeetingHeading: String { "Opstartsmødet i mentorforløbet" }
    func startMeetingPlanned(date: String) -> String { "Ifølge planen er det \(date). Behold dagen, eller vælg en anden." }
    var startMeetingDateLabel: String { "Dato for opstartsmødet" }
    var startMeetingTimeLabel: String { "Tidspunkt" }
    var startMentoringButton: String { "Afslut introduktionen, og sæt mentorforløbet i gang" }
    func mentoringStartedFlash(mentor: String, date: String) -> String {
        "Introduktionen er afsluttet, og mentorforløbet med \(mentor) er gået i gang. Opstartsmødet er \(date)."
    }
    func mentoringStartedOn(date: String) -> String { "Introduktionen blev afsluttet, og mentorforløbet gik i gang \(date)." }
    var openStartMeeting: String { "Gå til opstartsmødet" }
    var errorStartDateInPast: String { "Opstartsmødet kan ikke ligge tilbage i tiden." }
    func errorEarlyStartReason(closing: String, minimum: Int) -> String {
        "Introduktionens afslutningsmøde er \(closing). Skriv mindst en sætning (\(minimum) tegn) om, hvorfor mentorforløbet begynder før den uge."
    }
    var earlyStartReasonLabel: String { "Hvorfor begynder mentorforløbet allerede nu?" }
    func earlyStartReasonHint(closing: String) -> String {
        "Introduktionens afslutningsmøde er \(closing). Introduktionens møder, der endnu ikke er holdt, bliver aflyst, og deltagerne får besked."
    }
    func startedEarly(reason: String) -> String { "Mentorforløbet begyndte før introduktionens sidste uge: \"\(reason)\"" }
    var errorStartDateAfterMentoring: String { "Opstartsmødet skal ligge før mentorforløbets afslutningsmøde." }
    var onlyContactPersonOrManagerStarts: String { "Det er kontaktpersonen eller lederen, der afslutter introduktionen på afslutningsmødet." }
}
