import Foundation
import GodstartCore
import Vapor

/// The home of contact persons, mentors and buddies: their new hires and their next meetings.
enum CompanionHomePage {
    static func render(_ ctx: PageContext, person: Person, files: [ProgrammeView], socialTasks: [ChecklistItem], now: Date) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = files.map { file in
            let relations = file.relations(of: person)
            let roles = [(ProgrammeRelation.contactPerson, ProgrammeRole.contactPerson), (.mentor, .mentor), (.buddy, .buddy)]
                .filter { relations.contains($0.0) }.map { t.role($0.1) }.joined(separator: ", ")
            let next = file.nextMeeting(takenPartInBy: relations, now: now)
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
        // Meetings this person takes part in, soonest first: sorted by their times read once, with
        // the new hire's name, not by copies of whole programmes (issue 24).
        let upcoming: [(startsAt: Date, meeting: MeetingRow, newcomer: String)] = files.flatMap { file in
            let relations = file.relations(of: person)
            let newcomer = file.newcomer?.name ?? ""
            return file.meetings.compactMap { meeting -> (startsAt: Date, meeting: MeetingRow, newcomer: String)? in
                let startsAt = meeting.startsAt
                guard startsAt >= now, meeting.isOpen, Relations.isParticipant(relations, in: meeting.meetingKind) else { return nil }
                return (startsAt, meeting, newcomer)
            }
        }.sorted { $0.startsAt < $1.startsAt }
        return Layout.page(ctx, title: t.yourNewcomers, [
            el("h1", t.yourNewcomers),
            overdueSection(ctx, person: person, files: files, now: now),
            files.isEmpty ? el("p", t.noNewcomers)
                : Components.table(label: t.yourNewcomers, headers: [t.newcomerColumn, t.yourRoleColumn, t.stageColumn, t.nextMeetingColumn], rows: rows),
            socialTasksSection(ctx, files, socialTasks),
            el("section", [.aria("labelledby", "upcoming-heading")], [
                el("h2", [.id("upcoming-heading")], t.yourNextMeetings),
                upcoming.isEmpty ? el("p", t.noMeetingsAhead) : el("ul", [.class("meeting-list")], upcoming.prefix(10).map { startsAt, meeting, newcomer in
                    el("li", [], [
                        link(Components.meetingTitle(meeting, t), to: SiteURL.meeting(meeting.id).path),
                        text(" · \(newcomer) · "),
                        Components.time(startsAt, ctx),
                    ])
                }),
            ]),
        ])
    }

    /// The meetings this person took part in whose day is over and that nobody has marked as held:
    /// the coordinator's overview flags them, and whoever was there is the one to mark them.
    private static func overdueSection(_ ctx: PageContext, person: Person, files: [ProgrammeView], now: Date) -> HTMLNode {
        let t = ctx.texts
        let today = LocalDate(now, in: ctx.dates.timeZone)
        let overdue: [(meeting: MeetingRow, newcomer: String)] = files.flatMap { file -> [(meeting: MeetingRow, newcomer: String)] in
            let relations = file.relations(of: person)
            return file.meetings.filter {
                Relations.isParticipant(relations, in: $0.meetingKind) && ProgrammeProgress.isOverdue($0.fact, today: today, timeZone: ctx.dates.timeZone)
            }.map { (meeting: $0, newcomer: file.newcomer?.name ?? "") }
        }.sorted { $0.meeting.startsAt < $1.meeting.startsAt }
        guard !overdue.isEmpty else { return .empty }
        return el("section", [.aria("labelledby", "attention-heading")], [
            el("h2", [.id("attention-heading")], t.alertsHeading),
            el("ul", [.class("meeting-list")], overdue.map { meeting, newcomer in
                el("li", [], [
                    link(Components.meetingTitle(meeting, t), to: SiteURL.meeting(meeting.id).path),
                    text(" · \(newcomer) · \(ctx.dates.shortDay(meeting.startsAt)) · "),
                    el("span", [.class("status overdue")], t.notMarkedAsHeld),
                ])
            }),
        ])
    }

    /// The buddy's social tasks for each new hire, with a way to tick them off on the checklist.
    private static func socialTasksSection(_ ctx: PageContext, _ files: [ProgrammeView], _ tasks: [ChecklistItem]) -> HTMLNode {
        let t = ctx.texts
        guard !tasks.isEmpty else { return .empty }
        return el("section", [.aria("labelledby", "social-heading")], [
            el("h2", [.id("social-heading")], t.socialTasksTitle),
            el("p", [.class("hint")], t.socialTasksIntro),
            .group(files.compactMap { file in
                let own = tasks.filter { $0.$programme.id == file.id }
                guard !own.isEmpty else { return nil }
                let firstDay = file.programme.firstLocalDay
                return .group([
                    el("h3", [], [link(file.newcomer?.name ?? "", to: SiteURL.checklist(file.id).path)]),
                    el("ul", [.class("meeting-list")], own.map { item in
                        let weeks = item.window.weeks(firstDay: firstDay)
                        return el("li", [], [
                            link(item.title(t), to: SiteURL.checklist(file.id).path + "#item-\(item.id!.uuidString.lowercased())"),
                            text(" · \(t.checklistWeeks(from: weeks.lowerBound, to: weeks.upperBound)) · "),
                            el("span", [.class(item.state == .covered ? "status held" : "status planned")],
                               item.state == .covered ? t.checklistCoveredOn(date: ctx.dates.shortDay(item.coveredAt ?? Date())) : t.checklistOpen),
                        ])
                    }),
                ])
            }),
        ])
    }
}
