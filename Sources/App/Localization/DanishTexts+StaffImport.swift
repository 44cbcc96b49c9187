import GodstartCore

extension DanishTexts {
    func staffProblem(_ problem: StaffProblem) -> String {
        let place = problem.field.map { "Linje \(problem.line), \(staffField($0))" } ?? "Linje \(problem.line)"
        let reason: String = switch problem.reason {
        case .empty: "filen har ingen linjer under kolonnernes navne"
        case .tooManyLines: "filen har mere end \(StaffImport.maximumLines) linjer; del den op i mindre filer"
        case .columnNotChosen: "vælg den kolonne, feltet står i"
        case .columnNotInFile(let column): "filen har ingen kolonne, der hedder »\(column)«"
        case .wrongFieldCount(let expected, let found): "\(found) \(found == 1 ? "felt" : "felter"), men første linje har \(expected) kolonner"
        case .missing: "mangler"
        case .notAnEmail(let text): "»\(text)« er ikke en e-mailadresse"
        case .tooLong: "længere end \(StaffImport.maximumLength) tegn"
        case .badDate(let text): "»\(text)« er ikke en dato; skriv den som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "sidste arbejdsdag ligger før startdatoen"
        case .repeated(let first): "samme person som linje \(first)"
        case .unknownManager(let email): "\(email) findes hverken i filen eller i Godstart"
        case .elsewhere: "adressen er allerede i brug i Godstart"
        case .columnTwice(let column): "kolonnen »\(column)« er også valgt til et andet felt"
        case .endsAnAdministrator: "en administrator ville blive lukket ude; skift først vedkommendes rolle, eller ret datoen"
        }
        return "\(place): \(reason)"
    }
    func staffImported(created: Int, updated: Int, ended: Int) -> String {
        "Medarbejderlisten er importeret: \(created) \(created == 1 ? "ny" : "nye"), \(updated) \(updated == 1 ? "opdateret" : "opdaterede"), "
            + "\(ended) fratræder."
    }
}
