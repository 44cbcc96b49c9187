import GodstartCore

extension EnglishTexts {
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
    func staffImported(created: Int, updated: Int, ended: Int) -> String {
        "The staff list is imported: \(created) new, \(updated) updated, \(ended) leaving."
    }
}
