import GodstartCore

extension EnglishTexts {
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

}
