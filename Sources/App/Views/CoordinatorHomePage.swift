import Fluent
import Foundation
import GodstartCore
import Vapor

/// Every programme of the organisation at a glance: stage, next meeting, what is overdue.
enum CoordinatorHomePage {
    /// Programmes that need the coordinator for more than their meetings: facts only.
    struct Attention {
        let evaluationOverdue: Set<UUID>
        let mentorChangeAskedFor: Set<UUID>
        /// Checklist items whose window has closed without being covered, by programme.
        let checklistWaiting: [UUID: Int]

        /// What needs the coordinator's attention in these programmes, in three queries.
        static func load(_ files: [ProgrammeFile], now: Date, on db: Database) async throws -> Attention {
            Attention(evaluationOverdue: try await EvaluationController.overdue(files, now: now, on: db),
                      mentorChangeAskedFor: try await MentorChangeController.openRequests(files, on: db),
                      checklistWaiting: try await ChecklistController.waiting(files, now: now, on: db))
        }
    }

    /// The overview's filters, from the query string (a plain GET form, no JavaScript).
    struct Filter: Content {
        var unit: String?
        var part: String?

        init(unit: String? = nil, part: String? = nil) {
            self.unit = unit
            self.part = part
        }

        var unitID: UUID? { unit.flatMap(UUID.init(uuidString:)) }
        var stagePart: ProgrammeStage.Part? { part.flatMap(ProgrammeStage.Part.init(rawValue:)) }
        var isActive: Bool { unitID != nil || stagePart != nil }
    }

    /// Ended programmes stay in the overview this long; after that they are listed under "finished".
    static let endedShownForDays = 548
    /// The most finished programmes listed at once, the latest first.
    static let finishedShown = 200

    static func render(_ ctx: PageContext, files: [ProgrammeFile], attention: Attention, filter: Filter, units: [OrganisationUnit],
                       now: Date) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = files.map { file in
            let progress = file.progress(now: now)
            let next = progress.nextIndex.map { file.meetings[$0] }
            return [
                link(file.newcomer?.name ?? "", to: SiteURL.programme(file.id).path),
                text(file.unit?.name ?? ""),
                text(t.variant(file.programme.programmeVariant)),
                text(ctx.dates.shortDay(file.programme.firstLocalDay.instant(at: .init(hour: 12), in: file.timeZone))),
                text(Components.stageText(file.stage(now: now), t)),
                Components.nextMeetingCell(next, ctx),
                flags(file, attention, ctx, now: now),
            ]
        }
        return Layout.page(ctx, title: t.coordinatorTitle, [
            el("h1", t.coordinatorTitle),
            el("p", t.coordinatorIntro),
            el("p", [], [link(t.navRegisterNewHire, to: SiteURL.newProgramme.path, [.class("button")])]),
            alerts(ctx, files, attention, now: now),
            filterForm(ctx, filter, units: units),
            files.isEmpty ? el("p", filter.isActive ? t.noProgrammesMatch : t.noProgrammes) : Components.table(
                label: t.coordinatorTitle,
                caption: t.programmeCount(files.count),
                headers: [t.newcomerColumn, t.unitColumn, t.variantColumn, t.firstDayColumn, t.stageColumn, t.nextMeetingColumn, t.overdueColumn],
                rows: rows),
            when(filter.stagePart != .finished, el("p", [.class("hint")], t.overviewEndedHint(months: endedShownForDays * 12 / 365))),
            closingInvitations(ctx, files, now: now),
        ])
    }

    /// Every alert of the programmes shown, as facts.
    static func alerts(of files: [ProgrammeFile], _ attention: Attention, now: Date) -> [ProgrammeAlert] {
        var alerts: [ProgrammeAlert] = []
        for file in files where !file.isEnded(now: now) {
            let id = file.id
            let today = LocalDate(now, in: file.timeZone)
            let progress = file.progress(now: now)
            if attention.mentorChangeAskedFor.contains(id) { alerts.append(.init(kind: .mentorChangeAsked, programme: id)) }
            if let days = Alerts.quietFor(lastHeld: progress.lastHeldAt.map { LocalDate($0, in: file.timeZone) },
                                          firstDay: file.programme.firstLocalDay, today: today) {
                alerts.append(.init(kind: .noMeetingForAMonth, programme: id, count: days))
            }
            if progress.overdueCount > 0 { alerts.append(.init(kind: .meetingsOverdue, programme: id, count: progress.overdueCount)) }
            if file.needsPlanning(now: now) { alerts.append(.init(kind: .fewerThanTwoPlanned, programme: id)) }
            if let talk = file.firstMeeting(.developmentTalk),
               let days = Alerts.talkDueIn(talk: file.date(of: talk), held: talk.isHeld, today: today) {
                alerts.append(.init(kind: .developmentTalkDue, programme: id, count: days))
            }
            if attention.evaluationOverdue.contains(id) { alerts.append(.init(kind: .evaluationOverdue, programme: id)) }
            if let waiting = attention.checklistWaiting[id] { alerts.append(.init(kind: .checklistWaiting, programme: id, count: waiting)) }
        }
        return Alerts.ordered(alerts)
    }

    static func alertText(_ alert: ProgrammeAlert, _ t: any Texts) -> String {
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

    /// The alerts of the programmes shown, most urgent first.
    private static func alerts(_ ctx: PageContext, _ files: [ProgrammeFile], _ attention: Attention, now: Date) -> HTMLNode {
        let t = ctx.texts
        let names = Dictionary(uniqueKeysWithValues: files.map { ($0.id, $0.newcomer?.name ?? "") })
        let list = alerts(of: files, attention, now: now)
        return el("section", [.aria("labelledby", "alerts-heading")], [
            el("h2", [.id("alerts-heading")], t.alertsHeading),
            list.isEmpty ? el("p", [.class("muted")], t.noAlerts)
                : el("ol", [.class("alerts")], list.map { alert in
                    el("li", [], [link(names[alert.programme] ?? "", to: SiteURL.programme(alert.programme).path),
                                  text(": "), el("span", [.class("status overdue")], alertText(alert, t))])
                }),
        ])
    }

    /// Narrow the overview to a unit and a part of the programme.
    private static func filterForm(_ ctx: PageContext, _ filter: Filter, units: [OrganisationUnit]) -> HTMLNode {
        let t = ctx.texts
        return Components.filterForm(ctx, action: SiteURL.programmes, [
            Components.filterSelect(ctx, "unit", t.unitLabel, units.map { ($0.id!.uuidString.lowercased(), $0.name) },
                                    filter.unitID?.uuidString.lowercased()),
            Components.filterSelect(ctx, "part", t.filterPartLabel, ProgrammeStage.Part.allCases.map { ($0.rawValue, t.part($0)) },
                                    filter.stagePart?.rawValue),
        ])
    }

    /// The mentoring's closing meetings in the coming weeks: the coordinator joins their evaluation.
    private static func closingInvitations(_ ctx: PageContext, _ files: [ProgrammeFile], now: Date) -> HTMLNode {
        let t = ctx.texts
        let horizon = now.addingTimeInterval(Double(EvaluationRules.closingInvitationWeeks) * 7 * 86_400)
        let closings = files.compactMap { file in
            file.firstMeeting(.mentoringClosing).flatMap { $0.isOpen && $0.startsAt >= now && $0.startsAt <= horizon ? (file, $0) : nil }
        }.sorted { $0.1.startsAt < $1.1.startsAt }
        return el("section", [.aria("labelledby", "invitations-heading")], [
            el("h2", [.id("invitations-heading")], t.closingInvitationsTitle),
            closings.isEmpty ? el("p", [.class("muted")], t.noClosingInvitations)
                : el("ul", [], closings.map { file, meeting in
                    el("li", [], [
                        link(file.newcomer?.name ?? "", to: SiteURL.meeting(meeting.id).path),
                        text(" · "), Components.time(meeting.startsAt, ctx),
                    ])
                }),
        ])
    }

    /// What needs the coordinator's attention in one programme: the same alerts as the list.
    private static func flags(_ file: ProgrammeFile, _ attention: Attention, _ ctx: PageContext, now: Date) -> HTMLNode {
        let flags = alerts(of: [file], attention, now: now).map { el("span", [.class("status overdue")], alertText($0, ctx.texts)) }
        return flags.isEmpty ? text(ctx.texts.nothingOverdue) : el("span", [.class("flags")], flags)
    }
}
