extension EnglishTexts {
    var filterHeading: String { "Show" }
    var filterPartLabel: String { "Part of the programme" }
    var allOption: String { "All" }
    var showFilterButton: String { "Show" }
    var noProgrammesMatch: String { "No programmes match. Choose “All” to see every programme." }
    var alertsHeading: String { "Needs your attention" }
    var noAlerts: String { "Nothing needs your attention right now." }
    func overviewEndedHint(months: Int) -> String { "Programmes ended more than \(months) months ago are listed when you choose \"Finished\"." }
    func noMeetingFor(days: Int) -> String { "No meeting held for \(days) days" }
    func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? "Development talk in \(days) \(days == 1 ? "day" : "days")"
            : days == 0 ? "Development talk today" : "Development talk \(-days) \(days == -1 ? "day" : "days") overdue"
    }
    var searchNameLabel: String { "Search by name" }
    func moreAlerts(_ count: Int) -> String {
        "And \(count) more. The programmes with the most urgent ones head the list below."
    }
    func rowsShown(from: Int, to: Int, of total: Int) -> String { "Programmes \(from)–\(to) of \(total)" }
    var pagesLabel: String { "Pages" }
    var previousPage: String { "Previous page" }
    var nextPage: String { "Next page" }
    func pageOf(_ page: Int, pages: Int) -> String { "Page \(page) of \(pages)" }
    var searchPersonLabel: String { "Search by name or e-mail" }
    func peopleShown(from: Int, to: Int, of total: Int) -> String { "People \(from)–\(to) of \(total)" }
    var noPeopleMatch: String { "No one matches. Choose “All” and empty the search to see everyone." }
}
