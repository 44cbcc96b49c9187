import Fluent
import Foundation
import GodstartCore
import Vapor

/// Every programme of the organisation at a glance, the most urgent first, 50 a page: stage, next
/// meeting, what is overdue (`OverviewQuery`).
enum CoordinatorHomePage {
    /// The overview's filters, from the query string (a plain GET form, no JavaScript).
    struct Filter: Content {
        var unit: String?
        var part: String?
        /// Part of a new hire's name.
        var q: String?
        var page: String?

        init(unit: String? = nil, part: String? = nil, q: String? = nil, page: String? = nil) {
            self.unit = unit
            self.part = part
            self.q = q
            self.page = page
        }

        var unitID: UUID? { unit.flatMap(UUID.init(uuidString:)) }
        var stagePart: ProgrammeStage.Part? { part.flatMap(ProgrammeStage.Part.init(rawValue:)) }
        var search: String { String((q ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(PeopleFilter.searchLimit)) }
        var pageNumber: Int { page.flatMap(Int.init).map { min(max($0, 1), 10_000) } ?? 1 }
        var isActive: Bool { unitID != nil || stagePart != nil || !search.isEmpty }

        var query: OverviewQuery.Filter {
            OverviewQuery.Filter(unit: unitID, part: stagePart, search: search, page: pageNumber)
        }

        /// The overview with these filters on another page.
        func link(page number: Int) -> String {
            PeopleFilter.link(.programmes, unit: unitID, part: stagePart?.rawValue, search: search, page: number)
        }
    }

    static func render(_ ctx: PageContext, overview: OverviewQuery.Result, filter: Filter, units: [OrganisationUnit]) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = overview.rows.map { row in
            [
                link(row.newcomerName, to: SiteURL.programme(row.id).path),
                text(row.unitName),
                text(t.variant(row.variant)),
                text(ctx.dates.shortDay(row.firstDay.instant(at: .init(hour: 12), in: ctx.dates.timeZone))),
                text(Components.stageText(row.stage, t)),
                Components.nextMeetingCell(row.nextMeeting, ctx),
                flags(row.alerts, ctx),
            ]
        }
        let first = overview.firstNumber
        let caption = overview.pageCount > 1 ? t.rowsShown(from: first, to: first + overview.rows.count - 1, of: overview.total)
            : t.programmeCount(overview.total)
        return Layout.page(ctx, title: t.coordinatorTitle, [
            el("h1", t.coordinatorTitle),
            el("p", t.coordinatorIntro),
            el("p", [], [link(t.navRegisterNewHire, to: SiteURL.newProgramme.path, [.class("button")])]),
            alerts(ctx, overview.alerts, total: overview.alertTotal),
            filterForm(ctx, filter, units: units, counts: overview.countsByPart),
            overview.rows.isEmpty ? el("p", filter.isActive ? t.noProgrammesMatch : t.noProgrammes) : Components.table(
                label: t.coordinatorTitle,
                caption: caption,
                headers: [t.newcomerColumn, t.unitColumn, t.variantColumn, t.firstDayColumn, t.stageColumn, t.nextMeetingColumn, t.overdueColumn],
                rows: rows),
            Components.pager(ctx, page: overview.page, pages: overview.pageCount, link: filter.link(page:)),
            when(filter.stagePart != .finished, el("p", [.class("hint")], t.overviewEndedHint(months: OverviewQuery.endedShownForDays * 12 / 365))),
            closingInvitations(ctx, overview.closings),
        ])
    }

    static func alertText(_ alert: ProgrammeAlert, _ t: Texts) -> String {
        switch alert.kind {
        case .mentorChangeAsked: t.mentorChangeRequestedFlag
        case .noMeetingForAMonth: t.noMeetingFor(days: alert.count)
        case .meetingsOverdue: t.overdueMeetings(alert.count)
        case .fewerThanTwoPlanned: t.flagFewerThanTwo
        case .developmentTalkDue: t.developmentTalkDue(inDays: alert.count)
        case .evaluationOverdue: t.evaluationOverdueFlag
        case .checklistWaiting: t.checklistWaitingFlag(alert.count)
        }
    }

    /// The most urgent alerts of the programmes that pass the filter; the rest are on their rows.
    private static func alerts(_ ctx: PageContext, _ shown: [(alert: ProgrammeAlert, name: String)], total: Int) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", "alerts-heading")], [
            el("h2", [.id("alerts-heading")], t.alertsHeading),
            shown.isEmpty ? el("p", [.class("muted")], t.noAlerts)
                : el("ol", [.class("alerts")], shown.map { item in
                    el("li", [], [link(item.name, to: SiteURL.programme(item.alert.programme).path),
                                  text(": "), el("span", [.class("status overdue")], alertText(item.alert, t))])
                }),
            when(total > shown.count, el("p", [.class("hint")], t.moreAlerts(total - shown.count))),
        ])
    }

    /// Narrow the overview to a unit, a part of the programme (each with how many are in it) and a name.
    private static func filterForm(_ ctx: PageContext, _ filter: Filter, units: [OrganisationUnit],
                                   counts: [ProgrammeStage.Part: Int]) -> HTMLNode {
        let t = ctx.texts
        return Components.filterForm(ctx, action: SiteURL.programmes, [
            Components.filterSelect(ctx, "unit", t.unitLabel, units.map { ($0.id!.uuidString.lowercased(), $0.name) },
                                    filter.unitID?.uuidString.lowercased()),
            Components.filterSelect(ctx, "part", t.filterPartLabel,
                                    ProgrammeStage.Part.allCases.map { ($0.rawValue, "\(t.part($0)) (\(counts[$0] ?? 0))") },
                                    filter.stagePart?.rawValue),
            Form.input("q", label: t.searchNameLabel, value: filter.search, type: "search", autocomplete: "off",
                       maxLength: PeopleFilter.searchLimit),
        ])
    }

    /// The mentoring's closing meetings in the coming weeks: the coordinator joins their evaluation.
    private static func closingInvitations(_ ctx: PageContext, _ closings: [(name: String, meeting: MeetingRow)]) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", "invitations-heading")], [
            el("h2", [.id("invitations-heading")], t.closingInvitationsTitle),
            closings.isEmpty ? el("p", [.class("muted")], t.noClosingInvitations)
                : el("ul", [], closings.map { item in
                    el("li", [], [link(item.name, to: SiteURL.meeting(item.meeting.id).path),
                                  text(" · "), Components.time(item.meeting.startsAt, ctx)])
                }),
        ])
    }

    /// What needs the coordinator's attention in one programme: the same alerts as the list.
    private static func flags(_ alerts: [ProgrammeAlert], _ ctx: PageContext) -> HTMLNode {
        let flags = alerts.map { el("span", [.class("status overdue")], alertText($0, ctx.texts)) }
        return flags.isEmpty ? text(ctx.texts.nothingOverdue) : el("span", [.class("flags")], flags)
    }
}
