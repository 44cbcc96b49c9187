import GodstartCore
import Vapor

enum AdminHomePage {
    static func render(_ ctx: PageContext, units: [OrganisationUnit], people: [Person], mayImport: Bool) -> Response {
        let t = ctx.texts
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        return Layout.page(ctx, title: t.adminTitle, [
            el("h1", t.adminTitle),
            el("p", t.adminIntro),
            when(mayImport, el("p", [], [link(t.staffImportButton, to: SiteURL.staffImport.path, [.class("button")])])),
            el("h2", t.unitsTitle),
            el("ul", [], units.map { unit in
                el("li", "\(unit.name): \(t.peopleInUnit(people.filter { $0.$unit.id == unit.id }.count))")
            }),
            el("h2", t.peopleTitle),
            Components.table(label: t.peopleTitle, headers: [t.nameColumn, t.emailColumn, t.unitColumn, t.rolesColumn, t.erasureHeading],
                             rows: people.map { p in
                let lastDay = p.leftOn.flatMap(LocalDate.init(iso:)).map { t.staffLastDay(ctx.dates.day($0)) }
                let roles = [p.isCoordinator ? t.coordinatorFlag : nil, p.isManager ? t.managerFlag : nil, p.isAdmin ? t.adminFlag : nil, lastDay]
                    .compactMap { $0 }.joined(separator: ", ")
                let erase = mayImport && p.id != ctx.person?.id
                    ? link(t.erasureConfirmButton, to: SiteURL.personErasure(p.id).path, [.aria("label", t.erasureConfirmTitle(p.name))])
                    : text("")
                return [text(p.name), text(p.email), text(p.$unit.id.flatMap { unitNames[$0] } ?? ""), text(roles), erase]
            }),
        ])
    }
}
