import GodstartCore

extension SwedishTexts {
    var staffImportTitle: String { "Importera medarbetare från HR" }
    var staffImportIntro: String {
        "Ladda upp personallistan som den har exporterats från HR-systemet. Personerna känns igen på sin e-postadress: nya läggs till, "
            + "befintliga uppdateras och den som har en sista arbetsdag kan inte logga in efter den dagen. Personer som inte finns i filen lämnas som de är. "
            + "Du ser varje ändring innan något importeras, och om du importerar samma fil igen ändras ingenting."
    }
    var staffImportButton: String { "Importera medarbetare från HR" }
    var staffMappingLegend: String { "Vad som står i vilken kolumn" }
    var staffMappingHint: String { "Förslaget bygger på kolumnernas namn. Rätta det som är fel och visa förhandsvisningen igen; ditt val sparas till nästa fil." }
    func staffField(_ field: StaffField) -> String {
        switch field {
        case .name: "Namn"
        case .email: "E-post"
        case .unit: "Enhet"
        case .title: "Befattning"
        case .start: "Startdatum"
        case .end: "Sista arbetsdag"
        case .manager: "Chefens e-post"
        }
    }
    func staffFieldHint(_ field: StaffField) -> String {
        switch field {
        case .name, .email: "Krävs."
        case .unit: "En enhet som inte finns i Godstart än läggs till."
        case .title: ""
        case .start: "Registreras också som en anställning och räknas med i kvarstannandet."
        case .end: "Tomt betyder att personen fortfarande är anställd."
        case .manager: "Den som står här kan väljas som chef för en nyanställd."
        }
    }
    var staffColumnNotInFile: String { "Finns inte i filen" }
    func staffPreviewSummary(created: Int, updated: Int, ended: Int, unchanged: Int, problems: Int) -> String {
        "Nya: \(created). Uppdaterade: \(updated). Slutar: \(ended). Oförändrade: \(unchanged). Rader med fel: \(problems)."
    }
    func staffNewUnits(_ names: String) -> String { "Nya enheter: \(names)." }
    func staffOutcome(_ kind: StaffOutcome.Kind) -> String {
        switch kind {
        case .create: "Ny"
        case .update: "Uppdaterad"
        case .end: "Slutar"
        case .unchanged: "Oförändrad"
        }
    }
    var staffBecomesManager: String { "blir chef" }
    var staffChangesColumn: String { "Vad som ändras" }
    func staffProblem(_ problem: StaffProblem) -> String {
        let place = problem.field.map { "Rad \(problem.line), \(staffField($0))" } ?? "Rad \(problem.line)"
        let reason: String = switch problem.reason {
        case .empty: "filen har inga rader under kolumnernas namn"
        case .tooManyLines: "filen har fler än \(StaffImport.maximumLines) rader; dela upp den i mindre filer"
        case .columnNotChosen: "välj den kolumn som fältet står i"
        case .columnNotInFile(let column): "filen har ingen kolumn som heter ”\(column)”"
        case .wrongFieldCount(let expected, let found): "\(found) fält, men första raden har \(expected) kolumner"
        case .missing: "saknas"
        case .notAnEmail(let text): "”\(text)” är ingen e-postadress"
        case .tooLong: "längre än \(StaffImport.maximumLength) tecken"
        case .badDate(let text): "”\(text)” är inget datum; skriv det som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "sista arbetsdagen ligger före startdatumet"
        case .repeated(let first): "samma person som rad \(first)"
        case .unknownManager(let email): "\(email) finns varken i filen eller i Godstart"
        case .elsewhere: "adressen används redan i Godstart"
        case .columnTwice(let column): "kolumnen ”\(column)” är vald för ett annat fält också"
        case .endsAnAdministrator: "en administratör skulle stängas ute; byt först personens roll, eller rätta datumet"
        }
        return "\(place): \(reason)"
    }
    var staffNothingToChange: String { "Alla i filen finns redan i Godstart med samma uppgifter: det finns inget att importera." }
    func staffImported(created: Int, updated: Int, ended: Int) -> String {
        "Personallistan är importerad: \(created) \(created == 1 ? "ny" : "nya"), \(updated) \(updated == 1 ? "uppdaterad" : "uppdaterade"), "
            + "\(ended) slutar."
    }
    func staffLastDay(_ day: String) -> String { "sista arbetsdag \(day)" }
}
