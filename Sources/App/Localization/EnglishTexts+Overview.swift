extension EnglishTexts {
    func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? "Development talk in \(days) \(days == 1 ? "day" : "days")"
            : days == 0 ? "Development talk today" : "Development talk \(-days) \(days == -1 ? "day" : "days") overdue"
    }
    func moreAlerts(_ count: Int) -> String {
        "And \(count) more. The programmes with the most urgent ones head the list below."
    }
}
