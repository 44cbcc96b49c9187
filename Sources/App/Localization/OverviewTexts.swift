import GodstartCore

/// The texts of the coordinator's overview of all programmes: its filters.
public protocol OverviewTexts: Sendable {
    var filterHeading: String { get }
    var filterPartLabel: String { get }
    var allOption: String { get }
    var showFilterButton: String { get }
    var noProgrammesMatch: String { get }
    var alertsHeading: String { get }
    var noAlerts: String { get }
    /// Programmes ended longer ago than `months` are listed under the part "finished".
    func overviewEndedHint(months: Int) -> String
    func noMeetingFor(days: Int) -> String
    /// `days` to the talk; 0 or less: its day has come or passed.
    func developmentTalkDue(inDays days: Int) -> String
}
