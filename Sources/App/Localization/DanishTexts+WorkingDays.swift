import GodstartCore

extension DanishTexts {
    func dayIsClosed(day: String, name: String) -> String { "\(day) er \(name.lowercased())." }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String {
        (count == 1 ? "1 planlagt møde ligger" : "\(count) planlagte møder ligger")
            + " på en dag, I holder lukket; de blev lagt, før dagen blev lukket. Kontaktpersonen eller mentoren flytter dem fra mødets side."
    }
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String { "\(day) (\(closed.lowercased())), hører til \(workingDay)" }
}
