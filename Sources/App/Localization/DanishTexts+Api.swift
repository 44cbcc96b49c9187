import GodstartCore

extension DanishTexts {
    var navApiTokens: String { "API-nøgler" }
    var apiTokensTitle: String { "API-nøgler" }
    var apiTokensIntro: String {
        "Andre systemer læser fra Godstart gennem JSON-API'et med deres egen nøgle. Hver nøgle læser kun det, den har adgang til, "
            + "som du gør på disse sider: forløb og personer, møder som datoer og status, fastholdelse samlet. Aldrig hvad nogen har skrevet."
    }
    var apiDocumentLink: String { "Beskrivelsen af API'et (OpenAPI)" }
    var noApiTokens: String { "Der er ingen nøgler endnu." }
    var newApiTokenButton: String { "Lav en nøgle" }
    var newApiTokenHeading: String { "Den nye nøgle" }
    var apiTokenShownOnce: String { "Kopiér den ind i det andet system nu – den vises kun denne ene gang." }
    var apiTokenLabel: String { "Nøgle" }
    var apiTokenNameLabel: String { "Hvilket system" }
    var apiTokenNameHint: String { "Fx »HR-rapportering«." }
    var apiScopesLabel: String { "Må læse" }
    func apiScope(_ scope: ApiScope) -> String {
        switch scope {
        case .programmes: "Forløb"
        case .people: "Personer"
        case .meetings: "Møder (datoer og status)"
        case .checklists: "Tjeklistepunkter (titel, periode, ansvarlig, status)"
        case .retention: "Fastholdelse"
        }
    }
    var errorChooseScope: String { "Vælg mindst én ting, nøglen må læse." }
    var apiTokenCreatedColumn: String { "Lavet" }
    var apiTokenUsedColumn: String { "Sidst brugt" }
    var apiTokenNeverUsed: String { "Endnu ikke" }
    var revokeApiToken: String { "Tilbagekald" }
    var apiTokenRevokedState: String { "Tilbagekaldt" }
    var apiTokenRevoked: String { "Nøglen er tilbagekaldt og åbner ikke længere API'et." }
}
