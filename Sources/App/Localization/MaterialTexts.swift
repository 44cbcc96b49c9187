import GodstartCore

/// The texts of the materials library.
public protocol MaterialTexts: Sendable {
    var navMaterials: String { get }
    var materialsTitle: String { get }
    var materialsIntro: String { get }
    var noMaterials: String { get }
    var addMaterialButton: String { get }
    var saveMaterialButton: String { get }
    var editMaterial: String { get }
    var downloadMaterial: String { get }
    var materialForEveryone: String { get }
    func materialPhase(_ phase: MaterialPhase) -> String
    var materialPhaseLabel: String { get }
    var materialRolesLabel: String { get }
    var materialRolesHint: String { get }
    var materialLanguageLabel: String { get }
    var materialTitleLabel: String { get }
    var materialDetailsLabel: String { get }
    var materialDetailsHint: String { get }
    var materialFileLabel: String { get }
    var materialReplaceFileLabel: String { get }
    func materialFileHint(maximumMB: Int, kinds: String) -> String
    func materialFileProblem(_ problem: MaterialRules.FileProblem, maximumMB: Int) -> String
    var materialChooseFileAgain: String { get }
    var removeMaterialHint: String { get }
    var removeMaterialButton: String { get }
    var materialAdded: String { get }
    var materialSaved: String { get }
    var materialRemoved: String { get }
}
