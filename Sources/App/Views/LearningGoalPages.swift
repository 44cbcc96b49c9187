import Foundation
import GodstartCore
import Vapor

enum LearningGoalPages {
    enum AddError {
        case catalogue(String)
        case own(String)
    }

    /// What the goal form shows: the saved goal, or what was just typed.
    struct GoalInput {
        var title: String
        var note: String
        var status: LearningGoalStatus
        var roles: [MentorRole]
        var meetings: Set<UUID>
        var forDevelopmentTalk: Bool

        init(title: String, note: String, status: LearningGoalStatus, roles: [MentorRole], meetings: Set<UUID>, forDevelopmentTalk: Bool) {
            self.title = title
            self.note = note
            self.status = status
            self.roles = roles
            self.meetings = meetings
            self.forDevelopmentTalk = forDevelopmentTalk
        }

        init(_ goal: LearningGoal, _ loaded: LearningGoalController.Loaded) {
            self.init(title: goal.ownTitle ?? "", note: goal.note, status: goal.goalStatus, roles: goal.roles,
                      meetings: loaded.meetingsByGoal[goal.id!] ?? [], forDevelopmentTalk: goal.forDevelopmentTalk)
        }
    }

    static func list(_ ctx: PageContext, _ loaded: LearningGoalController.Loaded, typedOwn: String?, error: AddError?) -> Response {
        let t = ctx.texts
        let file = loaded.file
        var catalogueError: String?
        var ownError: String?
        switch error {
        case .catalogue(let message): catalogueError = message
        case .own(let message): ownError = message
        case nil: break
        }
        let rows: [[HTMLNode]] = loaded.goals.map { goal in
            [
                .group([link(loaded.title(of: goal, in: ctx.language), to: SiteURL.learningGoal(goal.id).path),
                        when(goal.ownTitle != nil, el("span", [.class("muted")],
                                                      " (\(loaded.fromIntroduction.contains(goal.id!) ? t.fromIntroductionMarker : t.ownGoalMarker))"))]),
                el("span", [.class("status goal-\(goal.goalStatus.rawValue)")], t.learningGoalStatus(goal.goalStatus)),
                text(goal.roles.isEmpty ? t.noRoleChosen : goal.roles.map(t.mentorRoleName).joined(separator: ", ")),
                text(t.meetingCount(loaded.meetingsByGoal[goal.id!]?.count ?? 0)),
            ]
        }
        return Layout.page(ctx, title: t.learningGoalsTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.learningGoalsTitle),
            el("p", t.learningGoalsIntro),
            Form.errorSummary(ctx, [catalogueError.map { ("catalogue", $0) }, ownError.map { ("own", $0) }].compactMap { $0 }),
            loaded.goals.isEmpty ? el("p", [.class("muted")], t.noGoalsYet)
                : Components.table(label: t.learningGoalsTitle, headers: [t.goalColumn, t.goalStatusColumn, t.goalRoleColumn, t.goalMeetingsColumn],
                                   rows: rows),
            el("div", [.class("cards")], [
                el("section", [.class("card"), .aria("labelledby", "add-catalogue-heading")], [
                    el("h2", [.id("add-catalogue-heading")], t.addGoalFromCatalogue),
                    el("form", [.methodPost, .action(SiteURL.learningGoals(file.id).path)], [
                        Form.csrf(ctx),
                        .void("input", [.type("hidden"), .name("source"), .value("catalogue")]),
                        Form.select("catalogue", label: t.catalogueGoalLabel,
                                    options: loaded.choosable.map { Form.Option(value: $0.id!.uuidString, label: $0.title(in: ctx.language)) },
                                    selected: nil, placeholder: t.chooseCatalogueGoal, error: catalogueError),
                        Form.submit(t.addGoalButton, secondary: true),
                    ]),
                ]),
                el("section", [.class("card"), .aria("labelledby", "add-own-heading")], [
                    el("h2", [.id("add-own-heading")], t.addOwnGoal),
                    el("form", [.methodPost, .action(SiteURL.learningGoals(file.id).path), Attr("novalidate", nil)], [
                        Form.csrf(ctx),
                        .void("input", [.type("hidden"), .name("source"), .value("own")]),
                        Form.input("own", label: t.ownGoalLabel, value: typedOwn, error: ownError, hint: t.ownGoalHint),
                        Form.submit(t.addGoalButton, secondary: true),
                    ]),
                ]),
            ]),
        ])
    }

    static func goal(_ ctx: PageContext, _ loaded: LearningGoalController.Loaded, _ goal: LearningGoal, typed: GoalInput,
                     errors: [String: String]) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let title = loaded.title(of: goal, in: ctx.language)
        let manager = file.person(.manager)?.name ?? ""
        let meetings = loaded.mentoringMeetings
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.backToLearningGoals, to: SiteURL.learningGoals(file.id).path)]),
            el("h1", title),
            Form.errorSummary(ctx, errors.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            when(!loaded.canWrite(goal), el("p", [.class("notice")], t.earlierGoalReadOnly)),
            el("form", [.methodPost, .action(SiteURL.learningGoal(goal.id).path), Attr("novalidate", nil)], [.group([
                Form.csrf(ctx),
                when(goal.ownTitle != nil, Form.input("title", label: t.goalTitleLabel, value: typed.title, error: errors["title"], maxLength: LearningGoalRules.maximumTitleLength)),
                Form.radios("status", legend: t.goalStatusLegend,
                            options: LearningGoalStatus.allCases.map { Form.Option(value: $0.rawValue, label: t.learningGoalStatus($0)) },
                            selected: typed.status.rawValue),
                el("fieldset", [.class("field"), .aria("describedby", "role-hint")], [
                    el("legend", t.mentorRoleLegend),
                    el("p", [.class("hint"), .id("role-hint")], t.mentorRoleHint),
                    .group(MentorRole.allCases.map { role in
                        Form.checkbox("role-\(role.rawValue)", name: "role[]", value: role.rawValue, label: t.mentorRoleName(role),
                                      checked: typed.roles.contains(role), hint: t.mentorRoleDescription(role))
                    }),
                ]),
                Form.textarea("note", label: t.goalNoteLabel, value: typed.note, error: errors["note"], hint: t.goalNoteHint, rows: 5),
                el("fieldset", [.class("field")], [
                    el("legend", t.goalMeetingsLegend),
                    meetings.isEmpty ? el("p", [.class("muted")], t.noMentoringMeetingsYet) : el("p", [.class("hint")], t.goalMeetingsHint),
                ] + meetings.map { meeting in
                    let id = "meeting-\(meeting.id!.uuidString.lowercased())"
                    return el("div", [.class("checkbox")], [
                        .void("input", [.type("checkbox"), .id(id), .name("meetings[]"), .value(meeting.id!.uuidString)]
                              + (typed.meetings.contains(meeting.id!) ? [.checked] : [])),
                        el("label", [.for(id)], "\(ctx.dates.day(meeting.startsAt)): \(Components.meetingTitle(meeting, t))"),
                    ])
                }),
                loaded.isMentee
                    ? Form.checkbox("talk", label: t.bringToDevelopmentTalk(manager: manager), checked: typed.forDevelopmentTalk,
                                    hint: t.bringToDevelopmentTalkHint)
                    : when(typed.forDevelopmentTalk, el("p", [.class("notice")], t.bringToDevelopmentTalk(manager: manager))),
                Form.submit(t.saveGoal),
            ])].map { fields in
                // A goal the person may only read shows its values in a disabled fieldset, with no way to save.
                loaded.canWrite(goal) ? fields : el("fieldset", [Attr("disabled", nil), .class("read-only")], [fields])
            }),
            when(loaded.canWrite(goal), el("form", [.methodPost, .action(SiteURL.learningGoalRemoval(goal.id).path), .class("actions")], [
                Form.csrf(ctx), Form.submit(t.removeGoal, secondary: true),
            ])),
        ])
    }
}
