import Foundation
import GodstartCore
import Vapor

enum ProgrammePage {
    static func render(_ ctx: PageContext, file: ProgrammeFile, relations: Set<ProgrammeRelation>, coordinator: Person?, now: Date) -> Response {
        let t = ctx.texts
        let title = t.programmeTitle(name: file.newcomer?.name ?? "")
        let visible = file.visibleMeetings(for: relations, now: now)
        let onlyFirstWeeks = relations.contains(.buddy) && visible.count < file.meetings.count
        let talk = file.firstMeeting(.developmentTalk)
        return Layout.page(ctx, title: title, [
            el("h1", title),
            el("section", [.aria("labelledby", "facts-heading")], [
                el("h2", [.id("facts-heading")], t.programmeFacts),
                el("dl", [.class("facts")], [
                    el("dt", t.stageColumn), el("dd", Components.stageText(file.stage(now: now), t)),
                    el("dt", t.variantLabel), el("dd", t.variant(file.programme.programmeVariant)),
                    el("dt", t.unitLabel), el("dd", file.unit?.name ?? ""),
                    el("dt", t.firstDayLabel), el("dd", ctx.dates.day(file.programme.firstLocalDay)),
                    talk.map { .group([el("dt", t.developmentTalkLabel), el("dd", ctx.dates.day($0.startsAt))]) } ?? .empty,
                ]),
            ]),
            el("section", [.aria("labelledby", "people-heading")], [
                el("h2", [.id("people-heading")], t.whoIsWho),
                el("p", [], [el("span", [.class("role")], t.role(.newcomer)), file.newcomer.map(Components.personCard) ?? .empty]),
                Components.people(file, coordinator: coordinator, ctx),
            ]),
            el("section", [.aria("labelledby", "plan-heading")], [
                el("h2", [.id("plan-heading")], t.planTitle),
                when(onlyFirstWeeks, el("p", [.class("hint")], t.buddyOnlySeesFirstWeeks)),
                Components.plan(visible, ctx, now: now),
            ]),
        ])
    }
}
