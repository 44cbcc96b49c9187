import GodstartCore

extension EnglishTexts {
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String {
        switch question {
        case .introductionWentWell: byContactPerson
            ? "What worked well in the introduction you gave?"
            : "What worked well in your introduction?"
        case .introductionMissing: byContactPerson
            ? "What was missing, or came too late?"
            : "What did you miss, or get too late?"
        case .readyForOwnCases: byContactPerson
            ? "How ready is the new hire to work on their own cases, and where is support still needed?"
            : "How ready do you feel to work on your own cases, and where do you still need support?"
        case .adviceForNextIntroduction: "What should we do differently for the next new hire?"
        default: evaluationQuestion(question, forMentor: byContactPerson)
        }
    }
    var introductionRatingLegend: String { "All in all, how well has the introduction prepared for the work?" }
    var closingRatingLegend: String { "All in all, how useful has the mentoring been?" }

    var startMentoringTitle: String { "Close the introduction and start the mentoring" }
    func startMentoringIntro(mentor: String) -> String {
        "At the closing meeting the new hire, the contact person and the manager look back on the introduction. The new hire and the contact person each answer a short evaluation. Items not covered are carried into the mentoring as learning goals or closed with a reason. Then the mentoring with \(mentor) starts, with its start meeting."
    }
    var openStartMentoring: String { "Close the introduction and start the mentoring" }
    var introductionEvaluationHeading: String { "Evaluation of the introduction" }
    var introductionEvaluationIntro: String { "Your answers are yours: nobody else reads them. The coordinator sees totals only." }
    var uncoveredHeading: String { "Items not covered" }
    var uncoveredIntro: String { "Choose for each item: carry it into the mentoring as a learning goal, or close it with a reason." }
    var nothingUncovered: String { "Every item of the checklist is covered or settled." }
    var carryIntoMentoring: String { "Carry into the mentoring as a learning goal" }
    var closeItem: String { "Close it: it is not needed" }
    var closeReasonLabel: String { "Why it is not needed" }
    var startMeetingHeading: String { "The mentoring's start meeting" }
    func startMeetingPlanned(date: String) -> String { "The plan has it on \(date). Keep the day or choose another." }
    var startMeetingDateLabel: String { "Day of the start meeting" }
    var startMeetingTimeLabel: String { "Time" }
    var startMentoringButton: String { "Close the introduction and start the mentoring" }
    func mentoringStartedFlash(mentor: String, date: String) -> String {
        "The introduction is closed and the mentoring with \(mentor) has started. The start meeting is on \(date)."
    }
    func mentoringStartedOn(date: String) -> String { "The introduction was closed and the mentoring started on \(date)." }
    var openStartMeeting: String { "Go to the start meeting" }
    var errorStartDateInPast: String { "The start meeting cannot be in the past." }
    func errorEarlyStartReason(closing: String, minimum: Int) -> String {
        "The introduction's closing meeting is on \(closing). Write at least a sentence (\(minimum) characters) on why the mentoring starts before that week."
    }
    var earlyStartReasonLabel: String { "Why does the mentoring start already now?" }
    func earlyStartReasonHint(closing: String) -> String {
        "The introduction's closing meeting is on \(closing). The introduction's meetings not yet held are cancelled, and those taking part are told."
    }
    func startedEarly(reason: String) -> String { "The mentoring began before the introduction's last week: \"\(reason)\"" }
    var errorStartDateAfterMentoring: String { "The start meeting must come before the mentoring's closing meeting." }
    var onlyContactPersonOrManagerStarts: String { "The contact person or the manager closes the introduction at the closing meeting." }
}
