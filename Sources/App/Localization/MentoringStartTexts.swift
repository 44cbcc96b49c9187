import GodstartCore

/// The texts of the introduction's close: its short evaluation by the new hire and the contact
/// person, settling the items not covered, and starting the mentoring in one step.
public protocol MentoringStartTexts: Sendable {
    /// A question of the introduction's evaluation, in the new hire's or the contact person's words.
    func introductionQuestion(_ question: EvaluationQuestion, byContactPerson: Bool) -> String
    var introductionRatingLegend: String { get }
    /// The closing evaluation's rating: the whole mentoring, not "so far".
    var closingRatingLegend: String { get }

    var startMentoringTitle: String { get }
    func startMentoringIntro(mentor: String) -> String
    var openStartMentoring: String { get }
    var introductionEvaluationHeading: String { get }
    var introductionEvaluationIntro: String { get }
    var uncoveredHeading: String { get }
    var uncoveredIntro: String { get }
    var nothingUncovered: String { get }
    var carryIntoMentoring: String { get }
    var closeItem: String { get }
    var closeReasonLabel: String { get }
    var startMeetingHeading: String { get }
    func startMeetingPlanned(date: String) -> String
    var startMeetingDateLabel: String { get }
    var startMeetingTimeLabel: String { get }
    var startMentoringButton: String { get }
    func mentoringStartedFlash(mentor: String, date: String) -> String
    func mentoringStartedOn(date: String) -> String
    var openStartMeeting: String { get }
    var errorStartDateInPast: String { get }
    /// Starting before the week of the introduction's closing meeting (`closing`) needs a reason.
    func errorEarlyStartReason(closing: String, minimum: Int) -> String
    var earlyStartReasonLabel: String { get }
    func earlyStartReasonHint(closing: String) -> String
    /// On the programme page: the mentoring began early, and why.
    func startedEarly(reason: String) -> String
    var errorStartDateAfterMentoring: String { get }
    var onlyContactPersonOrManagerStarts: String { get }
}
