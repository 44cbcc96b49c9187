import GodstartCore
import Vapor

/// The administrator's page: the units with how many people each has, and the people, 50 a page,
/// narrowed to a unit and a search (`PeopleQuery`).
enum AdminHomePage {
    static func render(_ ctx: PageContext, units: [OrganisationUnit], people: PeopleQuery.Result, filter: PeopleFilter, mayImport: Bool) -> Response {
        let t = ctx.texts
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let first = people.firstNumber
        return Layout.page(ctx, title: t.adminTitle, [
            el("h1", t.adminTitle),
            el("p", t.adminIntro),
            when(mayImport, el("p", [], [link(t.staffImportButton, to: SiteURL.staffImport.path, [.class("button")])])),
            el("h2", t.unitsTitle),
            el("ul", [], units.map { unit in el("li", "\(unit.name): \(t.peopleInUnit(people.countsByUnit[unit.id!] ?? 0))") }),
            el("h2", [.id("people-heading")], t.peopleTitle),
            filter.form(ctx, .people, units: units.map { ($0.id!, $0.name) }),
            people.rows.isEmpty ? el("p", filter.isActive ? t.noPeopleMatch : t.peopleInUnit(0)) : Components.table(
                label: t.peopleTitle,
                caption: people.pageCount > 1 ? t.peopleShown(from: first, to: first + people.rows.count - 1, of: people.total) : nil,
                headers: [t.nameColumn, t.emailColumn, t.unitColumn, t.rolesColumn, t.erasureHeading],
                rows: people.rows.map { p in
                    let lastDay = p.leftOn.flatMap(LocalDate.init(iso:)).map { t.staffLastDay(ctx.dates.day($0)) }
                    let roles = [p.isCoordinator ? t.coordinatorFlag : nil, p.isManager ? t.managerFlag : nil, p.isAdmin ? t.adminFlag : nil,
                                 lastDay].compactMap { $0 }.joined(separator: ", ")
                    let erase = mayImport && p.id != ctx.person?.id
                        ? link(t.erasureConfirmButton, to: SiteURL.personErasure(p.id).path, [.aria("label", t.erasureConfirmTitle(p.name))])
                        : text("")
                    return [text(p.name), text(p.email), text(p.unitID.flatMap { unitNames[$0] } ?? ""), text(roles), erase]
                }),
            Components.pager(ctx, page: people.page, pages: people.pageCount, link: { filter.link(.people, page: $0) }),
        ])
    }
}
