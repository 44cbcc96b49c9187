extension EnglishTexts {
    var filterHeading: String { "Show" }
    var filterPartLabel: String { "Part of the programme" }
    var allOption: String { "All" }
    var showFilterButton: String { "Show" }
    var noProgrammesMatch: String { "No programmes match. Choose “All” to see every programme." }
}
