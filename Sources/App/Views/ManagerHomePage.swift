import Foundation
import Vapor

/// The manager sees progress: stage, meetings held, the next meeting. Never what was said.
enum ManagerHomePage {
    static func render(_ ctx: PageContext, files: [ProgrammeView], unitNames: [UUID: String], now: Date) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = files.map { file in
            let progress = file.progress(now: now)
            let next = progress.nextIndex.map { file.meetings[$0] }
            return [
                link(file.newcomer?.name ?? "", to: SiteURL.programme(file.id).path),
                text(unitNames[file.programme.$unit.id] ?? ""),
                text(Components.stageText(file.stage(now: now), t)),
                text(t.meetingsHeld(progress.heldCount, of: progress.total)),
                text(progress.lastHeldAt.map { ctx.dates.shortDay($0) } ?? t.noMeeting),
                Components.nextMeetingCell(next, ctx),
            ]
        }
        return Layout.page(ctx, title: t.managerTitle, [
            el("h1", t.managerTitle),
            el("p", t.managerIntro),
            files.isEmpty ? el("p", t.noNewcomers) : Components.table(
                label: t.managerTitle,
                headers: [t.newcomerColumn, t.unitColumn, t.stageColumn, t.meetingsHeldColumn, t.lastMeetingHeldColumn, t.nextMeetingColumn],
                rows: rows),
        ])
    }
}
