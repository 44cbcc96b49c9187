import GodstartCore

/// The texts of the organisation's working days: its country's public holidays, the days it
/// customarily closes, its own closed days, and the warning when a day typed is one of them.
public protocol WorkingDaysTexts: Sendable {
    /// "24. december 2026 er juleaftensdag": what a typed day is, when the organisation does not work then.
    func dayIsClosed(day: String, name: String) -> String
    func meetingsOnClosedDaysIntro(_ count: Int) -> String
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String
}

extension Texts {
    func closedDayName(_ name: ClosedDayName) -> String {
        switch name {
        case .holiday(let holiday): holidayName(holiday)
        case .own(let own): own
        }
    }
}
