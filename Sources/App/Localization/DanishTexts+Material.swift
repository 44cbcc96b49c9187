import GodstartCore

extension DanishTexts {
    var navMaterials: String { "Materialer" }
    var materialsTitle: String { "Materialer" }
    var materialsIntro: String {
        "Forløbets dokumenter samlet ét sted og ens for alle: velkomstbrev, håndbøger, retningslinjer og spørgeguides. "
            + "Vælg en del af forløbet, en rolle eller et sprog for at afgrænse listen."
    }
    var noMaterials: String { "Der er ingen materialer her endnu." }
    var addMaterialButton: String { "Tilføj et dokument" }
    var saveMaterialButton: String { "Gem" }
    var editMaterial: String { "Ret" }
    var downloadMaterial: String { "Hent" }
    var materialForEveryone: String { "Til alle" }
    func materialPhase(_ phase: MaterialPhase) -> String {
        switch phase {
        case .any: "Hele forløbet"
        case .preparation: "Før første arbejdsdag"
        case .introduction: "Introduktionen"
        case .mentoring: "Mentorforløbet"
        case .developmentTalk: "MUS-samtalen"
        }
    }
    var materialPhaseLabel: String { "Del af forløbet" }
    var materialRolesLabel: String { "Målgruppe" }
    var materialRolesHint: String { "Sæt ikke flueben ved nogen, hvis dokumentet er til alle." }
    var materialLanguageLabel: String { "Sprog" }
    var materialTitleLabel: String { "Titel" }
    var materialDetailsLabel: String { "Beskrivelse" }
    var materialDetailsHint: String { "En linje eller to om, hvad dokumentet skal bruges til, og hvornår det bruges." }
    var materialFileLabel: String { "Fil" }
    var materialReplaceFileLabel: String { "Erstat filen (valgfrit)" }
    func materialFileHint(maximumMB: Int, kinds: String) -> String { "Højst \(maximumMB) MB. Filtyper: \(kinds)." }
    func materialFileProblem(_ problem: MaterialRules.FileProblem, maximumMB: Int) -> String {
        switch problem {
        case .missing: "Vælg den fil, der skal uploades."
        case .tooLarge: "Filen er større end \(maximumMB) MB. Gør den mindre, fx ved at gemme PDF-filen til skærmvisning i stedet for til tryk."
        case .notAllowed: "Den type fil kan ikke uploades, eller indholdet passer ikke til filnavnet. Gem den som PDF, Word, Excel, PowerPoint, OpenDocument, tekst, PNG eller JPEG."
        }
    }
    var materialChooseFileAgain: String { "Det, du har udfyldt, er bevaret, men vælg filen igen, før du gemmer." }
    var removeMaterialHint: String { "Fjerner du dokumentet, forsvinder det fra materialesamlingen for alle." }
    var removeMaterialButton: String { "Fjern dokumentet" }
    var materialAdded: String { "Dokumentet er lagt i materialesamlingen." }
    var materialSaved: String { "Dokumentet er gemt." }
    var materialRemoved: String { "Dokumentet er fjernet." }
}
