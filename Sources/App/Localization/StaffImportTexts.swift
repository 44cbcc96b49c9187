import GodstartCore

/// The texts of the staff import from HR (the general import texts are in `DeskTexts`).
public protocol StaffImportTexts: Sendable {
    var staffImportTitle: String { get }
    var staffImportIntro: String { get }
    var staffImportButton: String { get }
    var staffMappingLegend: String { get }
    var staffMappingHint: String { get }
    func staffField(_ field: StaffField) -> String
    func staffFieldHint(_ field: StaffField) -> String
    var staffColumnNotInFile: String { get }
    func staffPreviewSummary(created: Int, updated: Int, ended: Int, unchanged: Int, problems: Int) -> String
    func staffNewUnits(_ names: String) -> String
    func staffOutcome(_ kind: StaffOutcome.Kind) -> String
    var staffBecomesManager: String { get }
    var staffChangesColumn: String { get }
    func staffProblem(_ problem: StaffProblem) -> String
    var staffNothingToChange: String { get }
    func staffImported(created: Int, updated: Int, ended: Int) -> String
    func staffLastDay(_ day: String) -> String
}
