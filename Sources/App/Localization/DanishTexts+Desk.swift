import GodstartCore

extension DanishTexts {
    func loadForecastIntro(months: Int) -> String {
        "Hvor mange nyansatte hver kollega er mentor eller kontaktperson for, i dag og den første i "
            + (months == 1 ? "næste måned" : "hver af de næste \(months) måneder")
            + ", set i forhold til, hvor mange de har plads til. Kontaktpersonens opgave slutter med introduktionen, mentorens med mentorforløbet."
    }
    func loadNoRoomWithin(months: Int) -> String { "Ikke inden for \(months) \(months == 1 ? "måned" : "måneder")" }
    func retentionTooFew(counted: Int, minimum: Int) -> String {
        "\(counted) \(counted == 1 ? "ansættelse" : "ansættelser") er registreret her. Tallene vises fra \(minimum) ansættelser, "
            + "så ingen kan genkendes."
    }
    func retentionAfterMonths(_ months: Int) -> String { "Efter \(months) \(months == 1 ? "måned" : "måneder")" }
    func retentionMonthsShort(_ months: Int) -> String { "\(months) \(months == 1 ? "md." : "mdr.")" }
    var retentionCSVHeader: [String] {
        ["Gruppe", "Personer", "Måned efter start", "Stadig ansat og fulgt ved månedens start", "Fratrådt i måneden",
         "Stadig ansat ved seneste opgørelse i måneden", "Andel stadig ansat ved månedens udgang"]
    }

    func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? "\(total) \(total == 1 ? "ansættelse" : "ansættelser"), nyeste først."
            : "De \(shown) nyeste af \(total) ansættelser."
    }
    func employmentsImported(created: Int, updated: Int) -> String {
        "Importeret: \(created) \(created == 1 ? "ny" : "nye"), \(updated) \(updated == 1 ? "ændret" : "ændrede")."
    }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        "\(created) \(created == 1 ? "ny" : "nye"), \(updated) \(updated == 1 ? "ændret" : "ændrede"), "
            + "\(unchanged) \(unchanged == 1 ? "uændret" : "uændrede"), \(problems) \(problems == 1 ? "linje" : "linjer") med fejl."
    }
    func importProblem(_ problem: ImportProblem) -> String {
        let reason: String = switch problem.reason {
        case .empty: "der er ingen ansættelser i filen"
        case .missingColumn(let column): "der er ingen kolonne til \(columnName(column)); skriv dens navn i første linje"
        case .wrongFieldCount(let expected, let found): "\(found) \(found == 1 ? "felt" : "felter"), men første linje har \(expected) kolonner"
        case .missingReference: "e-mail eller medarbejdernummer mangler"
        case .referenceTooLong: "e-mailen eller medarbejdernummeret er længere end \(EmploymentImport.maximumReferenceLength) tegn"
        case .badDate(let column, let value): "»\(value)« i kolonnen \(columnName(column)) er ikke en dato; skriv den som 2026-08-03 eller 03-08-2026"
        case .emptyDate(let column): "kolonnen \(columnName(column)) er tom; skriv datoen som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "slutdatoen ligger før startdatoen"
        case .unknownUnit(let unit): "der er ingen enhed, der hedder »\(unit)«"
        case .repeated(let first): "samme ansættelse som linje \(first)"
        }
        return "Linje \(problem.line): \(reason)."
    }
    private func columnName(_ column: EmploymentImport.Column) -> String {
        switch column {
        case .reference: "e-mail eller medarbejdernummer"
        case .start: "startdato"
        case .end: "slutdato"
        case .unit: "enhed"
        }
    }
    func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create: "Ny"
        case .update(let endWas): endWas == nil ? "Får en sidste arbejdsdag" : "Ændret"
        case .unchanged: "Uændret"
        }
    }
}
