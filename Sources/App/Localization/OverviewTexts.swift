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
    /// The overview's search field: part of a new hire's name.
    var searchNameLabel: String { get }
    /// Under the alerts shown, how many more there are (the most urgent programmes head the list).
    func moreAlerts(_ count: Int) -> String
    /// The caption of one page of a long list: which of the rows it shows.
    func rowsShown(from: Int, to: Int, of total: Int) -> String
    var pagesLabel: String { get }
    var previousPage: String { get }
    var nextPage: String { get }
    func pageOf(_ page: Int, pages: Int) -> String
    /// The administrator's people list: its search field, and the caption of one page of it.
    var searchPersonLabel: String { get }
    func peopleShown(from: Int, to: Int, of total: Int) -> String
    var noPeopleMatch: String { get }
}
