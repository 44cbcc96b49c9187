import GodstartCore

/// The texts of the coordinator's overview of all programmes: its filters.
public protocol OverviewTexts: Sendable {
    /// `days` to the talk; 0 or less: its day has come or passed.
    func developmentTalkDue(inDays days: Int) -> String
    /// Under the alerts shown, how many more there are (the most urgent programmes head the list).
    func moreAlerts(_ count: Int) -> String
}
