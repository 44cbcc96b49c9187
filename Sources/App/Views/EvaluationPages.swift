import Foundation
import GodstartCore
import Vapor

enum EvaluationPages {
    /// The form's box for sending the advice to the mentor.
    static let sendAdviceField = "sendAdvice"

    static func list(_ ctx: PageContext, _ loaded: EvaluationController.Loaded, coordinator: PersonRow?,
                     goals: LearningGoalController.Loaded?) -> Response {
        let t = ctx.texts
        let file = loaded.file
        return Layout.page(ctx, title: t.evaluationsTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.evaluationsTitle),
            el("p", t.evaluationsIntro),
            el("ul", [.class("evaluations")], loaded.kinds.map { kind in
                let state = loaded.state(kind)
                let stateText: String
                let action: HTMLNode
                switch state {
                case .notOpenYet(let opens):
                    stateText = t.evaluationOpensOn(date: ctx.dates.day(opens))
                    action = .empty
                case .open(let since):
                    stateText = t.evaluationOpenSince(date: ctx.dates.day(since))
                    action = link(t.answerEvaluation, to: SiteURL.evaluation(file.id, kind).path, [.class("button"),
                                  .aria("label", "\(t.answerEvaluation): \(t.evaluationKind(kind))")])
                case .answered:
                    stateText = t.evaluationAnswered
                    action = link(t.changeEvaluationAnswers, to: SiteURL.evaluation(file.id, kind).path,
                                  [.aria("label", "\(t.changeEvaluationAnswers): \(t.evaluationKind(kind))")])
                }
                return el("li", [.class("card")], [
                    el("h2", t.evaluationKind(kind)),
                    el("p", [], [el("span", [.class(state == .answered ? "status held" : "status planned")], stateText)]),
                    when(state == .answered && loaded.canSendAdvice(kind), el("p", [.class("hint")],
                         loaded.sentAdvice[kind].map { t.adviceSentTo(name: $0.sharedWith.name, date: ctx.dates.day($0.sharedAt)) }
                            ?? t.adviceNotSent)),
                    when(kind == .closing && coordinator != nil, el("p", [.class("hint")], t.coordinatorInvitedToEvaluation(name: coordinator?.name ?? ""))),
                    action,
                ])
            }),
            goals.map { developmentTalkGoals(ctx, $0) } ?? .empty,
        ])
    }

    /// The mentee chooses the goals to bring to the development talk with the manager.
    private static func developmentTalkGoals(_ ctx: PageContext, _ goals: LearningGoalController.Loaded) -> HTMLNode {
        let t = ctx.texts
        let file = goals.file
        guard let talk = file.firstMeeting(.developmentTalk), let manager = file.person(.manager) else { return .empty }
        return el("section", [.aria("labelledby", "talk-heading")], [
            el("h2", [.id("talk-heading")], t.developmentTalkGoalsTitle(manager: manager.name, date: ctx.dates.day(talk.startsAt))),
            el("p", t.developmentTalkGoalsIntro),
            goals.goals.isEmpty ? el("p", [.class("muted")], t.noReachedGoalsYet)
                : el("form", [.methodPost, .action(SiteURL.developmentTalkGoals(file.id).path)], [Form.csrf(ctx)]
                    + goals.goals.map { goal in
                        let id = "talk-\(goal.id!.uuidString.lowercased())"
                        return el("div", [.class("checkbox")], [
                            .void("input", [.type("checkbox"), .id(id), .name("goals[]"), .value(goal.id!.uuidString)]
                                  + (goal.forDevelopmentTalk ? [.checked] : [])),
                            el("label", [.for(id)], "\(goals.title(of: goal, in: ctx.language)) · \(t.learningGoalStatus(goal.goalStatus))"),
                        ])
                    }
                    + [Form.submit(t.saveGoalsForTalk, secondary: true)]),
        ])
    }

    static func form(_ ctx: PageContext, _ loaded: EvaluationController.Loaded, _ kind: EvaluationKind,
                     typed: [String: String], rating: Int?, errors: [String: String]) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let title = t.evaluationKind(kind)
        let content: HTMLNode
        if case .notOpenYet(let opens) = loaded.state(kind) {
            content = el("p", [.class("notice")], t.evaluationNotOpenYet(date: ctx.dates.day(opens)))
        } else {
            func field(_ question: EvaluationQuestion) -> HTMLNode {
                let area = Form.textarea(question.rawValue, label: t.evaluationQuestion(question, forMentor: loaded.asCompanion(kind)),
                                         value: typed[question.rawValue], error: errors[question.rawValue], rows: 3)
                guard question == kind.adviceForTheMentor, loaded.canSendAdvice(kind) else { return area }
                return .group([area, sendAdviceBox(ctx, loaded, kind, checked: typed[sendAdviceField] == "yes")])
            }
            let questions: [HTMLNode] = kind == .closing
                ? [el("h2", t.evaluationLookBack)] + kind.questions.filter { $0 != .furtherDevelopment }.map(field)
                    + [el("h2", t.evaluationLookForward), field(.furtherDevelopment)]
                : kind.questions.map(field)
            content = el("form", [.methodPost, .action(SiteURL.evaluation(file.id, kind).path), Attr("novalidate", nil)],
                         [Form.csrf(ctx)] + questions + [
                            Form.radios("rating", legend: kind == .introduction ? t.introductionRatingLegend
                                            : kind == .closing ? t.closingRatingLegend : t.ratingLegend,
                                        options: EvaluationRules.ratingRange.map { Form.Option(value: String($0), label: t.ratingValue($0)) },
                                        selected: rating.map(String.init), error: errors["rating"]),
                            Form.submit(t.saveEvaluation),
                         ])
        }
        let summary = (kind.questions.map(\.rawValue) + ["rating"]).compactMap { key in
            errors[key].map { (key == "rating" ? "rating-1" : key, $0) }
        }
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.evaluationsTitle, to: SiteURL.evaluations(file.id).path)]),
            el("h1", title),
            el("p", [.class("hint")], t.evaluationsIntro),
            Form.errorSummary(ctx, summary),
            content,
        ])
    }

    /// The new hire's choice, under the advice itself: send it to the mentor, or keep it to themselves.
    private static func sendAdviceBox(_ ctx: PageContext, _ loaded: EvaluationController.Loaded, _ kind: EvaluationKind,
                                      checked: Bool) -> HTMLNode {
        let t = ctx.texts
        let mentor = loaded.mentor?.name ?? ""
        let hint: String
        if let sent = loaded.sentAdvice[kind], !loaded.adviceIsWithMentor(kind) {
            hint = t.adviceWithFormerMentor(name: sent.sharedWith.name, mentor: mentor)
        } else if let sent = loaded.sentAdvice[kind] {
            hint = t.adviceSentOn(date: ctx.dates.day(sent.sharedAt), name: mentor)
        } else {
            hint = t.adviceKeptPrivate(name: mentor)
        }
        return Form.checkbox(sendAdviceField, value: "yes", label: t.sendAdviceLabel(name: mentor), checked: checked, hint: hint)
    }

    /// One piece of advice sent to the reader, marked as coming from the evaluation.
    static func adviceBlock(_ ctx: PageContext, _ advice: AdviceSharing.Advice) -> HTMLNode {
        el("figure", [.class("shared-advice")], [
            el("blockquote", [], advice.text.split(separator: "\n", omittingEmptySubsequences: true).map { el("p", String($0)) }),
            el("figcaption", ctx.texts.adviceFrom(advice.kind, date: ctx.dates.day(advice.sharedAt))),
        ])
    }

    /// For the mentor's page of the programme: every piece of advice the mentee sent them.
    static func adviceSection(_ ctx: PageContext, _ advice: [AdviceSharing.Advice]) -> HTMLNode {
        guard let first = advice.first else { return .empty }
        let t = ctx.texts
        return el("section", [.aria("labelledby", "advice-heading")], [
            el("h2", [.id("advice-heading")], t.adviceFromEvaluationsTitle),
            el("p", [.class("hint")], t.adviceFromEvaluationsIntro(name: first.author)),
            .group(advice.map { adviceBlock(ctx, $0) }),
        ])
    }

    /// One piece of advice on a page of its own (linked from "shared with you").
    static func sharedAdvice(_ ctx: PageContext, _ advice: AdviceSharing.Advice, programmeReadable: Bool) -> Response {
        let t = ctx.texts
        let title = t.adviceTitle(name: advice.author)
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [programmeReadable
                ? link(t.programmeTitle(name: advice.author), to: SiteURL.programme(advice.programme).path)
                : link(t.sharedWithYouTitle, to: SiteURL.sharedWithMe.path)]),
            el("h1", title),
            el("p", [.class("hint")], t.adviceFromEvaluationsIntro(name: advice.author)),
            adviceBlock(ctx, advice),
        ])
    }

    static func totals(_ ctx: PageContext, _ totals: [EvaluationController.Total]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.evaluationStatsTitle, [
            el("h1", t.evaluationStatsTitle),
            el("p", t.evaluationStatsIntro(minimum: EvaluationRules.minimumGroupSize)),
            Components.table(label: t.evaluationStatsTitle,
                             headers: [t.evaluationColumn, t.respondentsColumn, t.answersColumn, t.averageRatingColumn, t.ratingDistributionColumn],
                             rows: totals.map { total in
                                 [text(t.evaluationKind(total.kind)),
                                  text(respondents(total, t)),
                                  text(t.answersCounted(total.aggregate.count, waiting: total.aggregate.waiting)),
                                  text(total.aggregate.average.map(t.averageRating) ?? t.tooFewAnswers),
                                  text(total.aggregate.ratingCounts.map(t.ratingDistribution) ?? t.tooFewAnswers)]
                             }),
            .group(totals.compactMap { total in
                total.aggregate.answeredPerQuestion.map { counts in
                    el("section", [], [
                        el("h2", "\(t.evaluationKind(total.kind)): \(respondents(total, t))"),
                        el("p", [.class("hint")], t.questionsAnsweredIntro),
                        el("ul", [], counts.map { entry in
                            el("li", [], [
                                text(t.evaluationQuestion(entry.question, forMentor: total.role != .newcomer)),
                                text(" — "),
                                el("strong", t.answeredOf(entry.count, total: total.aggregate.count)),
                            ])
                        }),
                    ])
                }
            }),
        ])
    }

    private static func respondents(_ total: EvaluationController.Total, _ t: Texts) -> String {
        switch total.role {
        case .mentor: t.respondentsMentors
        case .contactPerson: t.respondentsContactPersons
        default: total.kind == .introduction ? t.respondentsNewHires : t.respondentsMentees
        }
    }
}
