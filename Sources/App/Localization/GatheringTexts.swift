import GodstartCore

/// The texts of group sessions, networks, experience exchange and introduction days.
public protocol GatheringTexts: Sendable {
    var navGatherings: String { get }
    var gatheringsTitle: String { get }
    var gatheringsIntro: String { get }
    var gatheringsIntroCoordinator: String { get }
    var newGatheringButton: String { get }
    var newGatheringIntro: String { get }
    var noGatheringsYet: String { get }
    var notInvitedToGatherings: String { get }
    func gatheringKind(_ kind: GatheringKind) -> String
    func gatheringKindHint(_ kind: GatheringKind) -> String
    var gatheringKindLabel: String { get }
    var gatheringTitleLabel: String { get }
    var gatheringTitleHint: String { get }
    var gatheringMeetingsColumn: String { get }
    var gatheringNextColumn: String { get }
    var gatheringNoMoreMeetings: String { get }
    var gatheringFirstDayLabel: String { get }
    var gatheringEveryWeeksLabel: String { get }
    var gatheringCountLabel: String { get }
    var gatheringDefaultHint: String { get }
    var createGatheringButton: String { get }
    func errorNumberBetween(_ low: Int, _ high: Int) -> String
    var gatheringSeriesCreated: String { get }
    func stockholmTheme(_ theme: StockholmTheme) -> String
    func stockholmReading(_ theme: StockholmTheme) -> String
    func gatheringMeetingTitle(_ kind: GatheringKind, number: Int) -> String
    func gatheringInvited(_ count: Int) -> String
    func minutesText(_ minutes: Int) -> String
    var gatheringMeetingsHeading: String { get }
    var gatheringThemeLabel: String { get }
    var gatheringReadingLabel: String { get }
    var gatheringReadingHint: String { get }
    var changeGatheringMeeting: String { get }
    var saveGatheringMeeting: String { get }
    var gatheringMeetingSaved: String { get }
    var recordAttendance: String { get }
    func attendanceCount(_ came: Int, of invited: Int) -> String
    var whoCameLegend: String { get }
    var saveAttendanceButton: String { get }
    func attendanceSaved(_ came: Int, of invited: Int) -> String
    var youCame: String { get }
    func gatheringInvitedHeading(_ count: Int) -> String
    var gatheringNobodyInvited: String { get }
    func inviteAgainHint(_ kind: GatheringKind) -> String
    var inviteAgainButton: String { get }
    var gatheringSeriesOver: String { get }
    var groupEvaluationHeading: String { get }
    func groupEvaluationIntro(minimum: Int) -> String
    var answerGroupEvaluation: String { get }
    var changeGroupEvaluation: String { get }
    var groupEvaluationOpensAfterLast: String { get }
    var groupEvaluationClosed: String { get }
    func groupEvaluationShownWhenClosed(date: String) -> String
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String
    var groupEvaluationTextsHeading: String { get }
    var groupRatingLegend: String { get }
    var errorGroupRatingMissing: String { get }
    var groupWorkedLabel: String { get }
    var groupChangeLabel: String { get }
    var saveGroupEvaluation: String { get }
    var groupEvaluationSaved: String { get }
}
