import GodstartCore

extension EnglishTexts {
    func dayIsClosed(day: String, name: String) -> String { "\(day) is \(name)." }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String {
        (count == 1 ? "1 planned meeting falls" : "\(count) planned meetings fall")
            + " on a day you are closed; they were planned before the day was closed. The contact person or the mentor moves them from the meeting's page."
    }
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String { "\(day) (\(closed)), belongs on \(workingDay)" }
}
