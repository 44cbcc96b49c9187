extension SwedishTexts {
    var filterHeading: String { "Visa" }
    var filterPartLabel: String { "Del av programmet" }
    var allOption: String { "Alla" }
    var showFilterButton: String { "Visa" }
    var noProgrammesMatch: String { "Inga program passar. Välj ”Alla” för att se alla program." }
}
