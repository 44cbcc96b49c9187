import Foundation

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

/// Paging of API lists: bounded, whatever is asked. A list is read a page at a time after a
/// cursor (`after`: the place of the last item of the page before, from the answer's `next` link),
/// which stays right while rows are added or removed; `offset` is still read for integrations
/// written before the cursor. The cursor of a list of rows is the last row's id; of the alerts, the
/// last alert's `cursor`.
public struct ApiPage: Equatable, Sendable {
    public static let defaultLimit = 100
    public static let maximumLimit = 500
    public static let maximumCursorLength = 100

    public let limit: Int
    public let offset: Int
    /// The cursor of the last item already read; nil: from the start.
    public let after: String?

    public init(limit: Int, offset: Int = 0, after: String? = nil) {
        self.limit = limit
        self.offset = offset
        self.after = after
    }

    /// Nil when a value is given but is not a whole number in range or a cursor is not one. With
    /// both, the offset counts from the cursor.
    public static func read(limit: String?, offset: String?, after: String? = nil) -> ApiPage? {
        let l = limit.map { Int($0) } ?? defaultLimit
        let o = offset.map { Int($0) } ?? 0
        guard let l, let o, (1...maximumLimit).contains(l), o >= 0, o <= 1_000_000 else { return nil }
        if let after {
            guard !after.isEmpty, after.count <= maximumCursorLength,
                  after.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        }
        return ApiPage(limit: l, offset: o, after: after)
    }
}

extension ApiPage {
    /// This page of a short list already read (a programme's meetings or checklist), in id order as
    /// every list of the API: the items whose id comes after the cursor, then the offset, then the
    /// limit, and the id to continue after when more follow. Any id is a cursor, as in the lists the
    /// database pages; nil when the cursor is not an id.
    public func slice<Item>(_ items: [Item], id: (Item) -> UUID) -> (items: [Item], continueAfter: UUID?)? {
        var rest = items.sorted { UUIDOrder.precedes(id($0), id($1)) }[...]
        if let after {
            guard let cursor = UUID(uuidString: after) else { return nil }
            rest = rest.drop { !UUIDOrder.precedes(cursor, id($0)) }
        }
        rest = rest.dropFirst(offset)
        let shown = Array(rest.prefix(limit))
        return (shown, rest.count > limit ? shown.last.map(id) : nil)
    }
}

extension ApiPage {
    /// What a cursor of each list looks like, for the API's description.
    public static let idCursorPattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    public static var alertCursorPattern: String {
        "^[0-\(AlertKind.allCases.count - 1)]--?[0-9]{1,9}-" + idCursorPattern.dropFirst()
    }
}

extension ProgrammeAlert {
    /// Its place in the API's list of alerts, as a cursor: kind, count and programme.
    public var cursor: String { "\(kind.rawValue)-\(count)-\(programme.uuidString.lowercased())" }

    /// The alert a cursor names; nil for anything else.
    /// The alert a cursor names; nil for anything else. A count may be negative (a talk days late).
    public init?(cursor: String) {
        guard cursor.count > 37, let programme = UUID(uuidString: String(cursor.suffix(36))) else { return nil }
        let head = cursor.dropLast(36)
        guard head.last == "-", let dash = head.firstIndex(of: "-"), let raw = Int(head[..<dash]), let kind = AlertKind(rawValue: raw),
              let count = Int(head[head.index(after: dash)..<head.index(before: head.endIndex)]) else { return nil }
        self.init(kind: kind, programme: programme, count: count)
    }
}

extension Alerts {
    /// Most urgent first (`precedes`), then by programme: every alert has one place, so a list can
    /// be read a page at a time after a cursor.
    public static func inPlaces(_ alerts: [ProgrammeAlert]) -> [ProgrammeAlert] {
        alerts.sorted(by: comesBefore)
    }

    public static func comesBefore(_ a: ProgrammeAlert, _ b: ProgrammeAlert) -> Bool {
        if precedes(a, b) { return true }
        if precedes(b, a) { return false }
        return UUIDOrder.precedes(a.programme, b.programme)
    }
}
