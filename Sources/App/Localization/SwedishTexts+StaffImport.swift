import GodstartCore

extension SwedishTexts {
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
    func staffImported(created: Int, updated: Int, ended: Int) -> String {
        "Personallistan är importerad: \(created) \(created == 1 ? "ny" : "nya"), \(updated) \(updated == 1 ? "uppdaterad" : "uppdaterade"), "
            + "\(ended) slutar."
    }
}
