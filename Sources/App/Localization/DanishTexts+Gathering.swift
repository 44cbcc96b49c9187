import GodstartCore

extension DanishTexts {
    var navGatherings: String { "Gruppemøder" }
    var gatheringsTitle: String { "Gruppemøder og netværk" }
    var gatheringsIntro: String { "De gruppemøder, netværk og dage, du er inviteret til, med dato, tema og hvad du skal læse inden." }
    var gatheringsIntroCoordinator: String {
        "Ved siden af forløbene: gruppeforløb om arbejdets temaer for nyansatte og mentorer, netværk for nyansatte på tværs af enheder, "
            + "erfaringsudveksling for kontaktpersoner og mentorer og en fælles introduktionsdag."
    }
    var newGatheringButton: String { "Planlæg en møderække" }
    var newGatheringIntro: String {
        "Vælg, hvad der skal planlægges, og hvornår det begynder. Møderne bliver lagt i det tempo, du vælger, og alle i de igangværende forløb, "
            + "som møderne er for, bliver inviteret. Du kan rette hvert møde bagefter."
    }
    var noGatheringsYet: String { "Der er ikke planlagt noget endnu." }
    var notInvitedToGatherings: String { "Du er ikke inviteret til nogen gruppemøder eller netværk endnu." }
    func gatheringKind(_ kind: GatheringKind) -> String {
        switch kind {
        case .groupSessions: "Gruppeforløb for nyansatte og mentorer"
        case .newcomerNetwork: "Netværk for nyansatte"
        case .experienceExchange: "Erfaringsudveksling for kontaktpersoner og mentorer"
        case .introductionDay: "Fælles introduktionsdag"
        }
    }
    func gatheringKindHint(_ kind: GatheringKind) -> String {
        switch kind {
        case .groupSessions: "Seks gruppemøder om sagens gang, fra vurderingen af underretningen til handleplanen, med læsning inden hvert møde."
        case .newcomerNetwork: "Nyansatte fra alle enheder møder hinanden."
        case .experienceExchange: "Kontaktpersoner og mentorer deler det, der virker."
        case .introductionDay: "Én dag for alle nyansatte: organisationen, kollegerne og arbejdsgangene."
        }
    }
    var gatheringKindLabel: String { "Type" }
    var gatheringTitleLabel: String { "Navn" }
    var gatheringTitleHint: String { "Kan udelades, fx »Gruppeforløb foråret 2027«." }
    var gatheringMeetingsColumn: String { "Møder" }
    var gatheringNextColumn: String { "Næste" }
    var gatheringNoMoreMeetings: String { "Ingen flere møder" }
    var gatheringFirstDayLabel: String { "Første møde" }
    var gatheringEveryWeeksLabel: String { "Uger mellem møderne" }
    var gatheringCountLabel: String { "Antal møder" }
    var gatheringDefaultHint: String { "Lad feltet stå tomt for at bruge det, der passer til typen." }
    var createGatheringButton: String { "Planlæg og invitér" }
    func errorNumberBetween(_ low: Int, _ high: Int) -> String { "Skriv et helt tal fra \(low) til \(high)." }
    var gatheringSeriesCreated: String { "Møderne er planlagt, og deltagerne er inviteret." }
    func stockholmTheme(_ theme: StockholmTheme) -> String {
        switch theme {
        case .intakeAssessment: "Vurdering af en underretning"
        case .planningInvestigation: "Planlægning af den børnefaglige undersøgelse"
        case .gatheringInformation: "Afdækning og indhentning af oplysninger"
        case .analysisAndAssessment: "Analyse og vurdering"
        case .riskAndNeeds: "Risiko og behov"
        case .carePlans: "Handleplan og opfølgning"
        }
    }
    func stockholmReading(_ theme: StockholmTheme) -> String {
        switch theme {
        case .intakeAssessment:
            "Enhedens retningslinje for vurdering af underretninger. Tag en underretning med (uden navne), som har givet dig noget at tænke over."
        case .planningInvestigation:
            "Afsnittet om planlægning i håndbogen for børnefaglige undersøgelser. Tag en undersøgelse med, som du er ved at planlægge."
        case .gatheringInformation:
            "Hvilke oplysninger du må indhente, hos hvem og med hvis samtykke, og hvordan barnets perspektiv kommer frem i børnesamtalen."
        case .analysisAndAssessment:
            "En tekst om analyse i den børnefaglige undersøgelse, som tovholderen deler ud. "
                + "Tag en sag med, hvor det var svært at nå frem til en konklusion."
        case .riskAndNeeds: "Det redskab til vurdering af risiko og behov, som enheden bruger, og vejledningen til det."
        case .carePlans: "Skabelonen for handleplaner og opfølgning og en handleplan, du selv har skrevet eller læst."
        }
    }
    func gatheringMeetingTitle(_ kind: GatheringKind, number: Int) -> String {
        switch kind {
        case .groupSessions: "Gruppemøde \(number)"
        case .newcomerNetwork: "Netværksmøde \(number)"
        case .experienceExchange: "Erfaringsudveksling \(number)"
        case .introductionDay: "Introduktionsdag"
        }
    }
    func gatheringInvited(_ count: Int) -> String {
        count == 0 ? "Alle deltagere var allerede inviteret." : "Yderligere \(count) \(count == 1 ? "person" : "personer") er inviteret."
    }
    func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) \(minutes == 60 ? "time" : "timer")" : "\(minutes) \(minutes == 1 ? "minut" : "minutter")"
    }
    var gatheringMeetingsHeading: String { "Møder" }
    var gatheringThemeLabel: String { "Tema" }
    var gatheringReadingLabel: String { "Læs inden mødet" }
    var gatheringReadingHint: String { "Hvad deltagerne skal læse eller tage med. Lad feltet stå tomt, hvis der ikke er noget." }
    var changeGatheringMeeting: String { "Ret mødet" }
    var saveGatheringMeeting: String { "Gem mødet" }
    var gatheringMeetingSaved: String { "Mødet er gemt." }
    var recordAttendance: String { "Fremmøde" }
    func attendanceCount(_ came: Int, of invited: Int) -> String { "\(came) af \(invited) mødte op" }
    var whoCameLegend: String { "Sæt kryds ved alle, der mødte op" }
    var saveAttendanceButton: String { "Gem fremmødet" }
    func attendanceSaved(_ came: Int, of invited: Int) -> String { "Gemt: \(came) af \(invited) mødte op." }
    var youCame: String { "Du deltog" }
    func gatheringInvitedHeading(_ count: Int) -> String { "Inviterede (\(count))" }
    var gatheringNobodyInvited: String { "Ingen er inviteret endnu." }
    func inviteAgainHint(_ kind: GatheringKind) -> String {
        "Inviterer alle i de igangværende forløb med rollen \(kind.invites.map { role($0).lowercased() }.joined(separator: " eller ")), "
            + "som ikke er inviteret endnu, fx nyansatte, der er begyndt siden."
    }
    var inviteAgainButton: String { "Invitér de nye" }
    var gatheringSeriesOver: String { "Møderækken er slut, så der inviteres ikke flere." }
    var groupEvaluationHeading: String { "Gruppeevaluering" }
    func groupEvaluationIntro(minimum: Int) -> String {
        "Hvordan har det været for dig at deltage? Kun du kan se dit eget svar. Tovholderen ser gruppens svar samlet og uden navne, "
            + "når \(minimum) har svaret."
    }
    var answerGroupEvaluation: String { "Besvar evalueringen" }
    var changeGroupEvaluation: String { "Læs eller ret dine svar" }
    var groupEvaluationOpensAfterLast: String { "Evalueringen åbner på dagen for det sidste møde." }
    var groupEvaluationClosed: String { "Evalueringen er lukket." }
    func groupEvaluationShownWhenClosed(date: String) -> String {
        "Svarene vises samlet, når evalueringen lukker \(date). Indtil da ser ingen dem, så intet svar kan genkendes på, hvornår det kom."
    }
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? "\(count) har svaret." : "\(count) har svaret. Svarene vises, når \(minimum) har svaret."
    }
    var groupEvaluationTextsHeading: String { "Det, de skrev (uden navne)" }
    var groupRatingLegend: String { "Hvor nyttigt har det været for dig at deltage?" }
    var errorGroupRatingMissing: String { "Vælg, hvor nyttig møderækken har været, fra 1 til 5." }
    var groupWorkedLabel: String { "Hvad fungerede godt?" }
    var groupChangeLabel: String { "Hvad bør være anderledes næste gang?" }
    var saveGroupEvaluation: String { "Gem mine svar" }
    var groupEvaluationSaved: String { "Dine svar er gemt." }
}
