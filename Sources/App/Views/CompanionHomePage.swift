import Foundation
import GodstartCore
import Vapor

/// The home of contact persons, mentors and buddies: their new hires and their next meetings.
enum CompanionHomePage {
    static func render(_ ctx: PageContext, person: Person, files: [ProgrammeFile], now: Date) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = files.map { file in
            let relations = file.relations(of: person)
            let roles = [(ProgrammeRelation.contactPerson, ProgrammeRole.contactPerson), (.mentor, .mentor), (.buddy, .buddy)]
                .filter { relations.contains($0.0) }.map { t.role($0.1) }.joined(separator: ", ")
            let next = file.visibleMeetings(for: relations, now: now).first { $0.isOpen && $0.startsAt >= now }
            let stage = text(Components.stageText(file.stage(now: now), t))
            return [
                link(file.newcomer?.name ?? "", to: SiteURL.programme(file.id).path),
                text(roles),
                relations.contains(.mentor) && file.needsPlanning(now: now)
                    ? .group([stage, text(" "),
                              link(t.flagFewerThanTwo, to: SiteURL.newMeeting(file.id).path, [.class("status overdue")])])
                    : stage,
                Components.nextMeetingCell(next, ctx),
            ]
        }
        // Meetings this person takes part in, soonest first.
        let upcoming: [(ProgrammeFile, Meeting)] = files.flatMap { file in
            let relations = file.relations(of: person)
            return file.meetings
                .filter { $0.isOpen && $0.startsAt >= now && Relations.isParticipant(relations, in: $0.meetingKind) }
                .map { (file, $0) }
        }.sorted { $0.1.startsAt < $1.1.startsAt }
        return Layout.page(ctx, title: t.yourNewcomers, [
            el("h1", t.yourNewcomers),
            files.isEmpty ? el("p", t.noNewcomers)
                : Components.table(label: t.yourNewcomers, headers: [t.newcomerColumn, t.yourRoleColumn, t.stageColumn, t.nextMeetingColumn], rows: rows),
            el("section", [.aria("labelledby", "upcoming-heading")], [
                el("h2", [.id("upcoming-heading")], t.yourNextMeetings),
                upcoming.isEmpty ? el("p", t.noMeetingsAhead) : el("ul", [.class("meeting-list")], upcoming.prefix(10).map { file, meeting in
                    el("li", [], [
                        link(Components.meetingTitle(meeting, t), to: SiteURL.meeting(meeting.id).path),
                        text(" · \(file.newcomer?.name ?? "") · "),
                        Components.time(meeting.startsAt, ctx),
                    ])
                }),
            ]),
        ])
    }
}
