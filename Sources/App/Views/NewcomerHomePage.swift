import Foundation
import Vapor

enum NewcomerHomePage {
    static func render(_ ctx: PageContext, person: Person, file: ProgrammeView?, coordinator: PersonRow?, now: Date) -> Response {
        let t = ctx.texts
        guard let file else {
            return Layout.page(ctx, title: t.welcome(name: person.name), [
                el("h1", t.welcome(name: person.name)),
                el("p", t.noProgrammeYet),
            ])
        }
        let stage = file.stage(now: now)
        let next = file.nextMeeting(now: now)
        return Layout.page(ctx, title: t.welcome(name: person.name), [
            el("h1", t.welcome(name: person.name)),
            el("div", [.class("cards")], [
                el("section", [.class("card"), .aria("labelledby", "stage-heading")], [
                    el("h2", [.id("stage-heading")], t.whereYouAreNow),
                    el("p", [.class("big")], Components.stageText(stage, t)),
                    el("p", [.class("muted")], "\(t.variant(file.programme.programmeVariant)) · \(t.firstDayLabel): \(ctx.dates.day(file.programme.firstLocalDay))"),
                ]),
                el("section", [.class("card"), .aria("labelledby", "next-heading")], [
                    el("h2", [.id("next-heading")], t.nextMeeting),
                    next.map { meeting in
                        .group([
                            el("p", [.class("big")], [link(Components.meetingTitle(meeting, t), to: SiteURL.meeting(meeting.id).path)]),
                            el("p", [], [Components.time(meeting.startsAt, ctx)]),
                            el("p", [.class("muted")], meeting.place ?? t.placeNotSet),
                        ])
                    } ?? el("p", t.noNextMeeting),
                ]),
            ]),
            el("section", [.aria("labelledby", "mentoring-heading")], [
                el("h2", [.id("mentoring-heading")], t.yourMentoring),
                Components.mentoringTools(ctx, file, [.newcomer]),
                // Links to other pages mean nothing on paper.
                el("p", [.class("no-print")], [link(t.yourWholeProgramme, to: SiteURL.programme(file.id).path), text(" · "),
                             link(t.askForNewMentor, to: SiteURL.mentorChange(file.id).path)]),
            ]),
            el("section", [.aria("labelledby", "people-heading")], [
                el("h2", [.id("people-heading")], t.whoIsWho),
                Components.people(file, coordinator: coordinator, ctx),
                el("p", [.class("no-print")], [link(t.openWhoDoesWhat, to: SiteURL.whoDoesWhat(file.id).path), text(" · "),
                             link(t.knowledgeTitle, to: SiteURL.knowledgePersons.path)]),
            ]),
            el("section", [.aria("labelledby", "plan-heading")], [
                el("h2", [.id("plan-heading")], t.yourPlan),
                Components.planAheadPrompt(file, relations: [.newcomer], ctx, now: now),
                el("div", [.class("actions")], [link(t.openChecklist, to: SiteURL.checklist(file.id).path, [.class("button secondary")]),
                                                 link(t.openSchedule, to: SiteURL.schedule(file.id).path, [.class("button secondary")])]),
                Components.plan(file.meetings, ctx, now: now),
            ]),
        ])
    }
}
