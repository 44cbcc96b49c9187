import GodstartCore

extension EnglishTexts {
    var loadForecastHeading: String { "Load in the coming months" }
    func loadForecastIntro(months: Int) -> String {
        "How many new hires each colleague is mentor or contact person for, today and on the first of each of the next \(months) months, "
            + "against their capacity. A contact person's part ends when the introduction does, a mentor's when the mentoring does."
    }
    var loadAsMentor: String { "As mentor" }
    var loadAsContactPerson: String { "As contact person" }
    var loadToday: String { "Today" }
    var loadRoomFrom: String { "Room from" }
    func loadOfCapacity(load: Int, capacity: Int) -> String { "\(load) of \(capacity)" }
    func loadNoRoomWithin(months: Int) -> String { "Not within \(months) months" }
    var loadNobody: String { "Nobody has this role in a running programme." }
    func loadFreeColleagues(_ names: String) -> String { "Willing, with no one in this role now: \(names)." }
    func loadFreeColleaguesCount(_ count: Int) -> String {
        "\(count) willing colleagues have no one in this role now. Choose a unit or search for a name above to see who."
    }

    var navRetention: String { "Retention" }
    var retentionTitle: String { "Retention" }
    func retentionIntro(minimum: Int) -> String {
        "How many new hires are still employed 6, 12 and 24 months after they started, from the employment dates. "
            + "Those still employed count for as long as they have been employed (the Kaplan–Meier estimate). "
            + "A hire year with fewer than \(minimum) people is put together with the next, so no one can be recognised."
    }
    func retentionOwnUnit(_ unit: String) -> String { "The figures are for your unit: \(unit)." }
    func retentionTooFew(counted: Int, minimum: Int) -> String {
        "\(counted) \(counted == 1 ? "employment is" : "employments are") recorded here. The figures are shown from \(minimum) employments, "
            + "so that no one can be recognised."
    }
    var retentionByCohort: String { "By year of hire" }
    var retentionComparison: String { "Before and since the programme began" }
    var retentionNoProgrammeYet: String { "No programme has begun yet, so there is nothing to compare with." }
    func retentionProgrammeBegan(_ day: String) -> String { "The first programme began on \(day)." }
    func retentionComparisonTooFew(minimum: Int) -> String {
        "A comparison needs at least \(minimum) people hired before the programme began and \(minimum) hired since."
    }
    var retentionShareCaption: String { "Share still employed" }
    var retentionGroupColumn: String { "Group" }
    var retentionPeopleColumn: String { "People" }
    func retentionAfterMonths(_ months: Int) -> String { "After \(months) months" }
    var retentionNotYetSeen: String { "–" }
    var retentionNotYetSeenExplained: String { "A dash: nobody in the group has been employed that long yet." }
    var retentionChartLabel: String { "share still employed by months since they started" }
    var retentionAtRiskCaption: String { "Number still employed and followed, by months since they started" }
    func retentionMonthsShort(_ months: Int) -> String { "\(months) mo." }
    func retentionHiredIn(_ years: String) -> String { "Hired \(years)" }
    func retentionHiredBefore(_ year: Int) -> String { "Hired before \(year), before the programme" }
    func retentionHiredFrom(_ year: Int) -> String { "Hired from \(year), with the programme" }
    var retentionAxisMonths: String { "Months since starting" }
    var retentionAxisShare: String { "Still employed (%)" }
    var downloadCSV: String { "Download as CSV" }
    var retentionFileName: String { "retention" }
    var retentionCSVHeader: [String] {
        ["Group", "People", "Month after starting", "Employed and followed at the start of the month", "Left during the month",
         "Still employed when last seen during the month", "Share still employed at the end of the month"]
    }

    var employmentsTitle: String { "Employment dates" }
    var employmentsKeepLink: String { "Enter or import employment dates" }
    var employmentsIntro: String {
        "When each social worker's employment began and, if it has, ended. Retention is calculated from these dates. "
            + "A new hire's start is recorded when their programme is registered; the rest come from HR, by hand or as a CSV file."
    }
    var errorEmploymentEndsBeforeStart: String { "The last day cannot come before the first." }
    var errorEmploymentExists: String { "An employment for this person starting that day is already recorded." }
    var employmentAdded: String { "The employment is added." }
    var employmentSaved: String { "The employment is saved." }
    var employmentRemoved: String { "The employment is removed." }
    var employmentReferenceLabel: String { "E-mail or staff number" }
    var employmentReferenceHint: String { "As HR knows the person; with the start date it names the employment." }
    var employmentStartLabel: String { "First day" }
    var employmentEndLabel: String { "Last day" }
    var employmentEndHint: String { "Leave it empty while the person is employed." }
    var noUnitOption: String { "No unit" }
    var editEmployment: String { "Change employment" }
    var stillEmployed: String { "Employed" }
    var addEmploymentHeading: String { "Add an employment" }
    var addEmploymentButton: String { "Add employment" }
    var employmentsListHeading: String { "Recorded employments" }
    func employmentsShown(shown: Int, total: Int) -> String {
        shown == total ? "\(total) \(total == 1 ? "employment" : "employments"), newest first."
            : "The newest \(shown) of \(total) employments."
    }
    var noEmployments: String { "No employments are recorded yet." }
    func employmentStarted(_ day: String) -> String { "Employed from \(day)." }
    var employmentSaveButton: String { "Save" }
    var removeEmploymentHint: String { "Remove an employment recorded by mistake. It no longer counts in retention." }
    var removeEmploymentButton: String { "Remove employment" }

    var importEmploymentsTitle: String { "Import employment dates from HR" }
    var importEmploymentsIntro: String {
        "A CSV file with a first line naming the columns: e-mail or staff number, first day, and if there is one, last day and unit. "
            + "Semicolons or commas between the fields; dates as 2026-08-03 or 03-08-2026. You see what will change before anything is saved, "
            + "and importing the same file again changes nothing."
    }
    var importFileLabel: String { "CSV file" }
    var importFileHint: String { "At most 1 MB, UTF-8 or Windows-1252." }
    var importPasteLabel: String { "Or paste the file's lines here" }
    var importPasteHint: String { "After a preview the lines of the file are here, so you can correct them." }
    var showPreviewButton: String { "Show preview" }
    var confirmImportButton: String { "Import" }
    func errorFileTooLarge(maximumKB: Int) -> String { "The file is larger than \(maximumKB) kB. Split it into smaller files." }
    var errorFileNotCSV: String { "That is not a CSV file. Save the list from HR as CSV (semicolon or comma separated) and choose it again." }
    var errorImportEmpty: String { "Choose a file or paste its lines." }
    func errorTooManyLines(maximum: Int) -> String { "The file has more than \(maximum) lines. Split it into smaller files." }
    func employmentsImported(created: Int, updated: Int) -> String { "Imported: \(created) new, \(updated) changed." }
    var importPreviewHeading: String { "Preview" }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String {
        "\(created) new, \(updated) changed, \(unchanged) unchanged, \(problems) \(problems == 1 ? "line" : "lines") with errors."
    }
    var importProblemsHeading: String { "Lines that cannot be read" }
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
    var importFixFirst: String { "Correct or remove these lines below and show the preview again. Nothing has been imported." }
    var importNothingToChange: String { "Every employment in the file is already recorded as it is: there is nothing to import." }
    var importLineColumn: String { "Line" }
    var importChangeColumn: String { "What happens" }
    func importChange(_ change: EmploymentImport.Change) -> String {
        switch change {
        case .create: "New"
        case .update(let endWas): endWas == nil ? "Gets a last day" : "Changed"
        case .unchanged: "Unchanged"
        }
    }
    func importPreviewCut(shown: Int, total: Int) -> String { "The first \(shown) of \(total) lines are shown; the counts above cover them all." }

    var navIdeas: String { "Ideas" }
    var ideasTitle: String { "Ideas for the programme" }
    var ideasIntro: String {
        "Something that would make the start better for new colleagues, or for those who receive them? Send it to the coordinator, "
            + "who answers every idea here."
    }
    var ideaTextLabel: String { "Your idea" }
    var ideaTextHint: String { "What could be done, and what it would change." }
    var ideaAnonymousLabel: String { "Send it without my name" }
    var ideaAnonymousHint: String { "The coordinator sees the idea but not who sent it. You can still follow it and its answer here." }
    var sendIdeaButton: String { "Send idea" }
    var ideaSent: String { "Your idea is sent to the coordinator." }
    var errorIdeaEmpty: String { "Write the idea before you send it." }
    var yourIdeasHeading: String { "Your ideas" }
    var noIdeasYet: String { "You have not sent any ideas yet." }
    var sentAnonymously: String { "sent without your name" }
    func ideaStatus(_ status: IdeaStatus) -> String {
        switch status {
        case .new: "New"
        case .takenUp: "Taken up"
        case .declined: "Declined"
        }
    }
    var ideaStatusLabel: String { "Status" }
    var ideaAnswerLabel: String { "Answer" }
    var ideaAnswerHint: String { "The sender reads it with their idea. Needed when you decline an idea." }
    var ideaInboxTitle: String { "Ideas received" }
    var ideaInboxIntro: String { "Every idea sent for the programme, newest first. Anonymous ideas are shown without a name." }
    var noIdeasInInbox: String { "No ideas here." }
    var anonymousAuthor: String { "Anonymous" }
    var saveIdeaAnswerButton: String { "Save answer" }
    var errorDeclineNeedsAnswer: String { "Write an answer that says why the idea is declined." }
    var ideaAnswerSaved: String { "The answer is saved." }
}
