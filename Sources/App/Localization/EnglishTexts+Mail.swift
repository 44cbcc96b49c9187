import GodstartCore

extension EnglishTexts {
    func mailGreeting(_ name: String) -> String { "Dear \(name)," }
    var mailSignOff: String { "Best wishes,\nGodstart" }
    func mailWhyYouGetThis(settingsURL: String) -> String {
        "You get this mail because you take part in an introduction programme in Godstart. Choose which mails you get, and in which language: \(settingsURL)"
    }
    var mailWhat: String { "What" }
    var mailWhen: String { "When" }
    var mailWhere: String { "Where" }
    var mailWho: String { "Taking part" }
    var mailOpenInGodstart: String { "Open it in Godstart:" }

    func mailMeetingSubject(_ change: MeetingChange, title: String, when: String) -> String {
        switch change {
        case .planned: "New meeting: \(title), \(when)"
        case .moved: "Meeting moved: \(title), now \(when)"
        case .cancelled: "Cancelled: \(title), \(when)"
        case .restored: "Back in the plan: \(title), \(when)"
        }
    }
    func mailMeetingIntro(_ change: MeetingChange, by actor: String) -> String {
        switch change {
        case .planned: "\(actor) has planned a meeting you take part in."
        case .moved: "\(actor) has moved a meeting you take part in."
        case .cancelled: "\(actor) has cancelled a meeting you take part in."
        case .restored: "\(actor) has put a cancelled meeting back in the plan. It takes place after all."
        }
    }
    func mailMeetingOf(_ title: String, newcomer: String) -> String { "\(title) (\(newcomer)'s programme)" }
    func mailGatheringSubject(_ series: String) -> String { "Invitation: \(series)" }
    func mailGatheringIntro(_ series: String, by actor: String) -> String { "\(actor) invites you to \(series)." }
    var mailGatheringDatesHeading: String { "The meetings:" }
    func mailAssignedSubject(role: String, newcomer: String) -> String { "You are \(role) for \(newcomer)" }
    func mailAssignedIntro(actor: String, newcomer: String, role: String, firstDay: String) -> String {
        "\(actor) has registered \(newcomer) as a new hire, starting \(firstDay), and chosen you as \(role) in the programme."
    }
    func mailYourNewMentorSubject(_ mentor: String) -> String { "\(mentor) is your new mentor" }
    func mailYourNewMentorIntro(actor: String, mentor: String) -> String {
        "\(actor) has chosen \(mentor) as your new mentor. What you wrote in the earlier mentoring is still yours. You decide whether \(mentor) may see your learning goals and your plan from before; you choose that on the page about the change of mentor."
    }
    func mailNewMentorIntro(actor: String, newcomer: String) -> String {
        "\(actor) has chosen you as the new mentor for \(newcomer). You start afresh: what was written in the earlier mentoring stays with the mentee, who may share it with you."
    }
    var mailYourFirstMeeting: String { "Your first meeting in the plan:" }
    func mailGatheringMovedSubject(_ title: String, when: String) -> String { "Group meeting changed: \(title), \(when)" }
    func mailGatheringMovedIntro(by actor: String) -> String { "\(actor) has changed a group meeting you are invited to." }

    func mailTomorrowSubject(title: String, time: String) -> String { "Tomorrow at \(time): \(title)" }
    var mailTomorrowIntro: String { "A reminder: you have a meeting tomorrow." }
    func mailMentoringAheadSubject(mentee: String) -> String { "Plan the next mentoring meetings with \(mentee)" }
    func mailMentoringAheadBody(mentee: String) -> String {
        "Fewer than two mentoring meetings are planned ahead with \(mentee). Agree the next dates together, so the mentoring keeps its rhythm, and put them in the plan."
    }
    func mailChecklistSubject(item: String, closes: String) -> String { "Checklist: “\(item)” by \(closes)" }
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String {
        if let newcomer { return "“\(item)” in \(newcomer)'s introduction is yours, and its time runs out \(closes). Tick it off in the checklist when it is done." }
        return "“\(item)” in your introduction is yours, and its time runs out \(closes). Tick it off in the checklist when it is done."
    }
    func mailEvaluationSubject(_ evaluation: String) -> String { "Your evaluation is open: \(evaluation)" }
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String {
        if let newcomer { return "The evaluation “\(evaluation)” of \(newcomer)'s programme is open for your answer. It takes a few minutes and helps the next new hires." }
        return "The evaluation “\(evaluation)” of your programme is open for your answer. It takes a few minutes and helps the next new hires."
    }
    func mailDigestSubject(count: Int) -> String { count == 1 ? "This week: 1 programme needs attention" : "This week: \(count) programmes need attention" }
    var mailDigestIntro: String { "These programmes need you this week, most urgent first:" }
    var mailTestSubject: String { "Test mail from Godstart" }
    var mailTestBody: String { "This mail shows that Godstart can send mail from this installation. Nothing needs doing." }

    var navMailSettings: String { "E-mail" }
    var mailSettingsTitle: String { "Your e-mails" }
    func mailSettingsIntro(address: String) -> String {
        "Godstart sends invitations and reminders to \(address). Choose which you want. A mail never holds what is written or said in mentoring."
    }
    var mailKindsLegend: String { "Send me" }
    func mailKindLabel(_ kind: MailKind) -> String {
        switch kind {
        case .invitation: "Invitations: a meeting planned, moved or cancelled"
        case .meetingTomorrow: "A reminder the day before a meeting"
        case .mentoringAhead: "As mentor: a reminder when fewer than two meetings are planned ahead"
        case .checklistClosing: "Checklist items I am responsible for, a few days before their time runs out"
        case .evaluationDue: "When an evaluation is open for my answer"
        case .weeklyDigest: "As coordinator: a weekly overview of what needs attention"
        case .test: "Test mails"
        }
    }
    func mailKindHint(_ kind: MailKind) -> String {
        switch kind {
        case .invitation: "Not when you made the change yourself."
        case .meetingTomorrow: "Sent in the morning the day before."
        case .mentoringAhead: "At most once a week."
        case .checklistClosing: "Three days before."
        case .evaluationDue: "Once per evaluation."
        case .weeklyDigest: "On Monday, when anything needs attention."
        case .test: ""
        }
    }
    var mailLanguageLegend: String { "Language of my mails" }
    var mailLanguageAsPages: String { "The same as my pages" }
    var saveMailSettings: String { "Save my choices" }
    var mailSettingsSaved: String { "Your e-mail choices are saved." }

    var navOutbox: String { "Outbox" }
    var outboxTitle: String { "Outbox" }
    var outboxNoServer: String {
        "No mail server is set up (GODSTART_SMTP_HOST), so mail is kept here instead of being sent. Set up the server and the waiting mail goes out."
    }
    func outboxServer(_ host: String) -> String { "Mail is sent through \(host). A mail that fails is tried again later, waiting longer each time." }
    func outboxCounts(waiting: Int, failed: Int, sent: Int) -> String { "Waiting: \(waiting). Given up: \(failed). Sent: \(sent)." }
    var outboxStateLabel: String { "Show" }
    func outboxState(_ state: String) -> String {
        switch state {
        case "waiting": "Waiting"
        case "failed": "Given up"
        case "sent": "Sent"
        default: state
        }
    }
    var outboxEmpty: String { "There is no mail here." }
    func outboxLatest(_ count: Int) -> String { "The latest \(count) are shown." }
    var outboxCreatedColumn: String { "Written" }
    var outboxToColumn: String { "To" }
    var outboxKindColumn: String { "Kind" }
    var outboxSubjectColumn: String { "Subject" }
    var outboxStatusColumn: String { "Status" }
    func outboxSentAt(_ when: String) -> String { "Sent \(when)" }
    func outboxWaiting(attempts: Int, next: String) -> String {
        switch attempts {
        case 0: "Waiting"
        case 1: "Waiting: 1 failed attempt, next \(next)"
        default: "Waiting: \(attempts) failed attempts, next \(next)"
        }
    }
    func outboxFailed(attempts: Int) -> String { "Given up after \(attempts) attempts" }
    var outboxNotSentWithoutServer: String { "Not sent: no mail server is set up" }
    var outboxLastError: String { "What the mail server said last" }
    var outboxContentNotShown: String { "(not shown)" }
    var outboxContentWithheld: String {
        "What a mail says is for its recipient: the outbox shows to whom it went, its kind and whether it was sent. Only test mails, and every mail in the demo, are shown in full."
    }
    var outboxSendAgain: String { "Send again now" }
    var outboxSentAgain: String { "The mail will be sent again in a moment." }
    var outboxBackToList: String { "Back to the outbox" }
    var outboxTestHeading: String { "Send a test mail" }
    var outboxTestHint: String { "Checks that the mail server works: the test mail shows up here and, with a server, in the inbox." }
    var outboxTestAddress: String { "To address" }
    var outboxTestSend: String { "Send test mail" }
    var outboxTestQueued: String { "The test mail is in the outbox." }
}
