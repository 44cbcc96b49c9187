import Foundation
import GodstartCore
import Vapor

enum MentorChangePage {
    static func render(_ ctx: PageContext, _ loaded: MentorChangeController.Loaded, typed: MentorChangeController.Typed,
                       errors: [String: String]) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let reasons = MentorChangeReason.allCases.map { Form.Option(value: $0.rawValue, label: t.mentorChangeReason($0)) }
        let pending = loaded.openRequests.last
        let askForm = el("form", [.methodPost, .action(SiteURL.mentorChange(file.id).path), Attr("novalidate", nil)], [
            Form.csrf(ctx),
            when(loaded.isCoordinator, newMentorChoice(ctx, loaded.choice, typed: typed, errors: errors)),
            Form.radios("reason", legend: t.mentorChangeReasonLegend, options: reasons,
                        selected: typed.reason ?? pending?.reason, error: errors["reason"]),
            when(loaded.isCoordinator, Form.textarea("overrideReason", label: t.overrideReasonLabel, value: typed.overrideReason,
                                                     error: errors["overrideReason"], hint: t.overrideReasonHint, rows: 2)),
            Form.submit(loaded.isCoordinator ? t.changeMentorButton : t.sendMentorChangeRequest),
        ])
        return Layout.page(ctx, title: t.mentorChangeTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.mentorChangeTitle),
            Form.errorSummary(ctx, ["mentor", "reason", "overrideReason"].compactMap { key in
                errors[key].map { message in
                    switch key {
                    case "reason": ("reason-\(MentorChangeReason.allCases[0].rawValue)", message)
                    case "mentor": (firstMentorChoiceID(loaded.choice), message)
                    default: (key, message)
                    }
                }
            }),
            el("p", [], [el("strong", t.currentMentor(name: file.person(.mentor)?.name ?? ""))]),
            el("p", loaded.isCoordinator ? t.mentorChangeIntroCoordinator : t.mentorChangeIntroMentee),
            .group(loaded.openRequests.map { request in
                el("p", [.class("notice")], loaded.isCoordinator
                   ? t.mentorChangeRequestedBy(name: loaded.name(request.$requestedBy.id), date: ctx.dates.day(request.createdAt ?? Date()),
                                               reason: t.mentorChangeReason(request.changeReason))
                   : t.mentorChangeRequestPending(date: ctx.dates.day(request.createdAt ?? Date())))
            }),
            when(loaded.isCoordinator || pending == nil, askForm),
            when(loaded.isMentee && file.programme.mentorSince != nil, carryOver(ctx, loaded)),
            when(!loaded.formerMentorships.isEmpty, el("section", [.aria("labelledby", "former-heading")], [
                el("h2", [.id("former-heading")], t.earlierMentorsTitle),
                el("ul", [], loaded.formerMentorships.map { former in
                    el("li", t.earlierMentor(name: loaded.name(former.$mentor.id),
                                             from: ctx.dates.day(former.from ?? file.programme.firstLocalDay.instant(at: .init(hour: 12), in: file.timeZone)),
                                             until: ctx.dates.day(former.until), reason: t.mentorChangeReason(former.changeReason)))
                }),
            ])),
        ])
    }

    /// The colleagues who may take over, best first with why, and those who need a written reason.
    private static func newMentorChoice(_ ctx: PageContext, _ choice: MentorChangeController.MentorChoice,
                                        typed: MentorChangeController.Typed, errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        let offered = choice.offered.map { entry in
            Form.Option(value: entry.person.id!.uuidString, label: entry.person.name,
                        hint: ((entry.person.id == choice.contactPerson ? [t.alsoTheContactPerson] : [])
                               + entry.suggestion.reasons.map(t.suggestionReason)).joined(separator: ", ")
                            + (entry.suggestion.needsOverride ? " · " + t.aboveCapacity : ""))
        }
        let withReason = choice.withReason.map { entry in
            Form.Option(value: entry.person.id!.uuidString, label: entry.person.name,
                        hint: entry.concerns.map { t.eligibilityConcern($0, name: entry.person.name, role: t.role(.mentor)) }.joined(separator: "; "))
        }
        // The error goes with the first group shown, where the summary's link points.
        return .group([
            el("p", [.class("hint")], t.mentorCandidatesIntro),
            offered.isEmpty ? el("p", [.class("muted")], t.noSuggestions)
                : Form.radios("mentor", legend: t.newMentorLabel, options: offered, selected: typed.mentor, error: errors["mentor"]),
            when(!withReason.isEmpty, Form.radios("mentor-other", legend: "\(t.newMentorLabel): \(t.mentorOnlyWithReasonGroup)",
                                                  options: withReason, selected: typed.mentor,
                                                  error: offered.isEmpty ? errors["mentor"] : nil, name: "mentor")),
        ])
    }

    /// Where the error summary's link for the new mentor points: the first choice shown.
    static func firstMentorChoiceID(_ choice: MentorChangeController.MentorChoice) -> String {
        if let first = choice.offered.first { return "mentor-\(first.person.id!.uuidString)" }
        if let first = choice.withReason.first { return "mentor-other-\(first.person.id!.uuidString)" }
        return "reason-\(MentorChangeReason.allCases[0].rawValue)"
    }

    /// The mentee decides whether the new mentor sees the learning goals and the plan from before.
    private static func carryOver(_ ctx: PageContext, _ loaded: MentorChangeController.Loaded) -> HTMLNode {
        let t = ctx.texts
        let shared = loaded.file.programme.earlierMaterialShared == true
        return el("section", [.class("sharing"), .aria("labelledby", "carry-over-heading")], [
            el("h2", [.id("carry-over-heading")], t.earlierMentorsTitle),
            el("form", [.methodPost, .action(SiteURL.earlierMaterialSharing(loaded.file.id).path)], [
                Form.csrf(ctx),
                Form.checkbox("share", label: t.carryOverLabel(name: loaded.file.person(.mentor)?.name ?? ""), checked: shared),
                el("p", [.class("hint")], t.carryOverHint),
                Form.submit(t.saveCarryOver, secondary: true),
            ]),
        ])
    }
}
