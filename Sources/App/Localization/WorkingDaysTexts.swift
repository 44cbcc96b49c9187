import GodstartCore

/// The texts of the organisation's working days: its country's public holidays, the days it
/// customarily closes, its own closed days, and the warning when a day typed is one of them.
public protocol WorkingDaysTexts: Sendable {
    var navWorkingDays: String { get }
    var workingDaysTitle: String { get }
    var workingDaysIntro: String { get }
    var holidayCountryLegend: String { get }
    func holidayCountryName(_ country: HolidayCountry) -> String
    var customaryDaysLabel: String { get }
    var customaryDaysHint: String { get }
    var saveWorkingDaysButton: String { get }
    var workingDaysSaved: String { get }
    var ownClosedDaysHeading: String { get }
    var ownClosedDaysIntro: String { get }
    var noOwnClosedDays: String { get }
    var closedDayNameLabel: String { get }
    var closedDayNameHint: String { get }
    var addClosedDayButton: String { get }
    var removeClosedDayButton: String { get }
    var closedDayAdded: String { get }
    var closedDayRemoved: String { get }
    var errorClosedDayTwice: String { get }
    func closedDaysOfYear(_ year: Int) -> String
    func holidayName(_ holiday: Holiday) -> String
    /// "24. december 2026 er juleaftensdag": what a typed day is, when the organisation does not work then.
    func dayIsClosed(day: String, name: String) -> String
    var weekendName: String { get }
    /// The warning on a form when the day typed is closed, and the box that keeps it anyway.
    var closedDayWarningHint: String { get }
    var keepClosedDayLabel: String { get }
    /// Where a form has no box to keep a closed day (a row of an intake).
    var chooseAnotherDay: String { get }
    var meetingsOnClosedDaysHeading: String { get }
    var noMeetingsOnClosedDays: String { get }
    func meetingsOnClosedDaysIntro(_ count: Int) -> String
    func meetingOnClosedDay(day: String, closed: String, workingDay: String) -> String
    /// A meeting moved outside its programme's period.
    func errorBeforeFirstDay(_ firstDay: String) -> String
    func errorAfterProgramme(_ lastDay: String) -> String
}

extension WorkingDaysTexts {
    func closedDayName(_ name: ClosedDayName) -> String {
        switch name {
        case .holiday(let holiday): holidayName(holiday)
        case .own(let own): own
        }
    }
}
