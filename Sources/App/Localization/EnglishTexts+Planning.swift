extension EnglishTexts {
    var statusCancelled: String { "Cancelled" }
    var cancelMeeting: String { "Cancel meeting" }
    var restoreMeeting: String { "Put the meeting back in the plan" }
    var meetingCancelled: String { "The meeting is cancelled. It stays in the plan as cancelled." }
    var meetingRestored: String { "The meeting is back in the plan." }
    var planMeeting: String { "Plan a meeting" }
    var planMeetingIntro: String { "Add a meeting to the plan. The participants see it in their plan at once." }
    var kindLabel: String { "Kind of meeting" }
    var meetingPlanned: String { "The meeting is planned." }
    var fewerThanTwoPlanned: String {
        "Fewer than two mentoring meetings are planned ahead. Plan the next ones now: mentoring planned \"as needed\" easily runs dry."
    }
    var flagFewerThanTwo: String { "Fewer than two meetings planned ahead" }
    func homeworkFromLastTime(_ text: String) -> String { "Agreed last time: \(text)" }
    var noHomeworkAgreed: String { "Nothing was agreed to prepare last time." }
    var stockholmCadenceLabel: String { "Stockholm cadence: three-party meetings with the manager, and manager and mentor meetings" }
    var stockholmCadenceHint: String {
        "Besides the mentoring conversations: the new hire, the mentor and the manager meet weekly in the mentoring's first four weeks and then every second week; manager and mentor meet every second week."
    }
}
