import GodstartCore

extension EnglishTexts {
    var staffImportTitle: String { "Import staff from HR" }
    var staffImportIntro: String {
        "Upload the staff list exported from the HR system. People are recognised by their e-mail address: new ones are created, "
            + "known ones are updated, and someone with a last day stops signing in after it. People who are not in the file are left as they are. "
            + "You see every change before anything is imported, and importing the same file again changes nothing."
    }
    var staffImportButton: String { "Import staff from HR" }
    var staffMappingLegend: String { "Which column holds what" }
    var staffMappingHint: String { "Chosen from the columns' names. Correct what is wrong and show the preview again; your choice is remembered for the next file." }
    func staffField(_ field: StaffField) -> String {
        switch field {
        case .name: "Name"
        case .email: "E-mail"
        case .unit: "Unit"
        case .title: "Job title"
        case .start: "Start date"
        case .end: "Last day"
        case .manager: "Manager's e-mail"
        }
    }
    func staffFieldHint(_ field: StaffField) -> String {
        switch field {
        case .name, .email: "Required."
        case .unit: "A unit Godstart does not know yet is created."
        case .title: ""
        case .start: "Also recorded as an employment, for retention."
        case .end: "Empty means still employed."
        case .manager: "Whoever is named here can be chosen as manager for a new hire."
        }
    }
    var staffColumnNotInFile: String { "Not in the file" }
    func staffPreviewSummary(created: Int, updated: Int, ended: Int, unchanged: Int, problems: Int) -> String {
        "New: \(created). Updated: \(updated). Leaving: \(ended). Unchanged: \(unchanged). Lines with problems: \(problems)."
    }
    func staffNewUnits(_ names: String) -> String { "New units: \(names)." }
    func staffOutcome(_ kind: StaffOutcome.Kind) -> String {
        switch kind {
        case .create: "New"
        case .update: "Updated"
        case .end: "Leaving"
        case .unchanged: "Unchanged"
        }
    }
    var staffBecomesManager: String { "becomes manager" }
    var staffChangesColumn: String { "What changes" }
    func staffProblem(_ problem: StaffProblem) -> String {
        let place = problem.field.map { "Line \(problem.line), \(staffField($0))" } ?? "Line \(problem.line)"
        let reason: String = switch problem.reason {
        case .empty: "the file has no lines under its header"
        case .tooManyLines: "the file has more than \(StaffImport.maximumLines) lines; split it"
        case .columnNotChosen: "choose the column that holds it"
        case .columnNotInFile(let column): "the file has no column “\(column)”"
        case .wrongFieldCount(let expected, let found): "\(found) fields where the header has \(expected)"
        case .missing: "empty"
        case .notAnEmail(let text): "“\(text)” is not an e-mail address"
        case .tooLong: "longer than \(StaffImport.maximumLength) characters"
        case .badDate(let text): "“\(text)” is not a date (write 31-12-2026 or 2026-12-31)"
        case .endBeforeStart: "the last day is before the start date"
        case .repeated(let first): "the same person as on line \(first)"
        case .unknownManager(let email): "\(email) is neither in the file nor in Godstart"
        case .elsewhere: "the address is already in use in Godstart"
        case .columnTwice(let column): "the column “\(column)” is chosen for another field too"
        case .endsAnAdministrator: "an administrator would be locked out; change their role first, or correct the date"
        }
        return "\(place): \(reason)"
    }
    var staffNothingToChange: String { "Everyone in the file is already in Godstart as the file says: there is nothing to import." }
    func staffImported(created: Int, updated: Int, ended: Int) -> String {
        "The staff list is imported: \(created) new, \(updated) updated, \(ended) leaving."
    }
    func staffLastDay(_ day: String) -> String { "last day \(day)" }
}
