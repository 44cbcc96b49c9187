extension DanishTexts {
    var filterHeading: String { "Vis" }
    var filterPartLabel: String { "Del af forløbet" }
    var allOption: String { "Alle" }
    var showFilterButton: String { "Vis" }
    var noProgrammesMatch: String { "Ingen forløb passer. Vælg »Alle« for at se alle forløb." }
}
