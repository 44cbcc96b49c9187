import Foundation
import GodstartCore
import Vapor

/// Closing the introduction: the short evaluation, the items not covered, and starting the mentoring.
enum MentoringStartPage {
    /// `offerToKeepDay`: the start meeting's date was named as a holiday or closed day; the box keeps it.
    static func render(_ ctx: PageContext, _ loaded: MentoringStartController.Loaded, typed: MentoringStartController.Typed,
                       errors: [String: String], offerToKeepDay: Bool = false) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let mentor = file.person(.mentor)?.name ?? ""
        let summary: [(String, String)] = loaded.openItems.compactMap { item in
            let key = MentoringStartController.key(item)
            return errors["reason-\(key)"].map { ("reason-\(key)", "\(item.title(t)): \($0)") }
        } + ["date", "time"].compactMap { key in
            errors[key].map { (key, "\(key == "date" ? t.startMeetingDateLabel : t.startMeetingTimeLabel): \($0)") }
        } + (errors["earlyReason"].map { [("earlyReason", "\(t.earlyStartReasonLabel): \($0)")] } ?? [])
        return Layout.page(ctx, title: t.startMentoringTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.startMentoringTitle),
            el("p", t.startMentoringIntro(mentor: mentor)),
            loaded.startedAt.map { started in
                el("div", [.class("notice")], [
                    el("p", t.mentoringStartedOn(date: ctx.dates.day(started))),
                    loaded.startMeeting.map { el("p", [], [link(t.openStartMeeting, to: SiteURL.meeting($0.id).path)]) } ?? .empty,
                ])
            } ?? .empty,
            Form.errorSummary(ctx, summary),
            evaluation(ctx, loaded),
            loaded.mayStart ? startForm(ctx, loaded, typed: typed, errors: errors, offerToKeepDay: offerToKeepDay)
                : when(!loaded.hasStarted, el("p", [.class("hint")], t.onlyContactPersonOrManagerStarts)),
        ])
    }

    private static func evaluation(_ ctx: PageContext, _ loaded: MentoringStartController.Loaded) -> HTMLNode {
        let t = ctx.texts
        guard let evaluation = loaded.evaluation else { return .empty }
        let url = SiteURL.evaluation(loaded.file.id, .introduction).path
        let (stateText, action): (String, HTMLNode) = switch evaluation.state {
        case .notOpenYet(let opens): (t.evaluationOpensOn(date: ctx.dates.day(opens)), .empty)
        case .open(let since): (t.evaluationOpenSince(date: ctx.dates.day(since)), link(t.answerEvaluation, to: url, [.class("button secondary")]))
        case .answered: (t.evaluationAnswered, link(t.changeEvaluationAnswers, to: url))
        }
        return el("section", [.aria("labelledby", "evaluation-heading")], [
            el("h2", [.id("evaluation-heading")], t.introductionEvaluationHeading),
            el("p", [.class("hint")], t.introductionEvaluationIntro),
            el("p", [], [el("span", [.class(evaluation.state == .answered ? "status held" : "status planned")], stateText)]),
            action,
        ])
    }

    private static func startForm(_ ctx: PageContext, _ loaded: MentoringStartController.Loaded, typed: MentoringStartController.Typed,
                                  errors: [String: String], offerToKeepDay: Bool) -> HTMLNode {
        let t = ctx.texts
        let planned = loaded.startMeeting.map { ctx.dates.dayAndTime($0.startsAt) }
        return el("form", [.methodPost, .action(SiteURL.mentoringStart(loaded.file.id).path), Attr("novalidate", nil)], [
            Form.csrf(ctx),
            el("section", [.aria("labelledby", "uncovered-heading")], [
                el("h2", [.id("uncovered-heading")], t.uncoveredHeading),
                loaded.openItems.isEmpty ? el("p", [.class("muted")], t.nothingUncovered) : .group([
                    el("p", t.uncoveredIntro),
                    .group(loaded.openItems.map { item in
                        let key = MentoringStartController.key(item)
                        let chosen = typed["item-\(key)"] ?? MentoringStartRules.ItemChoice.carryIntoMentoring.rawValue
                        return el("div", [.class("card uncovered-item")], [
                            Form.radios("item-\(key)", legend: item.title(t), options: [
                                Form.Option(value: MentoringStartRules.ItemChoice.carryIntoMentoring.rawValue, label: t.carryIntoMentoring),
                                Form.Option(value: MentoringStartRules.ItemChoice.close.rawValue, label: t.closeItem),
                            ], selected: chosen),
                            // Shown once the item is set aside (the stylesheet hides it otherwise, without script).
                            el("div", [.class("close-reason")], [
                                Form.textarea("reason-\(key)", label: "\(t.closeReasonLabel): \(item.title(t))", value: typed["reason-\(key)"],
                                              error: errors["reason-\(key)"], rows: 2),
                            ]),
                        ])
                    }),
                ]),
            ]),
            el("section", [.aria("labelledby", "start-meeting-heading")], [
                el("h2", [.id("start-meeting-heading")], t.startMeetingHeading),
                planned.map { el("p", [.class("hint")], t.startMeetingPlanned(date: $0)) } ?? .empty,
                Form.date("date", label: t.startMeetingDateLabel, value: typed["date"], error: errors["date"]),
                Components.keepClosedDayBox(t, offered: offerToKeepDay, kept: typed["keepClosedDay"]),
                Form.input("time", label: t.startMeetingTimeLabel, value: typed["time"], error: errors["time"], extra: [.class("short")]),
            ]),
            // Before the closing meeting's week, the mentoring starts only with a reason.
            loaded.introductionClosing.map { closing in
                when(MentoringStartRules.startsEarly(today: loaded.today, introductionClosing: closing),
                     Form.textarea("earlyReason", label: t.earlyStartReasonLabel, value: typed["earlyReason"], error: errors["earlyReason"],
                                   hint: t.earlyStartReasonHint(closing: ctx.dates.day(closing)), rows: 2))
            } ?? .empty,
            Form.submit(t.startMentoringButton),
        ])
    }
}
