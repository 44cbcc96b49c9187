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
}
