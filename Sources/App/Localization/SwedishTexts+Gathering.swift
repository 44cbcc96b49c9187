import GodstartCore

extension SwedishTexts {
    var navGatherings: String { "Gruppträffar" }
    var gatheringsTitle: String { "Gruppträffar och nätverk" }
    var gatheringsIntro: String { "De gruppträffar, nätverk och dagar som du är inbjuden till, med datum, tema och vad du ska läsa innan." }
    var gatheringsIntroCoordinator: String {
        "Vid sidan av programmen: gruppträffar om arbetets teman för nyanställda och mentorer, nätverk för nyanställda från olika enheter, "
            + "erfarenhetsutbyte för kontaktpersoner och mentorer och en gemensam introduktionsdag."
    }
    var newGatheringButton: String { "Planera en serie träffar" }
    var newGatheringIntro: String {
        "Välj vad du vill planera och när det börjar. Träffarna får datum i den takt du väljer, och alla i de pågående programmen "
            + "som träffarna är avsedda för bjuds in. Du kan ändra varje träff efteråt."
    }
    var noGatheringsYet: String { "Inget är planerat än." }
    var notInvitedToGatherings: String { "Du är inte inbjuden till några gruppträffar eller nätverk än." }
    func gatheringKind(_ kind: GatheringKind) -> String {
        switch kind {
        case .groupSessions: "Gruppträffar för nyanställda och mentorer"
        case .newcomerNetwork: "Nätverk för nyanställda"
        case .experienceExchange: "Erfarenhetsutbyte för kontaktpersoner och mentorer"
        case .introductionDay: "Gemensam introduktionsdag"
        }
    }
    func gatheringKindHint(_ kind: GatheringKind) -> String {
        switch kind {
        case .groupSessions: "Sex träffar om stegen i ett ärende, från förhandsbedömningen till vårdplanen, med läsning inför varje träff."
        case .newcomerNetwork: "Nyanställda från alla enheter träffar varandra."
        case .experienceExchange: "Kontaktpersoner och mentorer delar med sig av det som fungerar."
        case .introductionDay: "En dag för alla nyanställda: organisationen, kollegorna och arbetssätten."
        }
    }
    var gatheringKindLabel: String { "Typ" }
    var gatheringTitleLabel: String { "Namn" }
    var gatheringTitleHint: String { "Frivilligt, till exempel ”Gruppträffar våren 2027”." }
    var gatheringMeetingsColumn: String { "Träffar" }
    var gatheringNextColumn: String { "Nästa" }
    var gatheringNoMoreMeetings: String { "Inga fler träffar" }
    var gatheringFirstDayLabel: String { "Första träffen" }
    var gatheringEveryWeeksLabel: String { "Veckor mellan träffarna" }
    var gatheringCountLabel: String { "Antal träffar" }
    var gatheringDefaultHint: String { "Lämna fältet tomt för att använda det som passar typen." }
    var createGatheringButton: String { "Planera och bjud in" }
    func errorNumberBetween(_ low: Int, _ high: Int) -> String { "Skriv ett heltal från \(low) till \(high)." }
    var gatheringSeriesCreated: String { "Träffarna är planerade och deltagarna är inbjudna." }
    func stockholmTheme(_ theme: StockholmTheme) -> String {
        switch theme {
        case .intakeAssessment: "Förhandsbedömning av en orosanmälan"
        case .planningInvestigation: "Planering av utredningen"
        case .gatheringInformation: "Informationsinhämtning"
        case .analysisAndAssessment: "Analys och bedömning"
        case .riskAndNeeds: "Risk och behov"
        case .carePlans: "Vårdplan, genomförandeplan och uppföljning"
        }
    }
    func stockholmReading(_ theme: StockholmTheme) -> String {
        switch theme {
        case .intakeAssessment:
            "Enhetens riktlinje för förhandsbedömning av orosanmälningar. Ta med en orosanmälan (utan namn) som har fått dig att fundera."
        case .planningInvestigation: "Avsnittet om planering i utredningshandboken. Ta med en utredningsplan som du arbetar med."
        case .gatheringInformation:
            "Vilka uppgifter du får hämta in, från vem och med vems samtycke, och hur barnet självt kommer till tals."
        case .analysisAndAssessment:
            "En text om analys i utredningar som samordnaren delar ut. Ta med ett ärende där det var svårt att komma fram till en slutsats."
        case .riskAndNeeds: "Det bedömningsstöd för risk och behov som enheten använder, och vägledningen till det."
        case .carePlans: "Mallen för vårdplan, genomförandeplan och uppföljning, och en plan som du själv har skrivit eller läst."
        }
    }
    func gatheringMeetingTitle(_ kind: GatheringKind, number: Int) -> String {
        switch kind {
        case .groupSessions: "Gruppträff \(number)"
        case .newcomerNetwork: "Nätverksträff \(number)"
        case .experienceExchange: "Erfarenhetsutbyte \(number)"
        case .introductionDay: "Introduktionsdag"
        }
    }
    func gatheringInvited(_ count: Int) -> String {
        count == 0 ? "Alla deltagare var redan inbjudna." : "Ytterligare \(count) \(count == 1 ? "person" : "personer") har bjudits in."
    }
    func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) \(minutes == 60 ? "timme" : "timmar")" : "\(minutes) \(minutes == 1 ? "minut" : "minuter")"
    }
    var gatheringMeetingsHeading: String { "Träffar" }
    var gatheringThemeLabel: String { "Tema" }
    var gatheringReadingLabel: String { "Läs inför träffen" }
    var gatheringReadingHint: String { "Vad deltagarna ska läsa eller ta med. Lämna fältet tomt om det inte finns något." }
    var changeGatheringMeeting: String { "Ändra träffen" }
    var saveGatheringMeeting: String { "Spara träffen" }
    var gatheringMeetingSaved: String { "Träffen är sparad." }
    var recordAttendance: String { "Närvaro" }
    func attendanceCount(_ came: Int, of invited: Int) -> String { "\(came) av \(invited) kom" }
    var whoCameLegend: String { "Kryssa för alla som kom" }
    var saveAttendanceButton: String { "Spara närvaron" }
    func attendanceSaved(_ came: Int, of invited: Int) -> String { "Sparat: \(came) av \(invited) kom." }
    var youCame: String { "Du deltog" }
    func gatheringInvitedHeading(_ count: Int) -> String { "Inbjudna (\(count))" }
    var gatheringNobodyInvited: String { "Ingen är inbjuden än." }
    func inviteAgainHint(_ kind: GatheringKind) -> String {
        "Bjuder in alla i de pågående programmen med rollen \(kind.invites.map { role($0).lowercased() }.joined(separator: " eller ")) "
            + "som inte är inbjudna än, till exempel nyanställda som har börjat sedan dess."
    }
    var inviteAgainButton: String { "Bjud in de nya" }
    var gatheringSeriesOver: String { "Träffarna är avslutade, så inga fler bjuds in." }
    var groupEvaluationHeading: String { "Gruppens utvärdering" }
    func groupEvaluationIntro(minimum: Int) -> String {
        "Hur har det varit för dig att vara med? Bara du kan se ditt eget svar. Samordnaren ser gruppens svar samlat och utan namn "
            + "när \(minimum) har svarat."
    }
    var answerGroupEvaluation: String { "Svara på utvärderingen" }
    var changeGroupEvaluation: String { "Läs eller ändra dina svar" }
    var groupEvaluationOpensAfterLast: String { "Utvärderingen öppnas samma dag som den sista träffen." }
    var groupEvaluationClosed: String { "Utvärderingen är stängd." }
    func groupEvaluationShownWhenClosed(date: String) -> String {
        "Svaren visas samlat när utvärderingen stänger \(date). Fram till dess ser ingen dem, så inget svar kan kännas igen på när det kom."
    }
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? "\(count) har svarat." : "\(count) har svarat. Svaren visas när \(minimum) har svarat."
    }
    var groupEvaluationTextsHeading: String { "Det de skrev (utan namn)" }
    var groupRatingLegend: String { "Hur stor nytta har du haft av att vara med?" }
    var errorGroupRatingMissing: String { "Välj hur stor nytta du har haft av träffarna, från 1 till 5." }
    var groupWorkedLabel: String { "Vad fungerade bra?" }
    var groupChangeLabel: String { "Vad borde vara annorlunda nästa gång?" }
    var saveGroupEvaluation: String { "Spara mina svar" }
    var groupEvaluationSaved: String { "Dina svar är sparade." }
}
