import Foundation
import GodstartCore
import Vapor

/// The administrator's audit log and each person's "who has seen my material".
enum AuditLogPages {
    static func organisation(_ ctx: PageContext, _ listing: AuditLogController.Listing, person: Person?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.auditLogTitle, [
            el("h1", t.auditLogTitle),
            el("p", t.auditLogIntro),
            person.map { person in
                el("p", [], [text(t.auditOnlyPerson(person.name) + " "), link(t.auditShowEveryone, to: SiteURL.auditLog.path)])
            } ?? .empty,
            Components.filterForm(ctx, action: .auditLog, [
                listing.filter.personID.map { .void("input", [.type("hidden"), .name("person"), .value($0.uuidString.lowercased())]) } ?? .empty,
                kindFilter(ctx, listing),
            ]),
            entries(ctx, listing, empty: t.auditEmpty, url: .auditLog),
        ])
    }

    static func own(_ ctx: PageContext, _ listing: AuditLogController.Listing) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.ownAuditLogTitle, [
            el("h1", t.ownAuditLogTitle),
            el("p", t.ownAuditLogIntro),
            Components.filterForm(ctx, action: .ownAuditLog, [
                kindFilter(ctx, listing),
            ]),
            entries(ctx, listing, empty: t.auditOwnEmpty, url: .ownAuditLog),
        ])
    }

    /// The choice of one kind of event.
    static func kindFilter(_ ctx: PageContext, _ listing: AuditLogController.Listing) -> HTMLNode {
        Components.filterSelect(ctx, "kind", ctx.texts.auditKindLabel,
                                AuditKind.allCases.map { ($0.rawValue, ctx.texts.auditKind($0)) }, listing.filter.kind)
    }

    /// The table of entries, and links to newer and older pages.
    static func entries(_ ctx: PageContext, _ listing: AuditLogController.Listing, empty: String, url: SiteURL) -> HTMLNode {
        let t = ctx.texts
        guard !listing.entries.isEmpty else { return el("p", [.class("muted")], empty) }
        let rows: [[HTMLNode]] = listing.entries.map { entry in
            let kind = entry.auditKind ?? .accessChanged
            let who: HTMLNode = entry.actorID.map { person($0, ctx, listing) } ?? text(t.auditNoActor(kind))
            return [
                text(ctx.dates.dayAndTime(entry.occurredAt)),
                who,
                text(t.auditWhat(kind, entry.auditDetail, entry.auditResource)),
                entry.subjectID.map { person($0, ctx, listing) } ?? text(""),
                text(listing.showsAddress(of: entry) ? entry.address ?? "" : ""),
            ]
        }
        var headers = [t.auditWhenColumn, t.auditWhoColumn, t.auditWhatColumn, t.auditConcerningColumn, t.auditFromColumn]
        var cells = rows
        if !listing.wholeLog && !listing.entries.contains(where: listing.showsAddress) {
            headers.removeLast()
            cells = rows.map { Array($0.dropLast()) }
        }
        let number = listing.filter.pageNumber
        let pages: [HTMLNode] = [
            number > 1 ? link(t.auditNewer, to: pageLink(url, listing.filter, number - 1)) : .empty,
            listing.hasMore ? link(t.auditOlder, to: pageLink(url, listing.filter, number + 1)) : .empty,
        ]
        return el("div", [], [
            Components.table(label: listing.wholeLog ? t.auditLogTitle : t.ownAuditLogTitle,
                             caption: number > 1 || listing.hasMore ? t.auditPageNumber(number) : nil, headers: headers, rows: cells),
            when(number > 1 || listing.hasMore, el("nav", [.class("pager"), .aria("label", t.auditPagesLabel)], pages)),
        ])
    }

    /// A person named in an entry: "You" for the viewer; for the administrator a link that narrows
    /// the log to that person.
    static func person(_ id: UUID, _ ctx: PageContext, _ listing: AuditLogController.Listing) -> HTMLNode {
        let t = ctx.texts
        if id == listing.viewer { return text(t.auditYou) }
        let name = listing.people[id]?.name ?? t.auditFormerPerson
        guard listing.wholeLog else { return text(name) }
        return link(name, to: pageLink(.auditLog, AuditLogController.Filter(kind: listing.filter.kind, person: id.uuidString.lowercased()), 1))
    }

    static func pageLink(_ url: SiteURL, _ filter: AuditLogController.Filter, _ number: Int) -> String {
        var items: [String] = []
        if let kind = filter.auditKind { items.append("kind=\(kind.rawValue)") }
        if let person = filter.personID { items.append("person=\(person.uuidString.lowercased())") }
        if number > 1 { items.append("page=\(number)") }
        return url.path + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }
}
