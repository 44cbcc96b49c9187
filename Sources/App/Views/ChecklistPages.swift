import Foundation
import GodstartCore
import Vapor

enum ChecklistPages {
    static func list(_ ctx: PageContext, _ loaded: ChecklistController.Loaded, typed: ChecklistController.AddForm,
                     errors: [String: String]) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let firstDay = file.programme.firstLocalDay
        var groups: [(Int, [ChecklistItem])] = []
        for item in loaded.items {
            let week = item.window.weeks(firstDay: firstDay).lowerBound
            if groups.last?.0 == week { groups[groups.count - 1].1.append(item) } else { groups.append((week, [item])) }
        }
        let labels = ["title": t.itemTitleLabel, "from": t.windowFromLabel, "to": t.windowToLabel, "responsible": t.responsibleLabel]
        return Layout.page(ctx, title: t.checklistTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.checklistTitle),
            el("p", t.checklistIntro),
            Form.errorSummary(ctx, ["title", "from", "to", "responsible"].compactMap { key in
                errors[key].map { (key, "\(labels[key] ?? key): \($0)") }
            }),
            .group(groups.map { week, items in
                .group([
                    el("h2", t.checklistWeeks(from: week, to: week)),
                    el("ul", [.class("checklist")], items.map { row(ctx, loaded, $0) }),
                ])
            }),
            when(loaded.mayAdapt, addForm(ctx, loaded, typed, errors)),
        ])
    }

    private static func row(_ ctx: PageContext, _ loaded: ChecklistController.Loaded, _ item: ChecklistItem) -> HTMLNode {
        let t = ctx.texts
        let file = loaded.file
        let weeks = item.window.weeks(firstDay: file.programme.firstLocalDay)
        let owner = loaded.owner(of: item)
        let firstDay = file.programme.firstLocalDay
        let waiting = ChecklistRules.isWaiting(item.state, window: item.window, today: loaded.today)
        let state: HTMLNode = switch item.state {
        case .covered:
            el("span", [.class("status held")], t.checklistCovered(
                name: item.$coveredBy.id.flatMap { loaded.people[$0]?.name } ?? "", date: ctx.dates.shortDay(item.coveredAt ?? Date())))
        case .notRelevant: el("span", [.class("status cancelled")], t.checklistNotRelevant(reason: item.notRelevantReason ?? ""))
        case .movedToMentoring: el("span", [.class("status held")], t.movedToMentoring)
        case .open: el("span", [.class(waiting ? "status overdue" : "status planned")], waiting ? t.checklistWaiting : t.checklistOpen)
        }
        let title = item.title(t)
        return el("li", [.id("item-\(item.id!.uuidString.lowercased())"), .class("checklist-item")], [
            el("p", [.class("item-title")], [el("strong", title)]),
            el("p", [.class("muted")], "\(t.checklistWeeks(from: weeks.lowerBound, to: weeks.upperBound)) · \(t.role(item.responsible))"
                + (owner.map { ": \($0.name)" } ?? "")),
            el("p", [], [state]),
            item.windowMovedReason.map { el("p", [.class("hint")], t.checklistWindowMoved(reason: $0)) } ?? .empty,
            el("div", [.class("actions")], [
                when(loaded.mayCover(item) && (item.state == .open || item.state == .covered),
                     el("form", [.methodPost, .action(SiteURL.checklistItemCovered(item.id).path)], [
                        Form.csrf(ctx),
                        .void("input", [.type("hidden"), .name("covered"), .value(item.state == .covered ? "no" : "yes")]),
                        el("button", [.type("submit"), .class(item.state == .covered ? "link-button" : "button"),
                                      .aria("label", "\(item.state == .covered ? t.markNotCovered : t.markCovered): \(title)")],
                           item.state == .covered ? t.markNotCovered : t.markCovered),
                     ])),
                when(loaded.mayAdapt && item.state == .open && waiting,
                     el("form", [.methodPost, .action(SiteURL.checklistItemToMentoring(item.id).path)], [
                        Form.csrf(ctx),
                        el("button", [.type("submit"), .class("button secondary"), .aria("label", "\(t.moveToMentoringButton): \(title)")],
                           t.moveToMentoringButton),
                     ])),
                when(loaded.mayAdapt, link(t.adaptItem, to: SiteURL.checklistItem(item.id).path, [.aria("label", "\(t.adaptItem): \(title)")])),
                when(loaded.mayAdapt && ChecklistOrder.canMove(item, up: true, in: loaded.items, firstDay: firstDay),
                     TemplatePages.orderButton(ctx, SiteURL.checklistItemOrder(item.id).path, up: true, title: title)),
                when(loaded.mayAdapt && ChecklistOrder.canMove(item, up: false, in: loaded.items, firstDay: firstDay),
                     TemplatePages.orderButton(ctx, SiteURL.checklistItemOrder(item.id).path, up: false, title: title)),
            ]),
        ])
    }

    private static func addForm(_ ctx: PageContext, _ loaded: ChecklistController.Loaded, _ typed: ChecklistController.AddForm,
                                _ errors: [String: String]) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.class("card"), .aria("labelledby", "add-item-heading")], [
            el("h2", [.id("add-item-heading")], t.addChecklistItemHeading),
            el("form", [.methodPost, .action(SiteURL.checklist(loaded.file.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("title", label: t.itemTitleLabel, value: typed.title, error: errors["title"], maxLength: ChecklistRules.maximumTitleLength),
                Form.date("from", label: t.windowFromLabel, value: typed.from, error: errors["from"]),
                Form.date("to", label: t.windowToLabel, value: typed.to, error: errors["to"]),
                Form.select("responsible", label: t.responsibleLabel,
                            options: ChecklistRules.responsibleRoles.map { Form.Option(value: $0.rawValue, label: t.role($0)) },
                            selected: typed.responsible ?? ProgrammeRole.contactPerson.rawValue, placeholder: t.chooseOption,
                            error: errors["responsible"]),
                Form.submit(t.addChecklistItemButton),
            ]),
        ])
    }

    static func item(_ ctx: PageContext, _ loaded: ChecklistController.Loaded, _ item: ChecklistItem,
                     typed: ChecklistController.WindowForm, colleagues: [Person], errors: [String: String]) -> Response {
        let t = ctx.texts
        let title = item.title(t)
        let asideSent = typed.setAside == "yes"
        let labels = ["from": t.windowFromLabel, "to": t.windowToLabel, "reason": t.reasonLabel, "assignedTo": t.assignedToLabel]
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.backToChecklist, to: SiteURL.checklist(loaded.file.id).path)]),
            el("h1", title),
            Form.errorSummary(ctx, ["from", "to", "reason", "assignedTo"].compactMap { key in
                errors[key].map { (key == "reason" && asideSent ? "aside-reason" : key, "\(labels[key] ?? key): \($0)") }
            }),
            el("form", [.methodPost, .action(SiteURL.checklistItem(item.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                el("fieldset", [], [
                    el("legend", t.moveWindowLegend),
                    Form.date("from", label: t.windowFromLabel, value: typed.from, error: errors["from"]),
                    Form.date("to", label: t.windowToLabel, value: typed.to, error: errors["to"]),
                    Form.textarea("reason", label: t.reasonLabel, value: asideSent ? nil : typed.reason,
                                  error: asideSent ? nil : errors["reason"], rows: 2),
                    Form.submit(t.moveWindowButton, secondary: true),
                ]),
            ]),
            el("form", [.methodPost, .action(SiteURL.checklistItem(item.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                .void("input", [.type("hidden"), .name("setAside"), .value(item.state == .notRelevant ? "no" : "yes")]),
                el("fieldset", [], [
                    el("legend", t.setAsideLegend),
                    item.state == .notRelevant
                        ? el("p", t.checklistNotRelevant(reason: item.notRelevantReason ?? ""))
                        : .group([
                            el("p", [.class("hint"), .id("aside-hint")], t.setAsideHint),
                            el("div", [.class(asideSent && errors["reason"] != nil ? "field has-error" : "field")], [
                                el("label", [.for("aside-reason")], t.reasonLabel),
                                asideSent ? errors["reason"].map { el("p", [.class("field-error"), .id("aside-reason-error")], $0) } ?? .empty : .empty,
                                el("textarea", [.id("aside-reason"), .name("reason"), .rows(2), .aria("describedby", "aside-hint")],
                                   asideSent ? typed.reason ?? "" : ""),
                            ]),
                        ]),
                    Form.submit(item.state == .notRelevant ? t.bringBackButton : t.setAsideButton, secondary: true),
                ]),
            ]),
            assignment(ctx, loaded, item, colleagues: colleagues, error: errors["assignedTo"]),
        ])
    }

    /// Who sees to the item: a named person, or whoever holds its role.
    private static func assignment(_ ctx: PageContext, _ loaded: ChecklistController.Loaded, _ item: ChecklistItem,
                                   colleagues: [Person], error: String?) -> HTMLNode {
        let t = ctx.texts
        let file = loaded.file
        let selected = item.$assignedPerson.id?.uuidString.lowercased() ?? ""
        func option(_ person: Person, _ label: String) -> HTMLNode {
            let value = person.id!.uuidString.lowercased()
            return el("option", [.value(value)] + (value == selected ? [.selected] : []), label)
        }
        // One entry per person, with every role they hold (a contact person may also be the mentor).
        var inProgramme: [(Person, [ProgrammeRole])] = []
        for role in ProgrammeRole.allCases {
            guard let person = file.person(role) else { continue }
            if let index = inProgramme.firstIndex(where: { $0.0.id == person.id }) { inProgramme[index].1.append(role) } else { inProgramme.append((person, [role])) }
        }
        let hintID = "assignedTo-hint"
        return el("form", [.methodPost, .action(SiteURL.checklistItemAssignment(item.id).path), Attr("novalidate", nil)], [
            Form.csrf(ctx),
            el("fieldset", [], [
                el("legend", t.assignLegend),
                el("div", [.class(error == nil ? "field" : "field has-error")], [
                    el("label", [.for("assignedTo")], t.assignedToLabel),
                    el("p", [.class("hint"), .id(hintID)], t.assignedToHint),
                    error.map { el("p", [.class("field-error"), .id("assignedTo-error")], $0) } ?? .empty,
                    el("select", [.id("assignedTo"), .name("assignedTo"), .aria("describedby", error == nil ? hintID : "\(hintID) assignedTo-error")], [
                        el("option", [.value("")] + (selected.isEmpty ? [.selected] : []),
                           "\(t.whoeverHoldsTheRole) (\(t.role(item.responsible))\(file.person(item.responsible).map { ": \($0.name)" } ?? ""))"),
                        el("optgroup", [Attr("label", t.peopleInTheProgramme)], inProgramme.map { person, roles in
                            option(person, "\(person.name) (\(roles.map(t.role).joined(separator: ", ")))")
                        }),
                        when(!colleagues.isEmpty, el("optgroup", [Attr("label", t.otherColleagues)], colleagues.map { option($0, $0.name) })),
                    ]),
                ]),
                Form.submit(t.assignButton, secondary: true),
            ]),
        ])
    }
}
