import GodstartCore

extension DanishTexts {
    func mailGreeting(_ name: String) -> String { "Hej \(name)," }
    var mailSignOff: String { "Venlig hilsen\nGodstart" }
    func mailWhyYouGetThis(settingsURL: String) -> String {
        "Du får denne mail, fordi du er med i et introduktionsforløb i Godstart. Vælg selv, hvilke mails du vil have, og på hvilket sprog: \(settingsURL)"
    }
    var mailWhat: String { "Hvad" }
    var mailWhen: String { "Hvornår" }
    var mailWhere: String { "Hvor" }
    var mailWho: String { "Deltagere" }
    var mailOpenInGodstart: String { "Åbn i Godstart:" }

    func mailMeetingSubject(_ change: MeetingChange, title: String, when: String) -> String {
        switch change {
        case .planned: "Nyt møde: \(title), \(when)"
        case .moved: "Mødet er flyttet: \(title), nu \(when)"
        case .cancelled: "Aflyst: \(title), \(when)"
        case .restored: "Tilbage i planen: \(title), \(when)"
        }
    }
    func mailMeetingIntro(_ change: MeetingChange, by actor: String) -> String {
        switch change {
        case .planned: "\(actor) har planlagt et møde, som du deltager i."
        case .moved: "\(actor) har flyttet et møde, som du deltager i."
        case .cancelled: "\(actor) har aflyst et møde, som du skulle have deltaget i."
        case .restored: "\(actor) har sat et aflyst møde tilbage i planen. Mødet bliver holdt alligevel."
        }
    }
    func mailMeetingOf(_ title: String, newcomer: String) -> String { "\(title) (nyansat: \(newcomer))" }
    func mailGatheringSubject(_ series: String) -> String { "Invitation: \(series)" }
    func mailGatheringIntro(_ series: String, by actor: String) -> String { "\(actor) inviterer dig til \(series)." }
    var mailGatheringDatesHeading: String { "Møderne:" }
    func mailAssignedSubject(role: String, newcomer: String) -> String { "Du er \(role) for \(newcomer)" }
    func mailAssignedIntro(actor: String, newcomer: String, role: String, firstDay: String) -> String {
        "\(actor) har registreret \(newcomer) som nyansat med første arbejdsdag \(firstDay) og har valgt dig som \(role) i forløbet."
    }
    func mailNewMentorIntro(actor: String, newcomer: String) -> String {
        "\(actor) har valgt dig som ny mentor for \(newcomer). I begynder forfra: Det, der blev skrevet i det tidligere mentorforløb, bliver hos mentee, som selv kan vælge at dele det med dig."
    }
    func mailYourNewMentorSubject(_ mentor: String) -> String { "\(mentor) er din nye mentor" }
    func mailYourNewMentorIntro(actor: String, mentor: String) -> String {
        "\(actor) har valgt \(mentor) som din nye mentor. Det, du skrev i det tidligere mentorforløb, er stadig dit. Du bestemmer selv, om \(mentor) må se dine læringsmål og din plan fra før; det vælger du på siden om skift af mentor."
    }
    var mailYourFirstMeeting: String { "Dit første møde i planen:" }
    func mailGatheringMovedSubject(_ title: String, when: String) -> String { "Gruppemøde ændret: \(title), \(when)" }
    func mailGatheringMovedIntro(by actor: String) -> String { "\(actor) har ændret et gruppemøde, som du er inviteret til." }

    func mailTomorrowSubject(title: String, time: String) -> String { "I morgen kl. \(time): \(title)" }
    var mailTomorrowIntro: String { "En påmindelse om, at du har et møde i morgen." }
    func mailMentoringAheadSubject(mentee: String) -> String { "Planlæg de næste mentorsamtaler med \(mentee)" }
    func mailMentoringAheadBody(mentee: String) -> String {
        "Der er planlagt færre end to mentorsamtaler frem med \(mentee). Aftal de næste datoer sammen, så mentorforløbet holder rytmen, og læg dem ind i planen."
    }
    func mailChecklistSubject(item: String, closes: String) -> String { "Tjekliste: »\(item)« – perioden slutter \(closes)" }
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        if let newcomer {
            return "Du står for »\(item)« i introduktionen for \(newcomer), og perioden for punktet slutter \(closes). Markér det som nået på tjeklisten, når det er gjort."
        }
        return "Du står for »\(item)« i din introduktion, og perioden for punktet slutter \(closes). Markér det som nået på tjeklisten, når det er gjort."
    }
    func mailEvaluationSubject(_ evaluation: String) -> String { "Nu kan du svare: \(evaluation)" }
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        if let newcomer {
            return "Du kan nu besvare »\(evaluation)« i forløbet for \(newcomer). Det tager et par minutter, og dine svar hjælper de næste nyansatte."
        }
        return "Du kan nu besvare »\(evaluation)« i dit forløb. Det tager et par minutter, og dine svar hjælper de næste nyansatte."
    }
    func mailDigestSubject(count: Int) -> String {
        count == 1 ? "Ugens overblik: 1 forløb har brug for dig" : "Ugens overblik: \(count) forløb har brug for dig"
    }
    var mailDigestIntro: String { "Disse forløb har brug for dig i denne uge, det mest presserende først:" }
    var mailTestSubject: String { "Testmail fra Godstart" }
    var mailTestBody: String { "Denne mail viser, at Godstart kan sende mails fra denne installation. Du skal ikke gøre noget." }

    var navMailSettings: String { "E-mail" }
    var mailSettingsTitle: String { "Dine mails" }
    func mailSettingsIntro(address: String) -> String {
        "Godstart sender invitationer og påmindelser til \(address). Vælg, hvilke du vil have. En mail indeholder aldrig det, der bliver skrevet eller sagt i mentorforløbet."
    }
    var mailKindsLegend: String { "Send mig" }
    func mailKindLabel(_ kind: MailKind) -> String {
        switch kind {
        case .invitation: "Invitationer: når et møde bliver planlagt, flyttet eller aflyst"
        case .meetingTomorrow: "En påmindelse dagen før et møde"
        case .mentoringAhead: "Som mentor: en påmindelse, når der er planlagt færre end to møder frem"
        case .checklistClosing: "Punkter på tjeklisten, som jeg står for, nogle dage før perioden slutter"
        case .evaluationDue: "Når jeg kan besvare en evaluering"
        case .weeklyDigest: "Som tovholder: et ugentligt overblik over de forløb, der har brug for opmærksomhed"
        case .test: "Testmails"
        }
    }
    func mailKindHint(_ kind: MailKind) -> String {
        switch kind {
        case .invitation: "Ikke når du selv har lavet ændringen."
        case .meetingTomorrow: "Sendes om morgenen dagen før."
        case .mentoringAhead: "Højst én gang om ugen."
        case .checklistClosing: "Tre dage før."
        case .evaluationDue: "Én gang for hver evaluering."
        case .weeklyDigest: "Om mandagen, når der er noget at tage fat på."
        case .test: ""
        }
    }
    var mailLanguageLegend: String { "Sprog i mine mails" }
    var mailLanguageAsPages: String { "Samme sprog som mine sider" }
    var saveMailSettings: String { "Gem mine valg" }
    var mailSettingsSaved: String { "Dine valg for mails er gemt." }

    var navOutbox: String { "Udbakke" }
    var outboxTitle: String { "Udbakke" }
    var outboxNoServer: String {
        "Der er ikke sat en mailserver op (GODSTART_SMTP_HOST), så mails bliver gemt her i stedet for at blive sendt. Når serveren er sat op, bliver de ventende mails sendt."
    }
    func outboxServer(_ host: String) -> String {
        "Mails sendes via \(host). Mislykkes en afsendelse, prøver Godstart igen senere og venter lidt længere for hver gang."
    }
    func outboxCounts(waiting: Int, failed: Int, sent: Int) -> String { "Venter: \(waiting). Opgivet: \(failed). Sendt: \(sent)." }
    var outboxStateLabel: String { "Vis" }
    func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": "Venter"
        case "failed": "Opgivet"
        case "sent": "Sendt"
        default: state
        }
    }
    var outboxEmpty: String { "Der er ingen mails her." }
    func outboxLatest(_ count: Int) -> String { "De seneste \(count) vises." }
    var outboxCreatedColumn: String { "Oprettet" }
    var outboxToColumn: String { "Til" }
    var outboxKindColumn: String { "Type" }
    var outboxSubjectColumn: String { "Emne" }
    var outboxStatusColumn: String { "Status" }
    func outboxSentAt(_ when: String) -> String { "Sendt \(when)" }
    func outboxWaiting(attempts: Int, next: String) -> String {
        switch attempts {
        case 0: "Venter"
        case 1: "Venter: 1 mislykket forsøg, prøver igen \(next)"
        default: "Venter: \(attempts) mislykkede forsøg, prøver igen \(next)"
        }
    }
    func outboxFailed(attempts: Int) -> String { "Opgivet efter \(attempts) forsøg" }
    var outboxNotSentWithoutServer: String { "Ikke sendt: der er ikke sat en mailserver op" }
    var outboxLastError: String { "Mailserverens seneste svar" }
    var outboxContentNotShown: String { "(vises ikke)" }
    var outboxContentWithheld: String {
        "Indholdet af en mail er til modtageren: Udbakken viser, hvem den er til, hvilken slags den er, og om den er sendt. Kun testmails – og alle mails i demoen – vises i deres fulde længde."
    }
    var outboxSendAgain: String { "Send igen nu" }
    var outboxSentAgain: String { "Mailen bliver sendt igen om et øjeblik." }
    var outboxBackToList: String { "Tilbage til udbakken" }
    var outboxTestHeading: String { "Send en testmail" }
    var outboxTestHint: String {
        "Tjekker, at mailserveren virker: testmailen dukker op her og, hvis der er sat en server op, også i indbakken."
    }
    var outboxTestAddress: String { "Modtagerens adresse" }
    var outboxTestSend: String { "Send testmail" }
    var outboxTestQueued: String { "Testmailen ligger i udbakken." }
}
