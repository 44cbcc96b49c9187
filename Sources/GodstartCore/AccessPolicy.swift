/// How a person stands to one programme (ACCESS.md, "Who"). A person may hold several at once.
public enum ProgrammeRelation: String, CaseIterable, Sendable {
    case newcomer, contactPerson, mentor, formerMentor, buddy, manager, coordinator, admin, colleague, outsider
}

/// The things the access policy guards (the rows of ACCESS.md).
public enum Resource: String, CaseIterable, Sendable {
    case programme, plan, introductionChecklist, statusMeetingNotes, introductionClosingNotes
    case mentoringMeetingNotes, preparationAnswers, agreement, learningGoals, competencePlan
    case logbookEntry, processJournal, caseAnalysis, evaluationAnswers, developmentTalkNotes
    case statistics, materials, learningGoalCatalogue, knowledgePersons, ideas, people, auditLog
    /// First and last days of employments, the ground of the retention figures (not named by
    /// ACCESS.md; its reading is in docs/access-additions.md).
    case employmentDates
}

extension Resource {
    /// What mentor and mentee make together, which a later mentor does not inherit.
    public var belongsToTheMentorship: Bool {
        switch self {
        case .mentoringMeetingNotes, .agreement, .learningGoals, .competencePlan, .caseAnalysis: true
        default: false
        }
    }
}

public enum Action: String, CaseIterable, Sendable {
    case read, write
}

/// The answer of the policy. `factsOnly` allows that a thing exists, its date, status or count,
/// never its text. A denied read must look like a missing page (404).
public enum Decision: Int, Comparable, Sendable {
    case deny = 0, factsOnly = 1, allow = 2

    public static func < (lhs: Decision, rhs: Decision) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What is known about the particular item being asked for.
public struct AccessContext: Equatable, Sendable {
    /// The person wrote the item (their own answers, entries, ideas).
    public var isAuthor = false
    /// The author shared this item with the person.
    public var isSharedWithPerson = false
    /// The person is invited to this particular meeting.
    public var isParticipant = false
    /// The item belongs to the introduction half (contact person's writes), the mentoring
    /// half (mentor's writes), or the development talk.
    public var part: ProgrammePart?
    /// The item falls in the programme's first weeks (the buddy's window on the plan).
    public var isInFirstWeeks = false
    /// The item is a social task (the buddy may tick it off).
    public var isSocialTask = false
    /// The item is an activity the person runs.
    public var isOwnActivity = false
    /// The programme is over (what was shared with a former mentor is withdrawn).
    public var programmeEnded = false
    /// The item concerns one of the manager's own units.
    public var isOwnUnit = false
    /// The aggregate covers at least the minimum group size.
    public var aboveMinimumGroupSize = false
    /// The item belongs to the mentoring with an earlier mentor (before the current one took over).
    public var isFromEarlierMentorship = false

    public init(
        isAuthor: Bool = false, isSharedWithPerson: Bool = false, isParticipant: Bool = false,
        part: ProgrammePart? = nil, isInFirstWeeks: Bool = false, isSocialTask: Bool = false,
        isOwnActivity: Bool = false, programmeEnded: Bool = false, isOwnUnit: Bool = false,
        aboveMinimumGroupSize: Bool = false, isFromEarlierMentorship: Bool = false
    ) {
        self.isAuthor = isAuthor
        self.isSharedWithPerson = isSharedWithPerson
        self.isParticipant = isParticipant
        self.part = part
        self.isInFirstWeeks = isInFirstWeeks
        self.isSocialTask = isSocialTask
        self.isOwnActivity = isOwnActivity
        self.programmeEnded = programmeEnded
        self.isOwnUnit = isOwnUnit
        self.aboveMinimumGroupSize = aboveMinimumGroupSize
        self.isFromEarlierMentorship = isFromEarlierMentorship
    }
}

/// The one place that decides who may see and do what. It implements the table in ACCESS.md;
/// every controller asks it, and its tests check the table cell by cell.
public enum AccessPolicy {
    public static func decide(
        _ relations: Set<ProgrammeRelation>, _ resource: Resource, _ action: Action, _ context: AccessContext = AccessContext()
    ) -> Decision {
        if relations.contains(.outsider) { return .deny }
        return relations
            .map { relation in
                // A new mentor sees nothing of the earlier mentoring unless the mentee shares it, and
                // then reads it only (S): it stays as the earlier mentorship left it.
                if relation == .mentor && context.isFromEarlierMentorship && resource.belongsToTheMentorship {
                    return context.isSharedWithPerson && action == .read ? .allow : .deny
                }
                return rule(for: relation, resource).decision(action, context)
            }
            .max() ?? .deny
    }

    /// A cell of the table.
    enum Rule {
        case none
        case read
        case readWrite
        case facts
        /// R, and W only for items of this half of the programme.
        case readWriteIn(ProgrammePart)
        /// R W for meetings the person takes part in, R otherwise.
        case readWriteAsParticipant
        /// R W for meetings the person takes part in, F otherwise.
        case participantElseFacts
        /// R of items in the programme's first weeks.
        case readFirstWeeks
        /// R, and W of social tasks.
        case readWriteSocialTasks
        case readOwnActivities
        /// R W of what the person wrote; R of what its author shared with them.
        case ownOrShared
        /// R W of what the person wrote.
        case own
        /// R of what concerns the person.
        case readOwn
        /// R of what was shared with them.
        case shared
        /// R of what was shared with them, until the programme ends.
        case sharedUntilEnded
        /// R only in the aggregate above the minimum group size.
        case aggregate
        /// R of aggregates for the manager's own units above the minimum group size.
        case aggregateOwnUnits
        case readOwnUnits
        case readIntroduction

        func decision(_ action: Action, _ c: AccessContext) -> Decision {
            let read = action == .read
            switch self {
            case .none: return .deny
            case .read: return read ? .allow : .deny
            case .readWrite: return .allow
            case .facts: return read ? .factsOnly : .deny
            case .readWriteIn(let part): return read || c.part == part ? .allow : .deny
            case .readWriteAsParticipant: return read || c.isParticipant ? .allow : .deny
            case .participantElseFacts: return c.isParticipant ? .allow : (read ? .factsOnly : .deny)
            case .readFirstWeeks: return read && c.isInFirstWeeks ? .allow : .deny
            case .readWriteSocialTasks: return read || c.isSocialTask ? .allow : .deny
            case .readOwnActivities: return read && c.isOwnActivity ? .allow : .deny
            case .ownOrShared: return c.isAuthor || (read && c.isSharedWithPerson) ? .allow : .deny
            case .own: return c.isAuthor ? .allow : .deny
            case .readOwn: return read && c.isAuthor ? .allow : .deny
            case .shared: return read && c.isSharedWithPerson ? .allow : .deny
            case .sharedUntilEnded: return read && c.isSharedWithPerson && !c.programmeEnded ? .allow : .deny
            case .aggregate: return read && c.aboveMinimumGroupSize ? .allow : .deny
            case .aggregateOwnUnits: return read && c.aboveMinimumGroupSize && c.isOwnUnit ? .allow : .deny
            case .readOwnUnits: return read && c.isOwnUnit ? .allow : .deny
            case .readIntroduction: return read && c.part == .introduction ? .allow : .deny
            }
        }
    }

    /// The table of ACCESS.md, row by row.
    static func rule(for relation: ProgrammeRelation, _ resource: Resource) -> Rule {
        switch (resource, relation) {
        case (_, .outsider): return .none
        // A former mentor keeps only what was shared with them, until the programme ends.
        case (.logbookEntry, .formerMentor), (.processJournal, .formerMentor), (.preparationAnswers, .formerMentor),
             (.evaluationAnswers, .formerMentor):
            return .sharedUntilEnded
        case (_, .formerMentor): return .none

        case (.programme, .coordinator): return .readWrite
        case (.programme, .colleague): return .none
        case (.programme, _): return .read

        case (.plan, .newcomer): return .readWrite
        case (.plan, .contactPerson): return .readWriteIn(.introduction)
        case (.plan, .mentor): return .readWriteIn(.mentoring)
        case (.plan, .buddy): return .readFirstWeeks
        case (.plan, .manager): return .readWriteAsParticipant
        case (.plan, .coordinator): return .read
        case (.plan, .admin): return .facts
        case (.plan, .colleague): return .none

        case (.introductionChecklist, .newcomer), (.introductionChecklist, .contactPerson),
             (.introductionChecklist, .manager): return .readWrite
        case (.introductionChecklist, .mentor), (.introductionChecklist, .coordinator): return .read
        case (.introductionChecklist, .buddy): return .readWriteSocialTasks
        case (.introductionChecklist, .admin): return .facts
        case (.introductionChecklist, .colleague): return .readOwnActivities

        case (.statusMeetingNotes, .newcomer), (.statusMeetingNotes, .contactPerson): return .readWrite
        case (.statusMeetingNotes, .coordinator): return .facts
        case (.statusMeetingNotes, _): return .none

        case (.introductionClosingNotes, .newcomer), (.introductionClosingNotes, .contactPerson),
             (.introductionClosingNotes, .manager): return .readWrite
        case (.introductionClosingNotes, .coordinator): return .facts
        case (.introductionClosingNotes, _): return .none

        case (.mentoringMeetingNotes, .newcomer), (.mentoringMeetingNotes, .mentor): return .readWrite
        case (.mentoringMeetingNotes, .manager): return .participantElseFacts
        case (.mentoringMeetingNotes, .coordinator): return .facts
        case (.mentoringMeetingNotes, _): return .none

        case (.preparationAnswers, .newcomer), (.preparationAnswers, .mentor): return .ownOrShared
        case (.preparationAnswers, _): return .none

        case (.agreement, .newcomer), (.agreement, .mentor): return .readWrite
        case (.agreement, .manager), (.agreement, .coordinator): return .facts
        case (.agreement, _): return .none

        case (.learningGoals, .newcomer), (.learningGoals, .mentor): return .readWrite
        case (.learningGoals, .contactPerson): return .readIntroduction
        case (.learningGoals, .manager): return .shared
        case (.learningGoals, .coordinator): return .facts
        case (.learningGoals, _): return .none

        case (.competencePlan, .newcomer), (.competencePlan, .mentor): return .readWrite
        case (.competencePlan, .manager): return .shared
        case (.competencePlan, _): return .none

        case (.logbookEntry, .newcomer), (.processJournal, .newcomer): return .readWrite
        case (.logbookEntry, .mentor), (.processJournal, .mentor): return .shared
        case (.logbookEntry, _), (.processJournal, _): return .none

        case (.caseAnalysis, .newcomer), (.caseAnalysis, .mentor): return .readWrite
        case (.caseAnalysis, _): return .none

        // The mentee's advice to the mentor reaches the mentor only if the mentee sends it (S).
        case (.evaluationAnswers, .mentor): return .ownOrShared
        case (.evaluationAnswers, .newcomer), (.evaluationAnswers, .contactPerson), (.evaluationAnswers, .manager): return .own
        case (.evaluationAnswers, .coordinator): return .aggregate
        case (.evaluationAnswers, _): return .none

        case (.developmentTalkNotes, .newcomer), (.developmentTalkNotes, .manager): return .readWrite
        case (.developmentTalkNotes, .coordinator): return .facts
        case (.developmentTalkNotes, _): return .none

        case (.statistics, .manager): return .aggregateOwnUnits
        case (.statistics, .coordinator), (.statistics, .admin): return .read
        case (.statistics, _): return .none

        case (.materials, .coordinator), (.learningGoalCatalogue, .coordinator), (.knowledgePersons, .coordinator): return .readWrite
        case (.materials, _), (.learningGoalCatalogue, _), (.knowledgePersons, _): return .read

        case (.ideas, .coordinator): return .read
        case (.ideas, .admin): return .none
        case (.ideas, _): return .own

        case (.people, .manager): return .readOwnUnits
        case (.people, .coordinator): return .read
        case (.people, .admin): return .readWrite
        case (.people, _): return .none

        // Facts about employments, kept by whoever answers for the retention figures (issue 23).
        case (.employmentDates, .coordinator), (.employmentDates, .admin): return .readWrite
        case (.employmentDates, _): return .none

        case (.auditLog, .admin): return .read
        case (.auditLog, _): return .readOwn
        }
    }
}
