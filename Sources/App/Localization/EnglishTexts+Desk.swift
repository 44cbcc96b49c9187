import GodstartCore

extension EnglishTexts {
    func loadForecastIntro(months: Int) -> String {
        "How many new hires each colleague is mentor or contact person for, today and on the first of each of the next \(months) months, "
            + "against their capacity. A contact person's part ends when the introduction does, a mentor's when the mentoring does."
    }
    func loadNoRoomWithin(months: Int) -> String { "Not within \(months) months" }
    func retentionTooFew(counted: Int, minimum: Int) -> String {
        "\(counted) \(counted == 1 ? "employment is" : "employments are") recorded here. The figures are shown from \(minimum) employments, "
            + "so that no one can be recognised."
    }
    func retentionAfterMonths(_ months: Int) -> String { "After \(months) months" }
    func retentionMonthsShort(_ months: Int) -> String { "\(months) mo." }
    var retentionCSVHeader: [String] {
        ["Group", "People", "Month after starting", "Employed and followed at the start of the month", "Left during the month",
         "Still employed when last seen during the month", "Share still employed at the end of the month"]
    }

    func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? "\(total) \(total == 1 ? "employment" : "employments"), newest first."
            : "The newest \(shown) of \(total) employments."
    }
    func employmentsImported(created: Int, updated: Int) -> String { "Imported: \(created) new, \(updated) changed." }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        "\(created) new, \(updated) changed, \(unchanged) unchanged, \(problems) \(problems == 1 ? "line" : "lines") with errors."
    }
    func importProblem(_ problem: ImportProblem) -> String {
        let reason: String = switch problem.reason {
        case .empty: "there are no employments in the file"
        case .missingColumn(let column): "no column for \(columnName(column)); name it in the first line"
        case .wrongFieldCount(let expected, let found): "\(found) fields where the first line names \(expected)"
        case .missingReference: "the e-mail or staff number is missing"
        case .referenceTooLong: "the e-mail or staff number is longer than \(EmploymentImport.maximumReferenceLength) characters"
        case .badDate(let column, let value): "\(columnName(column)) \"\(value)\" is not a date; write it as 2026-08-03 or 03-08-2026"
        case .emptyDate(let column): "\(columnName(column)) is empty; write the date as 2026-08-03 or 03-08-2026"
        case .endBeforeStart: "the last day comes before the first"
        case .unknownUnit(let unit): "there is no unit called \"\(unit)\""
        case .repeated(let first): "the same employment as line \(first)"
        }
        return "Line \(problem.line): \(reason)."
    }
    private func columnName(_ column: EmploymentImport.Column) -> String {
        switch column {
        case .reference: "e-mail or staff number"
        case .start: "first day"
        case .end: "last day"
        case .unit: "unit"
        }
    }
    func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create: "New"
        case .update(let endWas): endWas == nil ? "Gets a last day" : "Changed"
        case .unchanged: "Unchanged"
        }
    }
}
