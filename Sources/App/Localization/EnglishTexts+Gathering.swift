import GodstartCore

extension EnglishTexts {
    var navGatherings: String { "Group sessions" }
    var gatheringsTitle: String { "Group sessions and networks" }
    var gatheringsIntro: String { "The group sessions, networks and days you are invited to, with their dates, themes and what to read before." }
    var gatheringsIntroCoordinator: String {
        "Beside each programme: group sessions on themes of the work for new hires and mentors, networks for new hires across units, "
            + "experience exchange for contact persons and mentors, and a common introduction day."
    }
    var newGatheringButton: String { "Plan a series" }
    var newGatheringIntro: String {
        "Choose what to plan and when it starts. The meetings are dated at the pace you choose, and everyone it is for in the running "
            + "programmes is invited. You can change each meeting afterwards."
    }
    var noGatheringsYet: String { "Nothing is planned yet." }
    var notInvitedToGatherings: String { "You are not invited to any group sessions or networks yet." }
    func gatheringKind(_ kind: GatheringKind) -> String {
        switch kind {
        case .groupSessions: "Group sessions for new hires and mentors"
        case .newcomerNetwork: "Network for new hires"
        case .experienceExchange: "Experience exchange for contact persons and mentors"
        case .introductionDay: "Common introduction day"
        }
    }
    func gatheringKindHint(_ kind: GatheringKind) -> String {
        switch kind {
        case .groupSessions: "Six sessions on the themes of a case, from the first assessment to the plan, with reading before each."
        case .newcomerNetwork: "New hires from every unit meet each other."
        case .experienceExchange: "Contact persons and mentors share what works."
        case .introductionDay: "One day for all new hires: the organisation, its people and its ways."
        }
    }
    var gatheringKindLabel: String { "What" }
    var gatheringTitleLabel: String { "Name" }
    var gatheringTitleHint: String { "Optional, for example \"Group sessions spring 2027\"." }
    var gatheringMeetingsColumn: String { "Meetings" }
    var gatheringNextColumn: String { "Next" }
    var gatheringNoMoreMeetings: String { "No more meetings" }
    var gatheringFirstDayLabel: String { "First meeting" }
    var gatheringEveryWeeksLabel: String { "Weeks between meetings" }
    var gatheringCountLabel: String { "Number of meetings" }
    var gatheringDefaultHint: String { "Leave empty for what suits this kind." }
    var createGatheringButton: String { "Plan and invite" }
    func errorNumberBetween(_ low: Int, _ high: Int) -> String { "Write a whole number from \(low) to \(high)." }
    var gatheringSeriesCreated: String { "The series is planned and the people it is for are invited." }
    func stockholmTheme(_ theme: StockholmTheme) -> String {
        switch theme {
        case .intakeAssessment: "The first assessment of a report of concern"
        case .planningInvestigation: "Planning an investigation"
        case .gatheringInformation: "Gathering information"
        case .analysisAndAssessment: "Analysis and assessment"
        case .riskAndNeeds: "Risk and needs"
        case .carePlans: "Care plans and follow-up"
        }
    }
    func stockholmReading(_ theme: StockholmTheme) -> String {
        switch theme {
        case .intakeAssessment: "The unit's guideline for assessing reports of concern. Bring one report (without names) that made you think."
        case .planningInvestigation: "The section on planning in the investigation handbook. Bring a plan you are working on."
        case .gatheringInformation: "What the law lets you gather, from whom, and with whose consent; and how the child's own account is heard."
        case .analysisAndAssessment: "A text on analysis in investigations that the coordinator hands out. Bring a case where concluding was hard."
        case .riskAndNeeds: "The risk and needs assessment the unit uses, with its guidance."
        case .carePlans: "The template for care plans and follow-up, and one plan you have written or read."
        }
    }
    func gatheringMeetingTitle(_ kind: GatheringKind, number: Int) -> String {
        switch kind {
        case .groupSessions: "Group session \(number)"
        case .newcomerNetwork: "Network meeting \(number)"
        case .experienceExchange: "Experience exchange \(number)"
        case .introductionDay: "Introduction day"
        }
    }
    func gatheringInvited(_ count: Int) -> String {
        count == 0 ? "Everyone it is for was already invited." : "\(count) more \(count == 1 ? "person is" : "people are") invited."
    }
    func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) \(minutes == 60 ? "hour" : "hours")" : "\(minutes) minutes"
    }
    var gatheringMeetingsHeading: String { "Meetings" }
    var gatheringThemeLabel: String { "Theme" }
    var gatheringReadingLabel: String { "Read before" }
    var gatheringReadingHint: String { "What participants read or bring. Leave empty if nothing." }
    var changeGatheringMeeting: String { "Change meeting" }
    var saveGatheringMeeting: String { "Save meeting" }
    var gatheringMeetingSaved: String { "The meeting is saved." }
    var recordAttendance: String { "Who came" }
    func attendanceCount(_ came: Int, of invited: Int) -> String { "\(came) of \(invited) came" }
    var whoCameLegend: String { "Tick everyone who came" }
    var saveAttendanceButton: String { "Save attendance" }
    func attendanceSaved(_ came: Int, of invited: Int) -> String { "Saved: \(came) of \(invited) came." }
    var youCame: String { "You took part" }
    func gatheringInvitedHeading(_ count: Int) -> String { "Invited (\(count))" }
    var gatheringNobodyInvited: String { "Nobody is invited yet." }
    func inviteAgainHint(_ kind: GatheringKind) -> String {
        "Invites those in the running programmes it is for (\(kind.invites.map { role($0) }.joined(separator: ", ").lowercased())) who are not invited yet, for example new hires who started since."
    }
    var inviteAgainButton: String { "Invite those who are new" }
    var gatheringSeriesOver: String { "The series has ended, so nobody more is invited." }
    var groupEvaluationHeading: String { "Group evaluation" }
    func groupEvaluationIntro(minimum: Int) -> String {
        "How was the series for you? Only you read your answer. The coordinator sees the group's answers together, without names, once \(minimum) have answered."
    }
    var answerGroupEvaluation: String { "Evaluate the series" }
    var changeGroupEvaluation: String { "Change your evaluation" }
    var groupEvaluationOpensAfterLast: String { "The evaluation opens on the day of the last meeting." }
    var groupEvaluationClosed: String { "The evaluation has closed." }
    func groupEvaluationShownWhenClosed(date: String) -> String {
        "The answers are shown together when the evaluation closes on \(date). Until then nobody sees them, so no answer can be recognised by when it came."
    }
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? "\(count) have answered." : "\(count) have answered. The answers are shown from \(minimum)."
    }
    var groupEvaluationTextsHeading: String { "What they wrote (without names)" }
    var groupRatingLegend: String { "How useful was the series for you?" }
    var errorGroupRatingMissing: String { "Choose how useful the series was, from 1 to 5." }
    var groupWorkedLabel: String { "What worked well?" }
    var groupChangeLabel: String { "What should be different next time?" }
    var saveGroupEvaluation: String { "Save evaluation" }
    var groupEvaluationSaved: String { "Your evaluation is saved." }
}
