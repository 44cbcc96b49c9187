import GodstartCore

/// The texts of the staff import from HR (the general import texts are in `DeskTexts`).
public protocol StaffImportTexts: Sendable {
    func staffProblem(_ problem: StaffProblem) -> String
    func staffImported(created: Int, updated: Int, ended: Int) -> String
}
