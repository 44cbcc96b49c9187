import Foundation
import GodstartCore
import Vapor

/// The filters of a list of people (the administrator's people, the colleagues page): a unit, a
/// search in names and addresses, and the page; from the query string of a plain GET form.
struct PeopleFilter: Content {
    var unit: String?
    var q: String?
    var page: String?

    /// The longest search kept: longer than any name or address.
    static let searchLimit = 100

    var unitID: UUID? { unit.flatMap(UUID.init(uuidString:)) }
    var search: String { String((q ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(Self.searchLimit)) }
    var pageNumber: Int { page.flatMap(Int.init).map { min(max($0, 1), 10_000) } ?? 1 }
    var isActive: Bool { unitID != nil || !search.isEmpty }

    /// The list at `url` with these filters on another page.
    func link(_ url: SiteURL, page number: Int) -> String {
        Self.link(url, unit: unitID, search: search, page: number)
    }

    /// The address of a filtered list's page: the filters given, in a fixed order, page 1 left out.
    static func link(_ url: SiteURL, unit: UUID?, part: String? = nil, search: String, page number: Int) -> String {
        var items: [String] = []
        if let unit { items.append("unit=\(unit.uuidString.lowercased())") }
        if let part { items.append("part=\(part)") }
        if !search.isEmpty, let encoded = search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) { items.append("q=\(encoded)") }
        if number > 1 { items.append("page=\(number)") }
        return url.path + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }

    /// The form: a unit and a search, sent to `url`.
    func form(_ ctx: PageContext, _ url: SiteURL, units: [(id: UUID, name: String)]) -> HTMLNode {
        Components.filterForm(ctx, action: url, [
            Components.filterSelect(ctx, "unit", ctx.texts.unitLabel, units.map { ($0.id.uuidString.lowercased(), $0.name) },
                                    unitID?.uuidString.lowercased()),
            Form.input("q", label: ctx.texts.searchPersonLabel, value: search, type: "search", autocomplete: "off", maxLength: Self.searchLimit),
        ])
    }
}
