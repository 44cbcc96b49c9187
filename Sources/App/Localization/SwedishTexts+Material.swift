import GodstartCore

extension SwedishTexts {
    var navMaterials: String { "Material" }
    var materialsTitle: String { "Material" }
    var materialsIntro: String {
        "Programmets dokument samlade på ett ställe och desamma för alla: välkomstbrev, handböcker, riktlinjer och samtalsunderlag. "
            + "Välj en del av programmet, en roll eller ett språk för att begränsa listan."
    }
    var noMaterials: String { "Det finns inget material här än." }
    var addMaterialButton: String { "Lägg till ett dokument" }
    var saveMaterialButton: String { "Spara" }
    var editMaterial: String { "Ändra" }
    var downloadMaterial: String { "Ladda ned" }
    var materialForEveryone: String { "För alla" }
    func materialPhase(_ phase: MaterialPhase) -> String {
        switch phase {
        case .any: "Hela programmet"
        case .preparation: "Före första arbetsdagen"
        case .introduction: "Introduktionen"
        case .mentoring: "Mentorsprogrammet"
        case .developmentTalk: "Utvecklingssamtalet"
        }
    }
    var materialPhaseLabel: String { "Del av programmet" }
    var materialRolesLabel: String { "Målgrupp" }
    var materialRolesHint: String { "Kryssa inte i någon om dokumentet är till för alla." }
    var materialLanguageLabel: String { "Språk" }
    var materialTitleLabel: String { "Titel" }
    var materialDetailsLabel: String { "Beskrivning" }
    var materialDetailsHint: String { "En rad eller två om vad dokumentet är till för och när det används." }
    var materialFileLabel: String { "Fil" }
    var materialReplaceFileLabel: String { "Byt ut filen (valfritt)" }
    func materialFileHint(maximumMB: Int, kinds: String) -> String { "Högst \(maximumMB) MB. Filtyper: \(kinds)." }
    func materialFileProblem(_ problem: MaterialRules.FileProblem, maximumMB: Int) -> String {
        switch problem {
        case .missing: "Välj filen som ska laddas upp."
        case .tooLarge: "Filen är större än \(maximumMB) MB. Gör den mindre, till exempel genom att spara pdf-filen för skärmvisning i stället för tryck."
        case .notAllowed: "Den här typen av fil går inte att ladda upp, eller så stämmer innehållet inte med filnamnet. Spara den som PDF, Word, Excel, PowerPoint, OpenDocument, text, PNG eller JPEG."
        }
    }
    var materialChooseFileAgain: String { "Det du har fyllt i finns kvar, men välj filen igen innan du sparar." }
    var removeMaterialHint: String { "Om du tar bort dokumentet försvinner det ur materialbanken för alla." }
    var removeMaterialButton: String { "Ta bort dokumentet" }
    var materialAdded: String { "Dokumentet finns nu i materialbanken." }
    var materialSaved: String { "Dokumentet är sparat." }
    var materialRemoved: String { "Dokumentet är borttaget." }
}
