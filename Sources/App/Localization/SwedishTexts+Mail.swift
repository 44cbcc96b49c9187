import GodstartCore

extension SwedishTexts {
    func mailGreeting(_ name: String) -> String { "Hej \(name)," }
    var mailSignOff: String { "Vänliga hälsningar\nGodstart" }
    func mailWhyYouGetThis(settingsURL: String) -> String {
        "Du får det här mejlet eftersom du är med i ett introduktionsprogram i Godstart. Välj själv vilka mejl du vill få och på vilket språk: \(settingsURL)"
    }
    var mailWhat: String { "Vad" }
    var mailWhen: String { "När" }
    var mailWhere: String { "Var" }
    var mailWho: String { "Deltagare" }
    var mailOpenInGodstart: String { "Öppna i Godstart:" }

    func mailMeetingSubject(_ change: MeetingChange, title: String, when: String) -> String {
        switch change {
        case .planned: "Nytt möte: \(title), \(when)"
        case .moved: "Mötet är flyttat: \(title), nu \(when)"
        case .cancelled: "Inställt: \(title), \(when)"
        case .restored: "Tillbaka i planen: \(title), \(when)"
        }
    }
    func mailMeetingIntro(_ change: MeetingChange, by actor: String) -> String {
        switch change {
        case .planned: "\(actor) har planerat ett möte som du deltar i."
        case .moved: "\(actor) har flyttat ett möte som du deltar i."
        case .cancelled: "\(actor) har ställt in ett möte som du skulle ha deltagit i."
        case .restored: "\(actor) har lagt tillbaka ett inställt möte i planen. Mötet blir av ändå."
        }
    }
    func mailMeetingOf(_ title: String, newcomer: String) -> String { "\(title) (nyanställd: \(newcomer))" }
    func mailGatheringSubject(_ series: String) -> String { "Inbjudan: \(series)" }
    func mailGatheringIntro(_ series: String, by actor: String) -> String { "\(actor) bjuder in dig till \(series)." }
    var mailGatheringDatesHeading: String { "Träffarna:" }
    func mailAssignedSubject(role: String, newcomer: String) -> String { "Du är \(role) för \(newcomer)" }
    func mailAssignedIntro(actor: String, newcomer: String, role: String, firstDay: String) -> String {
        "\(actor) har registrerat \(newcomer) som nyanställd med första arbetsdag \(firstDay) och valt dig som \(role) i introduktionen."
    }
    func mailYourNewMentorSubject(_ mentor: String) -> String { "\(mentor) är din nya mentor" }
    func mailYourNewMentorIntro(actor: String, mentor: String) -> String {
        "\(actor) har valt \(mentor) som din nya mentor. Det du skrev under det tidigare mentorsprogrammet är fortfarande ditt. Du bestämmer själv om \(mentor) får se dina lärandemål och din plan från tidigare; det väljer du på sidan om byte av mentor."
    }
    func mailNewMentorIntro(actor: String, newcomer: String) -> String {
        "\(actor) har valt dig som ny mentor för \(newcomer). Ni börjar från början: det som skrevs i det tidigare mentorsprogrammet stannar hos mentee, som själv kan välja att dela det med dig."
    }
    var mailYourFirstMeeting: String { "Ditt första möte i planen:" }
    func mailGatheringMovedSubject(_ title: String, when: String) -> String { "Ändrad gruppträff: \(title), \(when)" }
    func mailGatheringMovedIntro(by actor: String) -> String { "\(actor) har ändrat en gruppträff som du är inbjuden till." }

    func mailTomorrowSubject(title: String, time: String) -> String { "I morgon kl. \(time): \(title)" }
    var mailTomorrowIntro: String { "En påminnelse om att du har ett möte i morgon." }
    func mailMentoringAheadSubject(mentee: String) -> String { "Planera de kommande mentorssamtalen med \(mentee)" }
    func mailMentoringAheadBody(mentee: String) -> String {
        "Färre än två mentorssamtal med \(mentee) är planerade framåt. Kom överens om de kommande datumen tillsammans så att mentorsprogrammet behåller sin rytm, och lägg in dem i planen."
    }
    func mailChecklistSubject(item: String, closes: String) -> String { "Checklista: ”\(item)” – perioden slutar \(closes)" }
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        if let newcomer {
            return "Du ansvarar för ”\(item)” i introduktionen för \(newcomer), och perioden för punkten slutar \(closes). Bocka av punkten i checklistan när den är klar."
        }
        return "Du ansvarar för ”\(item)” i din introduktion, och perioden för punkten slutar \(closes). Bocka av punkten i checklistan när den är klar."
    }
    func mailEvaluationSubject(_ evaluation: String) -> String { "Nu kan du svara: \(evaluation)" }
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        if let newcomer {
            return "Nu kan du svara på ”\(evaluation)” i programmet för \(newcomer). Det tar några minuter, och dina svar hjälper kommande nyanställda."
        }
        return "Nu kan du svara på ”\(evaluation)” i ditt program. Det tar några minuter, och dina svar hjälper kommande nyanställda."
    }
    func mailDigestSubject(count: Int) -> String {
        count == 1 ? "Veckans översikt: 1 program behöver dig" : "Veckans översikt: \(count) program behöver dig"
    }
    var mailDigestIntro: String { "De här programmen behöver dig den här veckan, det mest brådskande först:" }
    var mailTestSubject: String { "Testmejl från Godstart" }
    var mailTestBody: String { "Det här mejlet visar att Godstart kan skicka mejl från den här installationen. Du behöver inte göra något." }

    var navMailSettings: String { "E-post" }
    var mailSettingsTitle: String { "Dina mejl" }
    func mailSettingsIntro(address: String) -> String {
        "Godstart skickar inbjudningar och påminnelser till \(address). Välj vilka du vill få. Ett mejl innehåller aldrig det som skrivs eller sägs i mentorsprogrammet."
    }
    var mailKindsLegend: String { "Skicka till mig" }
    func mailKindLabel(_ kind: MailKind) -> String {
        switch kind {
        case .invitation: "Inbjudningar: när ett möte planeras, flyttas eller ställs in"
        case .meetingTomorrow: "En påminnelse dagen före ett möte"
        case .mentoringAhead: "Som mentor: en påminnelse när färre än två möten är planerade framåt"
        case .checklistClosing: "Punkter på checklistan som jag ansvarar för, några dagar innan perioden slutar"
        case .evaluationDue: "När jag kan svara på en utvärdering"
        case .weeklyDigest: "Som samordnare: en översikt varje vecka över de program som behöver uppmärksamhet"
        case .test: "Testmejl"
        }
    }
    func mailKindHint(_ kind: MailKind) -> String {
        switch kind {
        case .invitation: "Inte när du själv har gjort ändringen."
        case .meetingTomorrow: "Skickas på morgonen dagen före."
        case .mentoringAhead: "Högst en gång i veckan."
        case .checklistClosing: "Tre dagar innan."
        case .evaluationDue: "En gång per utvärdering."
        case .weeklyDigest: "På måndagar, när något behöver uppmärksamhet."
        case .test: ""
        }
    }
    var mailLanguageLegend: String { "Språk i mina mejl" }
    var mailLanguageAsPages: String { "Samma språk som på mina sidor" }
    var saveMailSettings: String { "Spara mina val" }
    var mailSettingsSaved: String { "Dina val för mejl är sparade." }

    var navOutbox: String { "Utkorg" }
    var outboxTitle: String { "Utkorg" }
    var outboxNoServer: String {
        "Ingen e-postserver är inställd (GODSTART_SMTP_HOST), så mejlen sparas här i stället för att skickas. När servern är inställd skickas de väntande mejlen."
    }
    func outboxServer(_ host: String) -> String {
        "Mejl skickas via \(host). Misslyckas ett utskick försöker Godstart igen senare och väntar lite längre för varje gång."
    }
    func outboxCounts(waiting: Int, failed: Int, sent: Int) -> String { "Väntar: \(waiting). Misslyckat: \(failed). Skickat: \(sent)." }
    var outboxStateLabel: String { "Visa" }
    func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": "Väntar"
        case "failed": "Misslyckat"
        case "sent": "Skickat"
        default: state
        }
    }
    var outboxEmpty: String { "Det finns inga mejl här." }
    func outboxLatest(_ count: Int) -> String { "De senaste \(count) visas." }
    var outboxCreatedColumn: String { "Skapat" }
    var outboxToColumn: String { "Till" }
    var outboxKindColumn: String { "Typ" }
    var outboxSubjectColumn: String { "Ämne" }
    var outboxStatusColumn: String { "Status" }
    func outboxSentAt(_ when: String) -> String { "Skickat \(when)" }
    func outboxWaiting(attempts: Int, next: String) -> String {
        switch attempts {
        case 0: "Väntar"
        case 1: "Väntar: 1 misslyckat försök, nytt försök \(next)"
        default: "Väntar: \(attempts) misslyckade försök, nytt försök \(next)"
        }
    }
    func outboxFailed(attempts: Int) -> String { "Misslyckat efter \(attempts) försök" }
    var outboxNotSentWithoutServer: String { "Inte skickat: ingen e-postserver är inställd" }
    var outboxLastError: String { "Senaste svaret från e-postservern" }
    var outboxContentNotShown: String { "(visas inte)" }
    var outboxContentWithheld: String {
        "Innehållet i ett mejl är till mottagaren: Utkorgen visar vem det går till, vilken sorts mejl det är och om det har skickats. Bara testmejl – och alla mejl i demon – visas i sin helhet."
    }
    var outboxSendAgain: String { "Skicka igen nu" }
    var outboxSentAgain: String { "Mejlet skickas igen om en liten stund." }
    var outboxBackToList: String { "Tillbaka till utkorgen" }
    var outboxTestHeading: String { "Skicka ett testmejl" }
    var outboxTestHint: String {
        "Kontrollerar att e-postservern fungerar: testmejlet syns här och, om en server är inställd, även i inkorgen."
    }
    var outboxTestAddress: String { "Mottagarens adress" }
    var outboxTestSend: String { "Skicka testmejl" }
    var outboxTestQueued: String { "Testmejlet ligger i utkorgen." }
}
