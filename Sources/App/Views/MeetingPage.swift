import Foundation
import GodstartCore
import Vapor

enum MeetingPage {
    static func render(
        _ ctx: PageContext, _ loaded: MeetingController.Loaded, notes: [AgendaPoint: String],
        errors: [AgendaPoint: String], homework: String?, now: Date
    ) -> Response {
        let t = ctx.texts
        let meeting = loaded.meeting
        let file = loaded.file
        let kind = meeting.meetingKind
        let title = Components.meetingTitle(meeting, t)
        let participants: [HTMLNode] = kind.participants.map { role in
            let person = file.person(role)
            return el("li", [], [
                el("span", [.class("role")], t.role(role)),
                text(person?.name ?? t.notAssigned),
                when(role == kind.leader, el("span", [.class("muted")], " (\(t.leadsTheMeeting))")),
            ])
        }
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", title),
            el("dl", [.class("facts")], [
                el("dt", t.whenColumn), el("dd", children: [Components.time(meeting.startsAt, ctx)]),
                el("dt", t.minutesLabel), el("dd", String(meeting.minutes)),
                el("dt", t.placeLabel), el("dd", meeting.place ?? t.placeNotSet),
                el("dt", t.statusLabel), el("dd", children: [Components.status(meeting, ctx, now: now)]),
            ]),
            el("p", [], [link(t.addToCalendar, to: SiteURL.meetingCalendarFile(meeting.id).path, [Attr("download", nil)])]),
            when(loaded.permissions.changePlan, actions(ctx, meeting, canMarkHeld: HeldRule.canMarkHeld(
                meetingStartsAt: meeting.startsAt, now: now, timeZone: file.timeZone))),
            when(meeting.isCancelled, el("p", [.class("notice")], t.meetingCancelled)),
            el("section", [.aria("labelledby", "participants-heading")], [
                el("h2", [.id("participants-heading")], t.participantsTitle),
                el("ul", [.class("participants")], participants),
                loaded.invitedCoordinator.map { el("p", [.class("hint")], t.coordinatorInvitedToEvaluation(name: $0.name)) } ?? .empty,
                when(loaded.earlierNotesHidden, el("p", [.class("notice")], t.earlierMentoringNotShown)),
            ]),
            loaded.uncoveredItems.map { count in
                el("div", [.class("notice")], [
                    when(count > 0, el("p", t.uncoveredAtClosing(count))),
                    when(count > 0, el("p", [], [link(t.goThroughUncovered, to: SiteURL.checklist(file.id).path)])),
                    when(!loaded.relations.isDisjoint(with: [.newcomer, .contactPerson, .manager]),
                         el("p", [], [link(t.openStartMentoring, to: SiteURL.mentoringStart(file.id).path, [.class("button")])])),
                ])
            } ?? .empty,
            el("section", [.aria("labelledby", "agenda-heading")], [
                el("h2", [.id("agenda-heading")], t.agendaTitleHeading),
                agenda(ctx, loaded, notes: notes, errors: errors, homework: homework),
            ]),
            .group(loaded.earlierNotes.enumerated().map { earlierNotes(ctx, kind, $0.element, headingID: "earlier-notes-\($0.offset)") }),
            when(kind.part == .mentoring && AccessPolicy.decide(loaded.relations, .learningGoals, .write, AccessContext(part: .mentoring)) == .allow,
                 mentoringLinks(ctx, file, kind)),
            when(!loaded.goals.isEmpty, el("section", [.aria("labelledby", "goals-heading")], [
                el("h2", [.id("goals-heading")], t.goalsWorkedOnInMeeting),
                el("ul", [], loaded.goals.map { el("li", [], [link($0.title, to: SiteURL.learningGoal($0.id).path)]) }),
            ])),
            when(!loaded.journals.isEmpty, el("section", [.aria("labelledby", "journals-heading")], [
                el("h2", [.id("journals-heading")], t.journalsForThisMeeting),
                el("ul", [], loaded.journals.map { el("li", [], [link($0.title, to: SiteURL.journal($0.id).path)]) }),
            ])),
            when(kind == .dialogueMeeting && loaded.permissions.notes == .allow, GuideComponents.guides(ctx)),
        ])
    }

    /// The mentoring's shared pages, at hand during the meeting.
    private static func mentoringLinks(_ ctx: PageContext, _ file: ProgrammeView, _ kind: MeetingKind) -> HTMLNode {
        let t = ctx.texts
        return el("div", [.class("actions")], [
            when(kind == .mentoringStart, link(t.openAgreement, to: SiteURL.agreement(file.id).path, [.class("button secondary")])),
            link(t.openLearningGoals, to: SiteURL.learningGoals(file.id).path, [.class("button secondary")]),
            link(t.openCompetencePlan, to: SiteURL.competencePlan(file.id).path, [.class("button secondary")]),
        ])
    }

    private static func actions(_ ctx: PageContext, _ meeting: Meeting, canMarkHeld: Bool) -> HTMLNode {
        let t = ctx.texts
        let cancelForm = el("form", [.methodPost, .action(SiteURL.meetingCancel(meeting.id).path)], [
            Form.csrf(ctx),
            .void("input", [.type("hidden"), .name("restore"), .value(meeting.isCancelled ? "yes" : "no")]),
            Form.submit(meeting.isCancelled ? t.restoreMeeting : t.cancelMeeting, secondary: true),
        ])
        if meeting.isCancelled { return el("div", [.class("actions")], [cancelForm]) }
        let heldForm: HTMLNode
        if meeting.isHeld {
            heldForm = el("form", [.methodPost, .action(SiteURL.meetingHeld(meeting.id).path)], [
                Form.csrf(ctx), .void("input", [.type("hidden"), .name("held"), .value("no")]),
                Form.submit(t.markAsNotHeld, secondary: true),
            ])
        } else if canMarkHeld {
            heldForm = el("form", [.methodPost, .action(SiteURL.meetingHeld(meeting.id).path)], [
                Form.csrf(ctx), Form.submit(t.markAsHeld),
            ])
        } else {
            heldForm = el("p", [.class("hint")], t.heldFromItsDay)
        }
        return el("div", [.class("actions")], [
            heldForm,
            link(t.moveMeeting, to: SiteURL.meetingMove(meeting.id).path, [.class("button secondary")]),
            when(!meeting.isHeld, cancelForm),
        ])
    }

    /// What an earlier mentorship wrote in this meeting, read only.
    private static func earlierNotes(_ ctx: PageContext, _ kind: MeetingKind, _ earlier: MeetingController.EarlierNotes,
                                     headingID: String) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", headingID), .class("earlier-notes")], [
            el("h2", [.id(headingID)], t.earlierNotesTitle(mentor: earlier.mentorName)),
            el("p", [.class("hint")], t.earlierNotesHint),
            .group(kind.agenda.filter { earlier.notes[$0] != nil }.map { point in
                el("div", [.class("earlier-note")], [el("h3", "\(kind.displayNumber(of: point)). \(t.agendaTitle(point))"),
                                                     el("p", [.class("note-text")], earlier.notes[point] ?? "")])
            }),
        ])
    }

    private static func agenda(
        _ ctx: PageContext, _ loaded: MeetingController.Loaded, notes: [AgendaPoint: String], errors: [AgendaPoint: String],
        homework: String?
    ) -> HTMLNode {
        let t = ctx.texts
        let points = loaded.meeting.meetingKind.agenda
        guard loaded.permissions.notes == .allow else {
            return .group([
                el("ol", [.class("agenda")], points.map { el("li", t.agendaTitle($0)) }),
                el("p", [.class("notice")], t.notesNotVisible),
            ])
        }
        guard loaded.permissions.writeNotes, !loaded.meeting.isCancelled else {
            return el("ol", [.class("agenda")], points.map { point in
                el("li", [], [el("h3", t.agendaTitle(point)), el("p", [.class("note-text")], notes[point] ?? t.noNoteWritten)])
            })
        }
        let kind = loaded.meeting.meetingKind
        let fields: [HTMLNode] = points.map { point in
            let id = MeetingController.noteField(point)
            let error = errors[point]
            return el("div", [.class(error == nil ? "field agenda-point" : "field agenda-point has-error")], [
                el("label", [.for(id)], "\(kind.displayNumber(of: point)). \(t.agendaTitle(point))"),
                when(point == .followUp, el("p", [.class("homework")], homework.map { t.homeworkFromLastTime($0) } ?? t.noHomeworkAgreed)),
                el("p", [.class("hint"), .id("\(id)-hint")], t.agendaHint(point)),
                error.map { el("p", [.class("field-error"), .id("\(id)-error")], $0) } ?? .empty,
                el("textarea", [.id(id), .name(id), .rows(4),
                                .aria("describedby", error == nil ? "\(id)-hint" : "\(id)-hint \(id)-error")]
                    + (error == nil ? [] : [.aria("invalid", "true")]), notes[point] ?? ""),
            ])
        }
        return el("form", [.methodPost, .action(SiteURL.meetingNotes(loaded.meeting.id).path), .class("notes")], [
            Form.csrf(ctx),
            .void("input", [.type("hidden"), .name(MeetingController.mentorshipField),
                            .value(MeetingController.mentorshipMark(loaded.file.programme))]),
            el("p", [.class("hint")], t.notesPrivateHint),
            Form.errorSummary(ctx, errors.map { (MeetingController.noteField($0.key), "\(t.agendaTitle($0.key)): \($0.value)") }),
        ] + fields + [Form.submit(t.saveNotes)])
    }
}
