/// The kinds of programme a workplace runs; each has its own template values.
public enum ProgrammeVariant: String, CaseIterable, Codable, Sendable {
    case standard
    /// A lighter programme for temporary hires (vikarer).
    case temporaryHire
    /// A shorter introduction for people with relevant experience.
    case experiencedHire
}

/// The roles people hold in one newcomer's programme.
public enum ProgrammeRole: String, CaseIterable, Codable, Sendable {
    case newcomer, contactPerson, mentor, buddy, manager, coordinator
}

/// The two halves of a programme, and the development talk that closes the year.
public enum ProgrammePart: String, CaseIterable, Codable, Sendable {
    case introduction, mentoring, developmentTalk
}

/// The four phases both halves go through.
public enum Phase: String, CaseIterable, Codable, Sendable {
    case preparation, start, learning, closing
}

/// Every kind of meeting in a plan. Who takes part and which agenda it follows are rules of the kind.
public enum MeetingKind: String, CaseIterable, Codable, Sendable {
    case introductionStart
    case statusMeeting
    case introductionClosing
    case mentoringStart
    case dialogueMeeting
    case mentoringClosing
    /// The Stockholm cadence: newcomer, mentor and manager together.
    case threePartyMeeting
    /// The Stockholm cadence: manager and mentor on how to support the newcomer.
    case managerMentorMeeting
    case developmentTalk

    public var part: ProgrammePart {
        switch self {
        case .introductionStart, .statusMeeting, .introductionClosing: .introduction
        case .mentoringStart, .dialogueMeeting, .mentoringClosing, .threePartyMeeting, .managerMentorMeeting: .mentoring
        case .developmentTalk: .developmentTalk
        }
    }

    /// The roles invited to a meeting of this kind.
    public var participants: [ProgrammeRole] {
        switch self {
        case .introductionStart, .statusMeeting: [.newcomer, .contactPerson]
        case .introductionClosing: [.newcomer, .contactPerson, .manager]
        case .mentoringStart, .dialogueMeeting, .mentoringClosing: [.newcomer, .mentor]
        case .threePartyMeeting: [.newcomer, .mentor, .manager]
        case .managerMentorMeeting: [.mentor, .manager]
        case .developmentTalk: [.newcomer, .manager]
        }
    }

    /// The role that leads the meeting and keeps time.
    public var leader: ProgrammeRole {
        switch self {
        case .introductionStart, .statusMeeting, .introductionClosing: .contactPerson
        case .mentoringStart, .dialogueMeeting, .mentoringClosing, .threePartyMeeting: .mentor
        case .managerMentorMeeting, .developmentTalk: .manager
        }
    }

    /// The fixed agenda the meeting follows; each point gets its own note.
    public var agenda: [AgendaPoint] {
        switch self {
        case .introductionStart:
            [.expectations, .firstWeeks, .practicalMatters, .learningGoalsForIntroduction, .nextMeeting]
        case .statusMeeting:
            [.howIsItGoing, .coveredSinceLastTime, .comingUp, .whatIsDifficult, .forTheManager]
        case .introductionClosing:
            [.evaluateIntroduction, .uncoveredItems, .readyForMentoring, .nextMeeting]
        case .mentoringStart:
            [.expectations, .frameAndGroundRules, .confidentiality, .learningNeeds, .meetingsAhead]
        case .dialogueMeeting:
            [.followUp, .onYourMind, .plannedTheme, .takeaways, .feedbackBothWays, .nextTheme]
        case .mentoringClosing:
            [.lookBack, .lookForward, .feedbackBothWays]
        case .threePartyMeeting:
            [.howIsItGoing, .tasksAndWorkload, .supportNeeded, .nextMeeting]
        case .managerMentorMeeting:
            [.newcomersDevelopment, .supportNeeded, .nextMeeting]
        case .developmentTalk:
            [.lookBack, .chosenLearningGoals, .lookForward]
        }
    }

    /// Whether the people who plan this half of the programme may add meetings of this kind
    /// (the start and closing meetings come once, from the plan, as do the Stockholm cadence's meetings
    /// with the manager, which can be moved and cancelled like any other).
    public var canBeAddedByHand: Bool { self == .statusMeeting || self == .dialogueMeeting }

    /// A conversation of mentor and mentee alone: these carry homework and count towards the
    /// meetings planned ahead.
    /// Holding this meeting ends the programme (the 12-month development talk).
    public var endsTheProgramme: Bool { self == .developmentTalk }

    public var isBetweenMentorAndMentee: Bool { participants == [.newcomer, .mentor] }

    /// The number an agenda point carries on the page, counted from 1 as people count.
    public func displayNumber(of point: AgendaPoint) -> Int {
        (agenda.firstIndex(of: point) ?? 0) + 1
    }

    /// The notes of this kind of meeting, as a resource of the access policy.
    public var notesResource: Resource {
        switch self {
        case .introductionStart, .statusMeeting: .statusMeetingNotes
        case .introductionClosing: .introductionClosingNotes
        case .mentoringStart, .dialogueMeeting, .mentoringClosing, .threePartyMeeting, .managerMentorMeeting: .mentoringMeetingNotes
        case .developmentTalk: .developmentTalkNotes
        }
    }
}

/// One point of a meeting agenda. The text shown for each lives in the localisation layer.
public enum AgendaPoint: String, CaseIterable, Codable, Sendable {
    // Dialogue meetings: the five-point agenda of the mentoring material, after point 0, the
    // follow-up of what was agreed under point 5 last time.
    case followUp, onYourMind, plannedTheme, takeaways, feedbackBothWays, nextTheme
    // Status meetings in the introduction.
    case howIsItGoing, coveredSinceLastTime, comingUp, whatIsDifficult, forTheManager
    // Start and closing meetings.
    case expectations, firstWeeks, practicalMatters, learningGoalsForIntroduction, nextMeeting
    case evaluateIntroduction, uncoveredItems, readyForMentoring
    case frameAndGroundRules, confidentiality, learningNeeds, meetingsAhead
    case lookBack, lookForward, chosenLearningGoals
    // The Stockholm cadence's meetings with the manager.
    case tasksAndWorkload, supportNeeded, newcomersDevelopment
}
