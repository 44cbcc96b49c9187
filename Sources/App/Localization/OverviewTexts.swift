import GodstartCore

/// The texts of the coordinator's overview of all programmes: its filters.
public protocol OverviewTexts: Sendable {
    var filterHeading: String { get }
    var filterPartLabel: String { get }
    var allOption: String { get }
    var showFilterButton: String { get }
    var noProgrammesMatch: String { get }
}
