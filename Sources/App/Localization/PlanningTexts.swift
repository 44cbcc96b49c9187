/// The texts of planning meetings by hand, cancelling them, and the "plan ahead" rule.
public protocol PlanningTexts: Sendable {
    var statusCancelled: String { get }
    var cancelMeeting: String { get }
    var restoreMeeting: String { get }
    var meetingCancelled: String { get }
    var meetingRestored: String { get }
    var planMeeting: String { get }
    var planMeetingIntro: String { get }
    var kindLabel: String { get }
    var meetingPlanned: String { get }
    var fewerThanTwoPlanned: String { get }
    var flagFewerThanTwo: String { get }
    func homeworkFromLastTime(_ text: String) -> String
    var noHomeworkAgreed: String { get }
    var stockholmCadenceLabel: String { get }
    var stockholmCadenceHint: String { get }
}
