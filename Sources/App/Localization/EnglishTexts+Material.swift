import GodstartCore

extension EnglishTexts {
    var navMaterials: String { "Materials" }
    var materialsTitle: String { "Materials" }
    var materialsIntro: String {
        "The programme's documents in one place, the same for everyone: welcome letter, handbooks, guidelines and question sets. "
            + "Choose a part of the programme, a role or a language to see fewer."
    }
    var noMaterials: String { "No materials here yet." }
    var addMaterialButton: String { "Add a document" }
    var saveMaterialButton: String { "Save" }
    var editMaterial: String { "Change" }
    var downloadMaterial: String { "Download" }
    var materialForEveryone: String { "For everyone" }
    func materialPhase(_ phase: MaterialPhase) -> String {
        switch phase {
        case .any: "The whole programme"
        case .preparation: "Before the first day"
        case .introduction: "The introduction"
        case .mentoring: "The mentoring"
        case .developmentTalk: "The development talk"
        }
    }
    var materialPhaseLabel: String { "Part of the programme" }
    var materialRolesLabel: String { "For" }
    var materialRolesHint: String { "Tick none if it is for everyone." }
    var materialLanguageLabel: String { "Language" }
    var materialTitleLabel: String { "Title" }
    var materialDetailsLabel: String { "What it is" }
    var materialDetailsHint: String { "A line or two on what the document is for and when it is used." }
    var materialFileLabel: String { "File" }
    var materialReplaceFileLabel: String { "Replace the file (optional)" }
    func materialFileHint(maximumMB: Int, kinds: String) -> String { "At most \(maximumMB) MB: \(kinds)." }
    func materialFileProblem(_ problem: MaterialRules.FileProblem, maximumMB: Int) -> String {
        switch problem {
        case .missing: "Choose the file to upload."
        case .tooLarge: "The file is larger than \(maximumMB) MB. Make it smaller, for example by saving the PDF for screen."
        case .notAllowed: "This kind of file is not taken, or its content does not match its name. Save it as PDF, Word, Excel, PowerPoint, OpenDocument, text, PNG or JPEG."
        }
    }
    var materialChooseFileAgain: String { "Your choices are kept; choose the file again before you save." }
    var removeMaterialHint: String { "Removing the document takes it out of the library for everyone." }
    var removeMaterialButton: String { "Remove document" }
    var materialAdded: String { "The document is in the library." }
    var materialSaved: String { "The document is saved." }
    var materialRemoved: String { "The document is removed." }
}
