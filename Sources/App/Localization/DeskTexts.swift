import GodstartCore

/// The texts of the coordinator's desk: colleagues' load ahead, retention and the employment dates behind it.
public protocol DeskTexts: Sendable {
    // Load over the coming months (on the colleagues page)
    func loadForecastIntro(months: Int) -> String
    func loadNoRoomWithin(months: Int) -> String

    // Retention
    func retentionTooFew(counted: Int, minimum: Int) -> String
    func retentionAfterMonths(_ months: Int) -> String
    func retentionMonthsShort(_ months: Int) -> String
    /// Group, people, day, months, at risk, left, still employed when last seen, share still employed.
    var retentionCSVHeader: [String] { get }

    // Employment dates
    func employmentsShown(shown: Int, total: Int) -> String

    // Import from HR
    func employmentsImported(created: Int, updated: Int) -> String
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String
    func importProblem(_ problem: ImportProblem) -> String
    func importChange(_ change: EmploymentImport.Change) -> String

}
