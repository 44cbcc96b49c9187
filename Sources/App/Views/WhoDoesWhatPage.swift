import Foundation
import GodstartCore
import Vapor

/// Every role of one programme in plain language: who holds it, what they do, and when.
enum WhoDoesWhatPage {
    static func render(_ ctx: PageContext, _ file: ProgrammeFile, coordinator: PersonRow?) -> Response {
        let t = ctx.texts
        let name = file.newcomer?.name ?? ""
        func day(_ kind: MeetingKind) -> String? { file.firstMeeting(kind).map { ctx.dates.day($0.startsAt) } }
        let firstDay = ctx.dates.day(file.programme.firstLocalDay)
        let whens: [ProgrammeRole: String] = [
            .newcomer: t.whenWholeProgramme(from: firstDay, to: day(.developmentTalk) ?? day(.mentoringClosing) ?? ""),
            .contactPerson: t.whenIntroduction(from: firstDay, to: day(.introductionClosing) ?? ""),
            .mentor: t.whenMentoring(from: day(.mentoringStart) ?? "", to: day(.mentoringClosing) ?? ""),
            .buddy: t.whenFirstWeeks(until: ctx.dates.day(file.programme.firstLocalDay.adding(weeks: Relations.buddyWindowWeeks))),
            .manager: t.whenThroughout,
            .coordinator: t.whenThroughout,
        ]
        let roles: [(ProgrammeRole, (any PersonRecord)?)] = [
            (.newcomer, file.newcomer), (.contactPerson, file.person(.contactPerson)), (.mentor, file.person(.mentor)),
            (.buddy, file.person(.buddy)), (.manager, file.person(.manager)), (.coordinator, coordinator),
        ]
        let sameContactAndMentor = file.programme.$contactPerson.id == file.programme.$mentor.id
        return Layout.page(ctx, title: t.whoDoesWhatTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: name), to: SiteURL.programme(file.id).path)]),
            el("h1", t.whoDoesWhatTitle),
            el("p", t.whoDoesWhatIntro(name: name)),
            when(sameContactAndMentor, el("p", [.class("notice")], t.roleSwitch(
                name: file.person(.mentor)?.name ?? "", date: day(.mentoringStart) ?? ""))),
            el("div", [.class("cards")], roles.map { role, person in
                el("section", [.class("card"), .aria("labelledby", "role-\(role.rawValue)")], [
                    el("h2", [.id("role-\(role.rawValue)")], t.role(role)),
                    el("p", [], [person.map { Components.personCard($0) } ?? el("span", [.class("muted")], t.notAssigned)]),
                    el("p", t.roleDuty(role)),
                    el("p", [.class("muted")], whens[role] ?? ""),
                ])
            }),
        ])
    }
}
