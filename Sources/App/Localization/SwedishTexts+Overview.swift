extension SwedishTexts {
    var filterHeading: String { "Visa" }
    var filterPartLabel: String { "Del av programmet" }
    var allOption: String { "Alla" }
    var showFilterButton: String { "Visa" }
    var noProgrammesMatch: String { "Inga program passar. Välj ”Alla” för att se alla program." }
    var alertsHeading: String { "Behöver din uppmärksamhet" }
    var noAlerts: String { "Inget behöver din uppmärksamhet just nu." }
    func overviewEndedHint(months: Int) -> String { "Program som avslutades för mer än \(months) månader sedan visas när du väljer ”Avslutat”." }
    func noMeetingFor(days: Int) -> String { "Inget möte genomfört på \(days) dagar" }
    func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? "Utvecklingssamtal om \(days) \(days == 1 ? "dag" : "dagar")"
            : days == 0 ? "Utvecklingssamtal i dag" : "Utvecklingssamtalet är \(-days) \(days == -1 ? "dag" : "dagar") försenat"
    }
    var searchNameLabel: String { "Sök på namn" }
    func moreAlerts(_ count: Int) -> String {
        "Och \(count) \(count == 1 ? "punkt" : "punkter") till. Programmen med de mest brådskande står överst i listan nedan."
    }
    func rowsShown(from: Int, to: Int, of total: Int) -> String { "Program \(from)–\(to) av \(total)" }
    var pagesLabel: String { "Sidor" }
    var previousPage: String { "Föregående sida" }
    var nextPage: String { "Nästa sida" }
    func pageOf(_ page: Int, pages: Int) -> String { "Sida \(page) av \(pages)" }
    var searchPersonLabel: String { "Sök på namn eller e-post" }
    func peopleShown(from: Int, to: Int, of total: Int) -> String { "Personer \(from)–\(to) av \(total)" }
    var noPeopleMatch: String { "Inga personer passar. Välj ”Alla” och töm sökfältet för att se alla." }
}
