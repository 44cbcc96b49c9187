extension SwedishTexts {
    func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? "Utvecklingssamtal om \(days) \(days == 1 ? "dag" : "dagar")"
            : days == 0 ? "Utvecklingssamtal i dag" : "Utvecklingssamtalet är \(-days) \(days == -1 ? "dag" : "dagar") försenat"
    }
    func moreAlerts(_ count: Int) -> String {
        "Och \(count) \(count == 1 ? "punkt" : "punkter") till. Programmen med de mest brådskande står överst i listan nedan."
    }
}
