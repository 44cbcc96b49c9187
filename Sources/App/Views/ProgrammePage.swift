import Foundation
import GodstartCore
import Vapor

enum ProgrammePage {
    /// What the page may show of the mentoring's own material, decided per person.
    struct Mentoring {
        let agreement: AgreementController.Fact?
        let goals: LearningGoalController.Summary
        let canReadPlan: Bool
    }

    /// The choices of this programme made outside the rules, each with the coordinator's reason
    /// (and the single reason kept by programmes registered before issue 22).
    private static func chosenOutsideRules(_ ctx: PageContext, _ file: ProgrammeView, _ overrides: [AssignmentOverride]) -> HTMLNode {
        let t = ctx.texts
        let lines = overrides.map { t.overrideLine(name: $0.person.name, role: t.role($0.candidateRole.programmeRole), reason: $0.reason) }
            + (file.programme.assignmentOverrideReason.map { ["\"\($0)\""] } ?? [])
        guard !lines.isEmpty else { return .empty }
        return .group([el("h3", t.overridesHeading), el("ul", [.class("override-reasons")], lines.map { el("li", $0) })])
    }

    static func render(_ ctx: PageContext, file: ProgrammeView, unitName: String, relations: Set<ProgrammeRelation>, coordinator: PersonRow?,
                       mentoring: Mentoring, overrides: [AssignmentOverride] = [], earlyStart: String? = nil, alerts: [ProgrammeAlert] = [],
                       advice: [AdviceSharing.Advice] = [], now: Date) -> Response {
        let t = ctx.texts
        let title = t.programmeTitle(name: file.newcomer?.name ?? "")
        let visible = file.visibleMeetings(for: relations, now: now)
        let onlyFirstWeeks = relations.contains(.buddy) && visible.count < file.meetings.count
        let talk = file.firstMeeting(.developmentTalk)
        return Layout.page(ctx, title: title, [
            el("h1", title),
            file.programme.textsPurgedAt.map { el("p", [.class("notice")], t.programmeTextsPurged(ctx.dates.day($0))) } ?? .empty,
            el("section", [.aria("labelledby", "facts-heading")], [
                el("h2", [.id("facts-heading")], t.programmeFacts),
                el("dl", [.class("facts")], [
                    el("dt", t.stageColumn), el("dd", Components.stageText(file.stage(now: now), t)),
                    when(!alerts.isEmpty, .group([el("dt", t.alertsHeading), el("dd", [.class("flags")], alerts.map {
                        el("span", [.class("status overdue")], CoordinatorHomePage.alertText($0, t))
                    })])),
                    el("dt", t.variantLabel), el("dd", t.variant(file.programme.programmeVariant)),
                    el("dt", t.unitLabel), el("dd", unitName),
                    el("dt", t.firstDayLabel), el("dd", ctx.dates.day(file.programme.firstLocalDay)),
                    talk.map { .group([el("dt", t.developmentTalkLabel), el("dd", ctx.dates.day($0.startsAt))]) } ?? .empty,
                    mentoring.agreement.map { fact in
                        .group([el("dt", t.agreementFactLabel), el("dd", AgreementPage.statusText(
                            fact.latest, isLatest: true, mentee: file.newcomer, mentor: file.person(.mentor), ctx))])
                    } ?? .empty,
                    earlyStart.map { reason in .group([el("dt", t.stageColumn), el("dd", t.startedEarly(reason: reason))]) } ?? .empty,
                    mentoring.goals.counts.map { counts in
                        .group([el("dt", t.learningGoalsFactLabel),
                                el("dd", t.goalCounts(total: counts.total, inProgress: counts.inProgress, reached: counts.reached))])
                    } ?? .empty,
                ]),
            ]),
            el("section", [.aria("labelledby", "people-heading")], [
                el("h2", [.id("people-heading")], t.whoIsWho),
                Components.people(file, coordinator: coordinator, ctx, withNewcomer: true),
                // Links to other pages mean nothing on paper.
                el("p", [.class("no-print")], [link(t.openWhoDoesWhat, to: SiteURL.whoDoesWhat(file.id).path)]),
                when(relations.contains(.newcomer) || relations.contains(.coordinator),
                     el("p", [.class("no-print")], [link(relations.contains(.coordinator) ? t.changeMentorButton : t.askForNewMentor,
                                       to: SiteURL.mentorChange(file.id).path)])),
                when(AccessPolicy.decide(relations, .programme, .write) == .allow, chosenOutsideRules(ctx, file, overrides)),
            ]),
            when(relations.contains(.coordinator), invitation(ctx, file)),
            when(relations.contains(.coordinator) && !file.isEnded(now: now), upgrade(ctx, file)),
            Components.mentoringTools(ctx, file, relations),
            EvaluationPages.adviceSection(ctx, advice),
            broughtToTalk(ctx, file, mentoring.goals),
            el("section", [.aria("labelledby", "plan-heading")], [
                el("h2", [.id("plan-heading")], t.planTitle),
                Components.planAheadPrompt(file, relations: relations, ctx, now: now),
                when(AccessPolicy.decide(relations, .introductionChecklist, .read) == .allow,
                     el("div", [.class("actions")], [link(t.openChecklist, to: SiteURL.checklist(file.id).path, [.class("button secondary")]),
                                                 link(t.openSchedule, to: SiteURL.schedule(file.id).path, [.class("button secondary")])])),
                when(!PlanMeetingController.plannableKinds(file, relations, now: now).isEmpty,
                     el("p", [], [link(t.planMeeting, to: SiteURL.newMeeting(file.id).path, [.class("button secondary")])])),
                when(onlyFirstWeeks, el("p", [.class("hint")], t.buddyOnlySeesFirstWeeks)),
                Components.plan(visible, ctx, now: now),
            ]),
        ])
    }

    /// For the manager: the goals the mentee chose to bring to the development talk, titles and status only.
    private static func broughtToTalk(_ ctx: PageContext, _ file: ProgrammeView, _ goals: LearningGoalController.Summary) -> HTMLNode {
        let t = ctx.texts
        guard let brought = goals.broughtToTalk else { return .empty }
        return el("section", [.aria("labelledby", "talk-goals-heading")], [
            el("h2", [.id("talk-goals-heading")], t.goalsForDevelopmentTalk(name: file.newcomer?.name ?? "")),
            brought.isEmpty ? el("p", [.class("muted")], t.noGoalsBroughtYet)
                : el("ul", [], brought.map { goal in
                    el("li", [], [text("\(goal.title) · "), el("span", [.class("status goal-\(goal.status.rawValue)")], t.learningGoalStatus(goal.status))])
                }),
        ])
    }

    /// The coordinator makes a temporary hire's programme a standard one when they are made permanent.
    private static func upgrade(_ ctx: PageContext, _ file: ProgrammeView) -> HTMLNode {
        let t = ctx.texts
        guard let target = file.programme.programmeVariant.upgradesTo else { return .empty }
        return el("section", [.aria("labelledby", "upgrade-heading")], [
            el("h2", [.id("upgrade-heading")], t.upgradeHeading),
            el("p", t.upgradeIntro(to: t.variant(target))),
            el("form", [.methodPost, .action(SiteURL.programmeUpgrade(file.id).path)], [
                Form.csrf(ctx), Form.submit(t.upgradeButton, secondary: true),
            ]),
        ])
    }

    /// The coordinator hands the new hire a link to choose a password.
    private static func invitation(_ ctx: PageContext, _ file: ProgrammeView) -> HTMLNode {
        let t = ctx.texts
        guard let newcomer = file.newcomer else { return .empty }
        return el("section", [.aria("labelledby", "invitation-heading")], [
            el("h2", [.id("invitation-heading")], t.invitationSection),
            !newcomer.hasPassword
                ? .group([
                    el("p", t.invitationNotYet(name: newcomer.name)),
                    el("form", [.methodPost, .action(SiteURL.programmeInvitation(file.id).path)], [
                        Form.csrf(ctx), Form.submit(t.invitationButton, secondary: true),
                    ]),
                ])
                : el("p", t.invitationReady(name: newcomer.name)),
        ])
    }
}
