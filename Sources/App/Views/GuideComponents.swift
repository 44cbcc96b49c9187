import GodstartCore

/// The mentor's guides, opened inside a mentoring meeting when the conversation needs them:
/// case and episode analysis, coaching questions, feedback and feed forward.
enum GuideComponents {
    static func guides(_ ctx: PageContext) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", "guides-heading"), .class("no-print")], [
            el("h2", [.id("guides-heading")], t.guidesTitle),
            el("p", [.class("hint")], t.guidesIntro),
            el("details", [.class("guide")], [
                el("summary", t.caseAnalysisTitle),
                el("p", t.caseAnalysisIntro),
                el("ol", [], CaseAnalysisStep.allCases.map { step in
                    el("li", [], [el("strong", t.caseAnalysisStep(step)), el("p", [.class("hint")], t.caseAnalysisStepHint(step))])
                }),
            ]),
            el("details", [.class("guide")], [
                el("summary", t.coachingTitle),
                el("p", t.coachingIntro),
                .group(CoachingPhase.allCases.enumerated().map { index, phase in
                    .group([el("h3", "\(index + 1). \(t.coachingPhase(phase))"), el("ul", [], t.coachingQuestions(phase).map { el("li", $0) })])
                }),
            ]),
            el("details", [.class("guide")], [
                el("summary", t.feedbackTitle),
                el("p", t.feedbackIntro),
                el("ul", [], t.feedbackQuestions.map { el("li", $0) }),
                el("h3", t.feedForwardTitle),
                el("ul", [], t.feedForwardPoints.map { el("li", $0) }),
            ]),
        ])
    }
}
