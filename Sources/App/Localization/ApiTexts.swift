import GodstartCore

/// The texts of the admin's API tokens page.
public protocol ApiTexts: Sendable {
    var navApiTokens: String { get }
    var apiTokensTitle: String { get }
    var apiTokensIntro: String { get }
    var apiDocumentLink: String { get }
    var noApiTokens: String { get }
    var newApiTokenButton: String { get }
    var newApiTokenHeading: String { get }
    var apiTokenShownOnce: String { get }
    var apiTokenLabel: String { get }
    var apiTokenNameLabel: String { get }
    var apiTokenNameHint: String { get }
    var apiScopesLabel: String { get }
    func apiScope(_ scope: ApiScope) -> String
    var errorChooseScope: String { get }
    var apiTokenCreatedColumn: String { get }
    var apiTokenUsedColumn: String { get }
    var apiTokenNeverUsed: String { get }
    var revokeApiToken: String { get }
    var apiTokenRevokedState: String { get }
    var apiTokenRevoked: String { get }
}
