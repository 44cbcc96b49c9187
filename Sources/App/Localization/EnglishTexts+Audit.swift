import GodstartCore

extension EnglishTexts {
    var navAuditLog: String { "Audit log" }
    var navOwnAuditLog: String { "Who has seen my material" }
    var auditLogTitle: String { "Audit log" }
    var auditLogIntro: String {
        "Every sign-in, every reading of someone else's private text, every change of roles, access and assignments, and every export is recorded here. Nothing can be changed or deleted afterwards, and the log never holds what was written."
    }
    var ownAuditLogTitle: String { "Who has seen my material" }
    var ownAuditLogIntro: String {
        "Here you see who has read what you wrote or shared, changes to your access and roles, and your sign-ins. The log says who, what and when, never the text itself."
    }
    var auditEmpty: String { "Nothing has been recorded yet." }
    var auditOwnEmpty: String { "Nothing concerning you has been recorded yet." }
    func auditOnlyPerson(_ name: String) -> String { "Showing only what concerns \(name) or what they did." }
    var auditShowEveryone: String { "Show everyone" }
    var auditKindLabel: String { "Event" }
    var auditWhenColumn: String { "When" }
    var auditWhoColumn: String { "Who" }
    var auditWhatColumn: String { "What" }
    var auditConcerningColumn: String { "Concerning" }
    var auditFromColumn: String { "From" }
    var auditYou: String { "You" }
    var auditFormerPerson: String { "A former user" }
    var auditNewer: String { "Newer entries" }
    var auditOlder: String { "Older entries" }
    func auditPageNumber(_ number: Int) -> String { "Page \(number)" }
    var auditPagesLabel: String { "Pages of the log" }

    func auditKind(_ kind: AuditKind) -> String {
        switch kind {
        case .contentRead: "Private text read"
        case .accessChanged: "Access changed"
        case .roleChanged: "Role changed"
        case .assignmentChanged: "Assignment changed"
        case .exported: "Export"
        case .signedIn: "Sign-in"
        case .signInFailed: "Failed sign-in"
        case .erased: "Erasure"
        }
    }

    func auditNoActor(_ kind: AuditKind) -> String {
        switch kind {
        case .signInFailed: "Someone not signed in"
        case .exported: "An integration (API token)"
        default: "The server's operator"
        }
    }

    func auditWhat(_ kind: AuditKind, _ detail: AuditDetail?, _ resource: Resource?) -> String {
        let thing = resource.map(auditResource) ?? "something"
        switch (kind, detail) {
        case (.contentRead, _): return "Read \(thing)"
        case (.accessChanged, .shared): return "Shared \(thing)"
        case (.accessChanged, .unshared): return "Took back \(thing)"
        case (.accessChanged, .earlierMaterialShared): return "Let the new mentor see the goals and plan from the earlier mentoring"
        case (.accessChanged, .earlierMaterialUnshared): return "Took back the earlier mentoring from the new mentor"
        case (.accessChanged, .apiTokenCreated): return "Created an API token"
        case (.accessChanged, .apiTokenRevoked): return "Revoked an API token"
        case (.accessChanged, .signInSettings): return "Changed the sign-in settings"
        case (.accessChanged, .passwordsSwitchedOn): return "Switched passwords back on from the server"
        case (.roleChanged, .madeManager): return "Made a manager"
        case (.roleChanged, .lastDaySet): return "Last day of employment set"
        case (.roleChanged, .lastDayRemoved): return "Last day of employment removed"
        case (.assignmentChanged, .registered): return "Registered as a new hire, with contact person, mentor, buddy and manager"
        case (.assignmentChanged, .newMentor): return "Chosen as new mentor"
        case (.assignmentChanged, .mentorChanged): return "Given a new mentor"
        case (.assignmentChanged, .mentorshipEnded): return "Stopped as mentor in the programme"
        case (.assignmentChanged, .chosenWithReason): return "Chosen outside the rules, with a reason"
        case (.exported, .retentionFile): return "Downloaded the retention figures"
        case (.exported, .calendarFile): return "Downloaded a meeting for the calendar"
        case (.exported, .api): return "Read through the API: \(thing)"
        case (.signedIn, .singleSignOn): return "Signed in through the organisation's login"
        case (.signedIn, .welcomeLink): return "Signed in with the welcome link"
        case (.signedIn, _): return "Signed in with password"
        case (.signInFailed, .throttled): return "Sign-in refused: too many attempts"
        case (.signInFailed, .passwordsOff): return "Sign-in refused: passwords are switched off"
        case (.signInFailed, .hasLeft): return "Sign-in refused: the employment has ended"
        case (.signInFailed, .unknownAccount): return "Failed sign-in with an address nobody has"
        case (.signInFailed, _): return "Failed sign-in: wrong password"
        case (.exported, .personalData): return "Downloaded all their data"
        case (.accessChanged, .storagePeriod): return "Changed how long private texts are kept"
        case (.erased, .textsPurged): return "Private texts purged at the end of the storage period"
        case (.erased, .personErased): return "Person erased"
        case (.accessChanged, .welcomeLinkIssued): return "Made a welcome link for choosing a password"
        case (.accessChanged, .accountCreated): return "Account created at the first sign-in through the organisation's login"
        case (.signInFailed, .ssoRefused): return "Sign-in through the organisation's login refused: the account belongs to someone else"
        default: return auditKind(kind)
        }
    }

    func auditResource(_ resource: Resource) -> String {
        switch resource {
        case .programme: "a programme"
        case .plan: "the plan"
        case .introductionChecklist: "the introduction checklist"
        case .statusMeetingNotes: "status meeting notes"
        case .introductionClosingNotes: "the notes of the introduction's closing meeting"
        case .mentoringMeetingNotes: "mentoring meeting notes"
        case .preparationAnswers: "preparation answers"
        case .agreement: "the collaboration agreement"
        case .learningGoals: "learning goals"
        case .competencePlan: "the learning and competence plan"
        case .logbookEntry: "a logbook entry"
        case .processJournal: "a process journal"
        case .caseAnalysis: "a case analysis"
        case .evaluationAnswers: "evaluation answers"
        case .developmentTalkNotes: "development talk notes"
        case .statistics: "statistics"
        case .materials: "materials"
        case .learningGoalCatalogue: "the learning goal catalogue"
        case .knowledgePersons: "knowledge persons"
        case .ideas: "ideas"
        case .people: "people"
        case .auditLog: "the audit log"
        case .employmentDates: "employment dates"
        }
    }
}
