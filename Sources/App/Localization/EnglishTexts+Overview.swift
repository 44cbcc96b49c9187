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
}
