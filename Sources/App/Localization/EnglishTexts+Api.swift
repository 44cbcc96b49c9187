import GodstartCore

extension EnglishTexts {
    var navApiTokens: String { "API tokens" }
    var apiTokensTitle: String { "API tokens" }
    var apiTokensIntro: String {
        "Other systems read Godstart through its JSON API with a token of their own. Each token reads only what its scopes allow, "
            + "as you would on these pages: programmes and people, meetings as dates and statuses, retention in aggregate. Never what anyone wrote."
    }
    var apiDocumentLink: String { "The API's description (OpenAPI)" }
    var noApiTokens: String { "No tokens yet." }
    var newApiTokenButton: String { "Make a token" }
    var newApiTokenHeading: String { "The new token" }
    var apiTokenShownOnce: String { "Copy it into the other system now: it is shown only this once." }
    var apiTokenLabel: String { "Token" }
    var apiTokenNameLabel: String { "Which system" }
    var apiTokenNameHint: String { "For example \"HR reporting\"." }
    var apiScopesLabel: String { "May read" }
    func apiScope(_ scope: ApiScope) -> String {
        switch scope {
        case .programmes: "Programmes"
        case .people: "People"
        case .meetings: "Meetings (dates and statuses)"
        case .checklists: "Checklist items (titles, periods, who, done or not)"
        case .retention: "Retention"
        }
    }
    var errorChooseScope: String { "Choose at least one thing the token may read." }
    var apiTokenCreatedColumn: String { "Made" }
    var apiTokenUsedColumn: String { "Last used" }
    var apiTokenNeverUsed: String { "Not yet" }
    var revokeApiToken: String { "Revoke" }
    var apiTokenRevokedState: String { "Revoked" }
    var apiTokenRevoked: String { "The token is revoked: it no longer opens the API." }
}
