import GodstartCore

extension SwedishTexts {
    func loadForecastIntro(months: Int) -> String {
        "Hur många nyanställda varje kollega är mentor eller kontaktperson för, i dag och den första "
            + (months == 1 ? "nästa månad" : "varje månad under de kommande \(months) månaderna")
            + ", jämfört med hur många de har plats för. Kontaktpersonens uppdrag slutar med introduktionen, mentorns med mentorsprogrammet."
    }
    func loadNoRoomWithin(months: Int) -> String { "Inte inom \(months) \(months == 1 ? "månad" : "månader")" }
    func retentionTooFew(counted: Int, minimum: Int) -> String {
        "\(counted) \(counted == 1 ? "anställning är registrerad" : "anställningar är registrerade") här. Siffrorna visas från \(minimum) anställningar, "
            + "så att ingen kan identifieras."
    }
    func retentionAfterMonths(_ months: Int) -> String { "Efter \(months) \(months == 1 ? "månad" : "månader")" }
    func retentionMonthsShort(_ months: Int) -> String { "\(months) mån." }
    var retentionCSVHeader: [String] {
        ["Grupp", "Personer", "Månad efter start", "Fortfarande anställda och följda vid månadens början", "Slutade under månaden",
         "Fortfarande anställda vid senaste uppföljning under månaden", "Andel fortfarande anställda vid månadens slut"]
    }

    func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? "\(total) \(total == 1 ? "anställning" : "anställningar"), de nyaste först."
            : "De \(shown) nyaste av \(total) anställningar."
    }
    func employmentsImported(created: Int, updated: Int) -> String {
        "Importerat: \(created) \(created == 1 ? "ny" : "nya"), \(updated) \(updated == 1 ? "ändrad" : "ändrade")."
    }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        "\(created) \(created == 1 ? "ny" : "nya"), \(updated) \(updated == 1 ? "ändrad" : "ändrade"), "
            + "\(unchanged) \(unchanged == 1 ? "oförändrad" : "oförändrade"), \(problems) \(problems == 1 ? "rad" : "rader") med fel."
    }
    func importProblem(_ problem: ImportProblem) -> String {
        let reason: String = switch problem.reason {
        case .empty: "det finns inga anställningar i filen"
        case .missingColumn(let column): "det finns ingen kolumn för \(columnName(column)); skriv dess namn på första raden"
        case .wrongFieldCount(let expected, let found): "\(found) fält, men första raden har \(expected) kolumner"
        case .missingReference: "e-post eller anställningsnummer saknas"
        case .referenceTooLong: "e-postadressen eller anställningsnumret är längre än \(EmploymentImport.maximumReferenceLength) tecken"
        case .badDate(let column, let value): "”\(value)” i kolumnen \(columnName(column)) är inget datum; skriv det som 2026-08-03 eller 03-08-2026"
        case .emptyDate(let column): "kolumnen \(columnName(column)) är tom; skriv datumet som 2026-08-03 eller 03-08-2026"
        case .endBeforeStart: "slutdatumet ligger före startdatumet"
        case .unknownUnit(let unit): "det finns ingen enhet som heter ”\(unit)”"
        case .repeated(let first): "samma anställning som rad \(first)"
        }
        return "Rad \(problem.line): \(reason)."
    }
    private func columnName(_ column: EmploymentImport.Column) -> String {
        switch column {
        case .reference: "e-post eller anställningsnummer"
        case .start: "startdatum"
        case .end: "slutdatum"
        case .unit: "enhet"
        }
    }
    func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create: "Ny"
        case .update(let endWas): endWas == nil ? "Får en sista arbetsdag" : "Ändrad"
        case .unchanged: "Oförändrad"
        }
    }
}
