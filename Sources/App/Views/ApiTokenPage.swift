import GodstartCore
import Vapor

/// The admin's page of API tokens: those made, a form for a new one, and the new one shown once.
enum ApiTokenPage {
    static func render(_ ctx: PageContext, _ tokens: [ApiToken], typed: ApiTokenController.TokenForm, errors: [String: String],
                       newToken: String?) -> Response {
        let t = ctx.texts
        let chosen = Set(typed.scopes ?? [])
        let rows: [[HTMLNode]] = tokens.map { token in
            [
                text(token.name),
                text(token.scopeSet.sorted { $0.rawValue < $1.rawValue }.map { t.apiScope($0) }.joined(separator: ", ")),
                text(token.createdAt.map { ctx.dates.shortDay($0) } ?? ""),
                text(token.lastUsedAt.map { ctx.dates.shortDay($0) } ?? t.apiTokenNeverUsed),
                token.revokedAt != nil ? text(t.apiTokenRevokedState)
                    : el("form", [.methodPost, .action(SiteURL.apiTokenRevocation(token.id).path)], [
                        Form.csrf(ctx),
                        el("button", [.type("submit"), .class("button secondary"), .aria("label", "\(t.revokeApiToken): \(token.name)")],
                           t.revokeApiToken),
                    ]),
            ]
        }
        return Layout.page(ctx, title: t.apiTokensTitle, [
            el("h1", t.apiTokensTitle),
            el("p", t.apiTokensIntro),
            el("p", [], [link(t.apiDocumentLink, to: SiteURL.apiDocument.path)]),
            newToken.map { token in
                el("div", [.class("panel"), Attr("role", "status")], [
                    el("h2", t.newApiTokenHeading),
                    el("p", t.apiTokenShownOnce),
                    el("div", [.class("field")], [
                        el("label", [.for("new-token")], t.apiTokenLabel),
                        .void("input", [.type("text"), .id("new-token"), .value(token), Attr("readonly", nil), .class("wide")]),
                    ]),
                ])
            } ?? .empty,
            tokens.isEmpty ? el("p", [.class("muted")], t.noApiTokens)
                : Components.table(label: t.apiTokensTitle,
                                   headers: [t.apiTokenNameLabel, t.apiScopesLabel, t.apiTokenCreatedColumn, t.apiTokenUsedColumn, ""],
                                   rows: rows),
            el("h2", t.newApiTokenButton),
            Form.errorSummary(ctx, [("name", t.apiTokenNameLabel), ("scopes", t.apiScopesLabel)].compactMap { field, label in
                errors[field].map { (field == "scopes" ? "scopes-\(ApiScope.allCases[0].rawValue)" : field, "\(label): \($0)") }
            }),
            el("form", [.methodPost, .action(SiteURL.apiTokens.path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("name", label: t.apiTokenNameLabel, value: typed.name, error: errors["name"], hint: t.apiTokenNameHint),
                el("fieldset", [.class(errors["scopes"] == nil ? "field" : "field has-error")], [
                    el("legend", t.apiScopesLabel),
                    errors["scopes"].map { el("p", [.class("field-error")], $0) } ?? .empty,
                ] + ApiScope.allCases.map { scope in
                    el("div", [.class("field checkbox")], [
                        .void("input", [.type("checkbox"), .id("scopes-\(scope.rawValue)"), .name("scopes[]"), .value(scope.rawValue)]
                              + (chosen.contains(scope.rawValue) ? [.checked] : [])),
                        el("label", [.for("scopes-\(scope.rawValue)")], t.apiScope(scope)),
                    ])
                }),
                Form.submit(t.newApiTokenButton),
            ]),
        ])
    }
}
