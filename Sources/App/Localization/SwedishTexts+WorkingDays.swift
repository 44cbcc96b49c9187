import GodstartCore

extension SwedishTexts {
    func dayIsClosed(day: String, name: String) -> String { "\(day) är \(name.lowercased())." }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String {
        (count == 1 ? "1 planerat möte ligger" : "\(count) planerade möten ligger")
            + " på en dag då ni har stängt; de lades innan dagen stängdes. Kontaktpersonen eller mentorn flyttar dem från mötets sida."
    }
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String { "\(day) (\(closed.lowercased())), hör till \(workingDay)" }
}
