import Foundation

/// What the audit log records (issue 8, item 1). An entry holds who, what, when and from where,
/// never the text that was read.
public enum AuditKind: String, CaseIterable, Sendable {
    /// Someone read private text that another person wrote.
    case contentRead
    /// Who may see or do something changed: an item shared or taken back, an API token made or
    /// revoked, the organisation's sign-in settings.
    case accessChanged
    /// A person's standing in the organisation changed: made a manager, given a last day.
    case roleChanged
    /// Who holds a part in a programme changed: a new hire registered, a new mentor chosen.
    case assignmentChanged
    /// Data left Godstart as a file or through the API.
    case exported
    case signedIn
    case signInFailed
    /// Private texts purged at the end of the storage period, or a person erased.
    case erased
}

/// The fact behind an entry, as a code the pages put into words. Never content.
public enum AuditDetail: String, CaseIterable, Sendable {
    // Sign-ins
    case password, singleSignOn = "single-sign-on", welcomeLink = "welcome-link"
    case throttled, passwordsOff = "passwords-off", hasLeft = "has-left", unknownAccount = "unknown-account"
    // Access
    case shared, unshared, earlierMaterialShared = "earlier-material-shared"
    case earlierMaterialUnshared = "earlier-material-unshared"
    case apiTokenCreated = "api-token-created", apiTokenRevoked = "api-token-revoked"
    case signInSettings = "sign-in-settings", passwordsSwitchedOn = "passwords-switched-on"
    case welcomeLinkIssued = "welcome-link-issued", accountCreated = "account-created", ssoRefused = "sso-refused"
    // Roles and assignments
    case madeManager = "made-manager", lastDaySet = "last-day-set", lastDayRemoved = "last-day-removed"
    case registered, newMentor = "new-mentor", mentorChanged = "mentor-changed", mentorshipEnded = "mentorship-ended"
    case chosenWithReason = "chosen-with-reason"
    // Exports
    case retentionFile = "retention-file", calendarFile = "calendar-file", api, personalData = "personal-data"
    // Storage and erasure
    case storagePeriod = "storage-period", textsPurged = "texts-purged", personErased = "person-erased"
}

public enum AuditRules {
    /// The private texts of ACCESS.md: a read of one by someone other than its makers is recorded.
    public static func isPrivateText(_ resource: Resource) -> Bool {
        switch resource {
        case .statusMeetingNotes, .introductionClosingNotes, .mentoringMeetingNotes, .preparationAnswers, .agreement,
             .learningGoals, .competencePlan, .logbookEntry, .processJournal, .caseAnalysis, .evaluationAnswers,
             .developmentTalkNotes:
            true
        default:
            false
        }
    }

    /// Those who make a shared text together, besides its author: the new hire and the one who
    /// runs that part of the programme with them. Their reads of it are their own work, not
    /// someone else's reading.
    public static func makers(of resource: Resource) -> Set<ProgrammeRelation> {
        switch resource {
        case .mentoringMeetingNotes, .agreement, .learningGoals, .competencePlan, .caseAnalysis: [.newcomer, .mentor]
        case .statusMeetingNotes, .introductionClosingNotes: [.newcomer, .contactPerson]
        case .developmentTalkNotes: [.newcomer, .manager]
        default: []
        }
    }

    /// Whether reading this item, allowed by the policy, goes into the audit log: a private text
    /// read by someone who neither wrote it nor makes it. A mentor reading what was written with
    /// an earlier mentor is such a reader.
    public static func recordsRead(of resource: Resource, by relations: Set<ProgrammeRelation>, _ context: AccessContext) -> Bool {
        guard isPrivateText(resource), !context.isAuthor else { return false }
        var makers = makers(of: resource)
        if context.isFromEarlierMentorship { makers.remove(.mentor) }
        return relations.isDisjoint(with: makers)
    }

    /// Whose entries a person sees: an administrator sees the organisation's log; everyone else
    /// what concerns them (their material read, their roles and access, their sign-ins) and what
    /// they did themselves.
    public static func seesWholeLog(_ standing: Set<ProgrammeRelation>) -> Bool {
        AccessPolicy.decide(standing, .auditLog, .read) == .allow
    }

    /// Whether an entry's network address is shown: to whoever reads the whole log, and to a
    /// person for what they did themselves; someone else's address is theirs.
    public static func showsAddress(wholeLog: Bool, ownAction: Bool) -> Bool { wholeLog || ownAction }
}
