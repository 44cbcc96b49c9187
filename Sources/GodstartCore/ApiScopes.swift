/// What an integration's token may read through the JSON API. The API answers as the pages do for
/// an administrator: programmes and people, meetings as dates and statuses only, checklist items as
/// facts, retention in aggregate; never what anyone wrote.
public enum ApiScope: String, CaseIterable, Codable, Sendable {
    case programmes, people, meetings, checklists, retention

    /// Scopes as stored: comma-separated, in a fixed order, unknown words dropped.
    public static func parse(_ text: String) -> Set<ApiScope> {
        Set(text.split(separator: ",").compactMap { ApiScope(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
    }

    public static func text(_ scopes: Set<ApiScope>) -> String {
        allCases.filter(scopes.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// Paging of API lists: bounded, whatever is asked.
public struct ApiPage: Equatable, Sendable {
    public static let defaultLimit = 100
    public static let maximumLimit = 500

    public let limit: Int
    public let offset: Int

    /// Nil when a value is given but is not a whole number in range.
    public static func read(limit: String?, offset: String?) -> ApiPage? {
        let l = limit.map { Int($0) } ?? defaultLimit
        let o = offset.map { Int($0) } ?? 0
        guard let l, let o, (1...maximumLimit).contains(l), o >= 0, o <= 1_000_000 else { return nil }
        return ApiPage(limit: l, offset: o)
    }
}
