import Foundation
import GodstartCore
import Vapor

/// The coordinator's pages for the introduction templates.
enum TemplatePages {
    static func list(_ ctx: PageContext, _ templates: [(variant: ProgrammeVariant, template: IntroductionTemplate)]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.templatesTitle, [
            el("h1", t.templatesTitle),
            el("p", t.templatesIntro),
            el("ul", [.class("template-list")], templates.map { variant, template in
                let name = t.variant(variant)
                return el("li", [.class("card")], [
                    el("h2", name),
                    el("p", t.variantHint(variant)),
                    el("p", t.templateSummary(introductionMonths: template.lengths.introductionMonths,
                                              mentoringMonths: template.lengths.mentoringMonths, items: template.items.count)),
                    el("p", [.class("muted")], template.record.changedAt.map { t.templateChangedOn(date: ctx.dates.day($0)) } ?? t.templateNotChangedYet),
                    link(t.editTemplate, to: SiteURL.template(variant).path, [.aria("label", "\(t.editTemplate): \(name)")]),
                ])
            }),
        ])
    }

    static let lengthFields = ["introductionMonths", "statusMeetingEveryWeeks", "weeklyDialogueWeeks", "dialogueEveryWeeksAfter",
                               "mentoringMonths", "developmentTalkAtMonths", "meetingTime", "meetingMinutes"]
    static let itemFields = ["title", "fromWeek", "toWeek", "responsible"]
    static let activityFields = ["activityKind", "activityTitle", "week", "weekday", "activityTime", "activityMinutes", "place", "runBy"]

    static func template(_ ctx: PageContext, _ loaded: TemplateController.Loaded, typed: TemplateController.TemplateForm,
                         errors: [String: String]) -> Response {
        let t = ctx.texts
        let name = t.variant(loaded.variant)
        let labels = labels(t)
        return Layout.page(ctx, title: t.templateTitle(variant: name), [
            el("p", [.class("breadcrumb")], [link(t.backToTemplates, to: SiteURL.templates.path)]),
            el("h1", t.templateTitle(variant: name)),
            el("p", t.variantHint(loaded.variant)),
            Form.errorSummary(ctx, (lengthFields + itemFields + activityFields + ["programmes"]).compactMap { key in
                errors[key].map { (summaryTarget(key), (labels[key].map { "\($0): " } ?? "") + $0) }
            }),
            lengths(ctx, loaded, typed.form == "lengths" ? typed : TemplateController.TemplateForm(loaded.record), errors),
            checklist(ctx, loaded),
            addItem(ctx, loaded, typed.form == "item" ? typed : .init(), errors),
            schedule(ctx, loaded),
            addActivity(ctx, loaded, typed.form == "activity" ? typed : .init(), errors),
            apply(ctx, loaded, typed.form == "apply" ? typed : .init(), errors),
        ])
    }

    private static func labels(_ t: Texts) -> [String: String] {
        ["introductionMonths": t.introductionMonthsLabel, "statusMeetingEveryWeeks": t.statusEveryWeeksLabel,
         "mentoringMonths": t.mentoringMonthsLabel, "weeklyDialogueWeeks": t.weeklyDialogueWeeksLabel,
         "dialogueEveryWeeksAfter": t.dialogueEveryWeeksAfterLabel, "developmentTalkAtMonths": t.developmentTalkAtMonthsLabel,
         "meetingTime": t.meetingTimeLabel, "meetingMinutes": t.meetingMinutesLabel, "title": t.itemTitleLabel,
         "fromWeek": t.fromWeekLabel, "toWeek": t.toWeekLabel, "responsible": t.responsibleLabel,
         "activityKind": t.activityKindLabel, "activityTitle": t.activityTitleLabel, "week": t.weekLabel, "weekday": t.weekdayLabel,
         "activityTime": t.timeLabel, "activityMinutes": t.minutesLabel, "place": t.placeLabel, "runBy": t.runByLabel]
    }

    /// Where the error summary links for a field (a group of radios links to its first option).
    private static func summaryTarget(_ key: String) -> String {
        switch key {
        case "programmes": "apply-programmes"
        case "activityKind": "activityKind-\(ActivityKind.allCases[0].rawValue)"
        default: key
        }
    }

    private static func schedule(_ ctx: PageContext, _ loaded: TemplateController.Loaded) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", "template-schedule-heading")], [
            el("h2", [.id("template-schedule-heading")], t.templateScheduleHeading),
            el("p", t.templateScheduleIntro),
            loaded.activities.isEmpty ? el("p", [.class("muted")], t.noTemplateActivities) :
                el("ul", [.class("checklist")], loaded.activities.map { activity in
                    let title = activity.title(t)
                    return el("li", [.class("checklist-item")], [
                        el("p", [.class("item-title")], [el("strong", title)]),
                        el("p", [.class("muted")], "\(t.activityKind(activity.activityKind)) · "
                            + t.templateActivityWhen(week: activity.week, weekday: t.weekdayName(activity.weekday),
                                                     time: activity.localTime.text, minutes: activity.minutes)
                            + (loaded.runner(activity).map { " · \($0.name)" } ?? "") + (activity.place.map { " · \($0)" } ?? "")),
                        el("form", [.methodPost, .action(SiteURL.templateActivityRemoval(activity.id).path)], [
                            Form.csrf(ctx),
                            el("button", [.type("submit"), .class("link-button"), .aria("label", "\(t.removeTemplateActivity): \(title)")],
                               t.removeTemplateActivity),
                        ]),
                    ])
                }),
        ])
    }

    private static func addActivity(_ ctx: PageContext, _ loaded: TemplateController.Loaded, _ typed: TemplateController.TemplateForm,
                                    _ errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.class("card"), .aria("labelledby", "add-template-activity-heading")], [
            el("h2", [.id("add-template-activity-heading")], t.addTemplateActivityHeading),
            el("form", [.methodPost, .action(SiteURL.templateActivities(loaded.variant).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.radios("activityKind", legend: t.activityKindLabel,
                            options: ActivityKind.allCases.map { Form.Option(value: $0.rawValue, label: t.activityKind($0)) },
                            selected: typed.activityKind ?? ActivityKind.shadowing.rawValue, error: errors["activityKind"]),
                Form.input("activityTitle", label: t.activityTitleLabel, value: typed.activityTitle, error: errors["activityTitle"]),
                Form.input("week", label: t.weekLabel, value: typed.week, error: errors["week"],
                           extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.select("weekday", label: t.weekdayLabel, options: (1...5).map { Form.Option(value: String($0), label: t.weekdayName($0)) },
                            selected: typed.weekday ?? "1", placeholder: t.chooseOption, error: errors["weekday"]),
                Form.input("activityTime", label: t.timeLabel, value: typed.activityTime ?? "09:00", error: errors["activityTime"],
                           extra: [.class("short")]),
                Form.input("activityMinutes", label: t.minutesLabel, value: typed.activityMinutes ?? "60", error: errors["activityMinutes"],
                           extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.input("place", label: t.placeLabel, value: typed.place, error: errors["place"], maxLength: 200),
                Form.select("runBy", label: t.runByLabel, options: loaded.colleagues.map { Form.Option(value: $0.id!.uuidString.lowercased(), label: $0.name) },
                            selected: typed.runBy?.lowercased(), placeholder: t.noOneInParticular, error: errors["runBy"], hint: t.runByHint),
                Form.submit(t.addTemplateActivityButton),
            ]),
        ])
    }

    private static func number(_ id: String, _ label: String, _ value: String?, _ errors: [String: String]) -> HTMLNode {
        Form.input(id, label: label, value: value, error: errors[id], extra: [Attr("inputmode", "numeric"), .class("short")])
    }

    private static func lengths(_ ctx: PageContext, _ loaded: TemplateController.Loaded, _ typed: TemplateController.TemplateForm,
                                _ errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.class("card"), .aria("labelledby", "lengths-heading")], [
            el("h2", [.id("lengths-heading")], t.lengthsHeading),
            el("p", [.class("hint")], t.lengthsIntro),
            el("form", [.methodPost, .action(SiteURL.template(loaded.variant).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                number("introductionMonths", t.introductionMonthsLabel, typed.introductionMonths, errors),
                number("statusMeetingEveryWeeks", t.statusEveryWeeksLabel, typed.statusMeetingEveryWeeks, errors),
                number("mentoringMonths", t.mentoringMonthsLabel, typed.mentoringMonths, errors),
                number("weeklyDialogueWeeks", t.weeklyDialogueWeeksLabel, typed.weeklyDialogueWeeks, errors),
                number("dialogueEveryWeeksAfter", t.dialogueEveryWeeksAfterLabel, typed.dialogueEveryWeeksAfter, errors),
                number("developmentTalkAtMonths", t.developmentTalkAtMonthsLabel, typed.developmentTalkAtMonths, errors),
                Form.input("meetingTime", label: t.meetingTimeLabel, value: typed.meetingTime, error: errors["meetingTime"],
                           extra: [.class("short")]),
                number("meetingMinutes", t.meetingMinutesLabel, typed.meetingMinutes, errors),
                Form.checkbox("stockholmCadence", label: t.stockholmCadenceLabel, checked: typed.stockholmCadence == "on",
                              hint: t.stockholmCadenceHint),
                Form.submit(t.saveTemplateButton),
            ]),
        ])
    }

    private static func checklist(_ ctx: PageContext, _ loaded: TemplateController.Loaded) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", "template-checklist-heading")], [
            el("h2", [.id("template-checklist-heading")], t.templateChecklistHeading),
            el("p", t.templateChecklistIntro),
            el("ol", [.class("checklist")], loaded.items.enumerated().map { index, item in
                let title = item.title(t)
                return el("li", [.id("template-item-\(item.id!.uuidString.lowercased())"), .class("checklist-item")], [
                    el("p", [.class("item-title")], [el("strong", title)]),
                    el("p", [.class("muted")], "\(t.checklistWeeks(from: item.fromWeek, to: item.toWeek)) · \(t.role(item.responsible))"),
                    el("div", [.class("actions")], [
                        when(index > 0, orderButton(ctx, SiteURL.templateItemOrder(item.id).path, up: true, title: title)),
                        when(index < loaded.items.count - 1, orderButton(ctx, SiteURL.templateItemOrder(item.id).path, up: false, title: title)),
                        link(t.adaptItem, to: SiteURL.templateItem(item.id).path, [.aria("label", "\(t.adaptItem): \(title)")]),
                    ]),
                ])
            }),
        ])
    }

    /// A small form that moves an item one place up or down (templates and programmes alike).
    static func orderButton(_ ctx: PageContext, _ action: String, up: Bool, title: String) -> HTMLNode {
        let label = up ? ctx.texts.moveUp : ctx.texts.moveDown
        return el("form", [.methodPost, .action(action)], [
            Form.csrf(ctx),
            .void("input", [.type("hidden"), .name("direction"), .value(up ? "up" : "down")]),
            el("button", [.type("submit"), .class("link-button"), .aria("label", "\(label): \(title)")], label),
        ])
    }

    private static func responsibleSelect(_ ctx: PageContext, _ selected: String?, _ error: String?) -> HTMLNode {
        let t = ctx.texts
        return Form.select("responsible", label: t.responsibleLabel,
                           options: ChecklistRules.responsibleRoles.map { Form.Option(value: $0.rawValue, label: t.role($0)) },
                           selected: selected ?? ProgrammeRole.contactPerson.rawValue, placeholder: t.chooseOption, error: error)
    }

    private static func weekFields(_ ctx: PageContext, _ typed: TemplateController.TemplateForm, _ errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        return .group([
            Form.input("fromWeek", label: t.fromWeekLabel, value: typed.fromWeek, error: errors["fromWeek"], hint: t.weekHint,
                       extra: [Attr("inputmode", "numeric"), .class("short")]),
            Form.input("toWeek", label: t.toWeekLabel, value: typed.toWeek, error: errors["toWeek"],
                       extra: [Attr("inputmode", "numeric"), .class("short")]),
        ])
    }

    private static func addItem(_ ctx: PageContext, _ loaded: TemplateController.Loaded, _ typed: TemplateController.TemplateForm,
                                _ errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.class("card"), .aria("labelledby", "add-template-item-heading")], [
            el("h2", [.id("add-template-item-heading")], t.addTemplateItemHeading),
            el("form", [.methodPost, .action(SiteURL.templateItems(loaded.variant).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("title", label: t.itemTitleLabel, value: typed.title, error: errors["title"]),
                weekFields(ctx, typed, errors),
                responsibleSelect(ctx, typed.responsible, errors["responsible"]),
                Form.submit(t.addTemplateItemButton),
            ]),
        ])
    }

    private static func apply(_ ctx: PageContext, _ loaded: TemplateController.Loaded, _ typed: TemplateController.TemplateForm,
                              _ errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        let chosen = Set(typed.programmes ?? [])
        let error = errors["programmes"]
        return el("section", [.class("card"), .aria("labelledby", "apply-heading")], [
            el("h2", [.id("apply-heading")], t.applyHeading),
            el("p", t.applyIntro),
            loaded.running.isEmpty ? el("p", [.class("muted")], t.noRunningProgrammes) :
                el("form", [.methodPost, .action(SiteURL.templateApplication(loaded.variant).path), Attr("novalidate", nil)], [
                    Form.csrf(ctx),
                    el("fieldset", [.class(error == nil ? "field" : "field has-error")] + (error == nil ? [] : [.aria("describedby", "apply-programmes-error")]), [
                        el("legend", t.applyLegend),
                        error.map { el("p", [.class("field-error"), .id("apply-programmes-error")], $0) } ?? .empty,
                        .group(loaded.running.enumerated().map { index, running in
                            let id = running.programme.id!.uuidString.lowercased()
                            let since = running.programme.templateAppliedAt
                            let state = running.isBehind ? t.plannedBeforeLastChange
                                : since.map { t.followsTemplateSince(date: ctx.dates.day($0)) } ?? ""
                            return el("div", [.class("field checkbox")], [
                                .void("input", [.type("checkbox"), .id(index == 0 ? "apply-programmes" : "apply-\(id)"), .name("programmes[]"),
                                                .value(id), .aria("describedby", "apply-\(id)-state")] + (chosen.contains(id) ? [.checked] : [])),
                                el("label", [.for(index == 0 ? "apply-programmes" : "apply-\(id)")],
                                   "\(running.newcomerName) · \(ctx.dates.day(running.programme.firstLocalDay))"),
                                el("p", [.class(running.isBehind ? "hint status-behind" : "hint"), .id("apply-\(id)-state")], state),
                            ])
                        }),
                    ]),
                    Form.submit(t.applyButton),
                ]),
        ])
    }

    static func item(_ ctx: PageContext, _ loaded: TemplateController.Loaded, _ item: TemplateChecklistItem,
                     typed: TemplateController.TemplateForm, errors: [String: String]) -> Response {
        let t = ctx.texts
        let title = item.title(t)
        let labels = labels(t)
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.templateTitle(variant: t.variant(loaded.variant)), to: SiteURL.template(loaded.variant).path)]),
            el("h1", title),
            Form.errorSummary(ctx, itemFields.compactMap { key in errors[key].map { (key, "\(labels[key] ?? key): \($0)") } }),
            el("form", [.methodPost, .action(SiteURL.templateItem(item.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                item.builtIn == nil
                    ? Form.input("title", label: t.itemTitleLabel, value: typed.title, error: errors["title"])
                    : el("p", [.class("hint")], t.builtInTitleHint),
                weekFields(ctx, typed, errors),
                responsibleSelect(ctx, typed.responsible, errors["responsible"]),
                Form.submit(t.saveTemplateItemButton),
            ]),
            el("form", [.methodPost, .action(SiteURL.templateItemRemoval(item.id).path)], [
                Form.csrf(ctx),
                el("button", [.type("submit"), .class("button secondary"), .aria("label", "\(t.removeTemplateItem): \(title)")],
                   t.removeTemplateItem),
            ]),
        ])
    }
}
