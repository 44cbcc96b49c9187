import GodstartCore

extension SwedishTexts {
    var navApiTokens: String { "API-nycklar" }
    var apiTokensTitle: String { "API-nycklar" }
    var apiTokensIntro: String {
        "Andra system läser från Godstart genom JSON-API:et med en egen nyckel. Varje nyckel läser bara det den har behörighet till, "
            + "som du gör på de här sidorna: program och personer, möten som datum och status, kvarstannande sammantaget. Aldrig vad någon har skrivit."
    }
    var apiDocumentLink: String { "Beskrivningen av API:et (OpenAPI)" }
    var noApiTokens: String { "Det finns inga nycklar än." }
    var newApiTokenButton: String { "Skapa en nyckel" }
    var newApiTokenHeading: String { "Den nya nyckeln" }
    var apiTokenShownOnce: String { "Kopiera in den i det andra systemet nu – den visas bara den här gången." }
    var apiTokenLabel: String { "Nyckel" }
    var apiTokenNameLabel: String { "Vilket system" }
    var apiTokenNameHint: String { "Till exempel ”HR-rapportering”." }
    var apiScopesLabel: String { "Får läsa" }
    func apiScope(_ scope: ApiScope) -> String {
        switch scope {
        case .programmes: "Program"
        case .people: "Personer"
        case .meetings: "Möten (datum och status)"
        case .checklists: "Checklistpunkter (titel, period, ansvarig, status)"
        case .retention: "Kvarstannande"
        }
    }
    var errorChooseScope: String { "Välj minst en sak som nyckeln får läsa." }
    var apiTokenCreatedColumn: String { "Skapad" }
    var apiTokenUsedColumn: String { "Senast använd" }
    var apiTokenNeverUsed: String { "Inte än" }
    var revokeApiToken: String { "Återkalla" }
    var apiTokenRevokedState: String { "Återkallad" }
    var apiTokenRevoked: String { "Nyckeln är återkallad och öppnar inte längre API:et." }
}
