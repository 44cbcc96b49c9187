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
    }

    static func render(_ ctx: PageContext, files: [ProgrammeFile], attention: Attention, now: Date) -> Response {
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
                flags(file, progress, attention, ctx, now: now),
            ]
        }
        return Layout.page(ctx, title: t.coordinatorTitle, [
            el("h1", t.coordinatorTitle),
            el("p", t.coordinatorIntro),
            el("p", [], [link(t.navRegisterNewHire, to: SiteURL.newProgramme.path, [.class("button")])]),
            files.isEmpty ? el("p", t.noProgrammes) : Components.table(
                label: t.coordinatorTitle,
                caption: t.programmeCount(files.count),
                headers: [t.newcomerColumn, t.unitColumn, t.variantColumn, t.firstDayColumn, t.stageColumn, t.nextMeetingColumn, t.overdueColumn],
                rows: rows),
            closingInvitations(ctx, files, now: now),
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

    /// What needs the coordinator's attention: facts only.
    private static func flags(_ file: ProgrammeFile, _ progress: ProgrammeProgress, _ attention: Attention, _ ctx: PageContext,
                              now: Date) -> HTMLNode {
        let t = ctx.texts
        var flags: [HTMLNode] = []
        if progress.overdueCount > 0 { flags.append(el("span", [.class("status overdue")], t.overdueMeetings(progress.overdueCount))) }
        if file.needsPlanning(now: now) { flags.append(el("span", [.class("status overdue")], t.flagFewerThanTwo)) }
        if attention.evaluationOverdue.contains(file.id) { flags.append(el("span", [.class("status overdue")], t.evaluationOverdueFlag)) }
        if let waiting = attention.checklistWaiting[file.id] {
            flags.append(el("span", [.class("status overdue")], t.checklistWaitingFlag(waiting)))
        }
        if attention.mentorChangeAskedFor.contains(file.id) { flags.append(el("span", [.class("status overdue")], t.mentorChangeRequestedFlag)) }
        return flags.isEmpty ? text(t.nothingOverdue) : el("span", [.class("flags")], flags)
    }
}
