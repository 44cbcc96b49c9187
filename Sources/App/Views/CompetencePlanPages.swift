import Foundation
import GodstartCore
import Vapor

enum CompetencePlanPages {
    static func plan(_ ctx: PageContext, _ loaded: CompetencePlanController.Loaded, typed: [CompetencePlanField: String],
                     errors: [CompetencePlanField: String]) -> Response {
        let t = ctx.texts
        let file = loaded.file
        return Layout.page(ctx, title: t.competencePlanTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.competencePlanTitle),
            el("p", t.competencePlanIntro),
            errorSummary(ctx, errors),
            loaded.rows.isEmpty ? el("p", [.class("muted")], t.noPlanRowsYet) : el("ol", [.class("plan-rows")], loaded.rows.map { row in
                el("li", [.class("card")], [
                    el("h2", row.taskType),
                    fieldList(ctx, row.planFields),
                    when(loaded.canWrite(row), el("p", [], [link(t.editPlanRow, to: SiteURL.planRow(row.id).path,
                                                            [.aria("label", "\(t.editPlanRow): \(row.taskType)")])])),
                ])
            }),
            el("p", [], [link(t.printablePlan, to: SiteURL.competencePlanPrint(file.id).path)]),
            when(loaded.canWrite, el("section", [.aria("labelledby", "new-row-heading")], [
                el("h2", [.id("new-row-heading")], t.newPlanRowHeading),
                el("form", [.methodPost, .action(SiteURL.competencePlan(file.id).path), Attr("novalidate", nil)],
                   [Form.csrf(ctx)] + fields(ctx, typed, errors) + [Form.submit(t.addPlanRow)]),
            ])),
            when(loaded.isMentee, sharing(ctx, loaded)),
            history(ctx, loaded),
        ])
    }

    static func row(_ ctx: PageContext, _ loaded: CompetencePlanController.Loaded, _ row: CompetencePlanRow,
                    typed: [CompetencePlanField: String], errors: [CompetencePlanField: String]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: row.taskType, [
            el("p", [.class("breadcrumb")], [link(t.backToPlan, to: SiteURL.competencePlan(loaded.file.id).path)]),
            el("h1", row.taskType),
            errorSummary(ctx, errors),
            el("form", [.methodPost, .action(SiteURL.planRow(row.id).path), Attr("novalidate", nil)],
               [Form.csrf(ctx)] + fields(ctx, typed, errors) + [Form.submit(t.savePlanRow)]),
            el("form", [.methodPost, .action(SiteURL.planRowRemoval(row.id).path), .class("actions")], [
                Form.csrf(ctx), Form.submit(t.removePlanRow, secondary: true),
            ]),
        ])
    }

    /// The whole plan as one table, laid out for a landscape A4 page.
    static func printable(_ ctx: PageContext, _ loaded: CompetencePlanController.Loaded) -> Response {
        let t = ctx.texts
        let name = loaded.file.newcomer?.name ?? ""
        return Layout.page(ctx, title: t.competencePlanOf(name: name), [
            el("p", [.class("breadcrumb no-print")], [link(t.backToPlan, to: SiteURL.competencePlan(loaded.file.id).path)]),
            el("article", [.class("print-page print-landscape")], [
                el("h1", t.competencePlanOf(name: name)),
                loaded.rows.isEmpty ? el("p", t.noPlanRowsYet)
                    : Components.table(label: t.competencePlanTitle, headers: CompetencePlanField.allCases.map(t.competencePlanField),
                                       rows: loaded.rows.map { row in
                                           CompetencePlanField.allCases.map { el("span", [.class("note-text")], row.planFields[$0] ?? "") }
                                       }),
            ]),
            el("p", [.class("hint no-print")], t.planPrintHint),
        ])
    }

    private static func errorSummary(_ ctx: PageContext, _ errors: [CompetencePlanField: String]) -> HTMLNode {
        Form.errorSummary(ctx, CompetencePlanField.allCases.compactMap { field in
            errors[field].map { (field.rawValue, "\(ctx.texts.competencePlanField(field)): \($0)") }
        })
    }

    private static func fields(_ ctx: PageContext, _ typed: [CompetencePlanField: String], _ errors: [CompetencePlanField: String]) -> [HTMLNode] {
        let t = ctx.texts
        return CompetencePlanField.allCases.map { field in
            field == .taskType || field == .estimatedTime
                ? Form.input(field.rawValue, label: t.competencePlanField(field), value: typed[field], error: errors[field],
                             hint: t.competencePlanFieldHint(field), required: field == .taskType)
                : Form.textarea(field.rawValue, label: t.competencePlanField(field), value: typed[field], error: errors[field],
                                hint: t.competencePlanFieldHint(field), rows: 2)
        }
    }

    private static func fieldList(_ ctx: PageContext, _ fields: [CompetencePlanField: String]) -> HTMLNode {
        el("dl", [.class("facts")], CompetencePlanField.allCases.filter { $0 != .taskType && fields[$0] != nil }.flatMap { field in
            [el("dt", ctx.texts.competencePlanField(field)), el("dd", [.class("note-text")], fields[field] ?? "")]
        })
    }

    private static func sharing(_ ctx: PageContext, _ loaded: CompetencePlanController.Loaded) -> HTMLNode {
        let t = ctx.texts
        guard let manager = loaded.file.person(.manager) else { return .empty }
        return el("section", [.class("sharing"), .aria("labelledby", "plan-sharing-heading")], [
            el("h2", [.id("plan-sharing-heading")], t.sharePlanWithManagerHeading),
            when(loaded.isShared, el("p", t.planSharedWithManager(name: manager.name))),
            el("form", [.methodPost, .action(SiteURL.competencePlanSharing(loaded.file.id).path)], [
                Form.csrf(ctx),
                .void("input", [.type("hidden"), .name("share"), .value(loaded.isShared ? "no" : "yes")]),
                Form.submit(loaded.isShared ? t.unsharePlanWithManager(name: manager.name) : t.sharePlanWithManager(name: manager.name),
                            secondary: true),
            ]),
        ])
    }

    private static func history(_ ctx: PageContext, _ loaded: CompetencePlanController.Loaded) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.aria("labelledby", "plan-history-heading")], [
            el("h2", [.id("plan-history-heading")], t.planHistoryTitle),
            loaded.changes.isEmpty ? el("p", [.class("muted")], t.planHistoryEmpty) : el("ul", [.class("history")], loaded.changes.map { change in
                let name = loaded.writers[change.$changedBy.id]?.name ?? ""
                let date = ctx.dates.day(change.changedAt)
                let task = (change.changeKind == .removed ? change.before : change.after)[CompetencePlanField.taskType.rawValue] ?? ""
                let line: String
                switch change.changeKind {
                case .added: line = t.planRowAddedBy(name: name, date: date, task: task)
                case .removed: line = t.planRowRemovedBy(name: name, date: date, task: task)
                case .changed:
                    let fields = CompetencePlanField.changed(from: CompetencePlanRow.typed(change.before), to: CompetencePlanRow.typed(change.after))
                    line = t.planRowChangedBy(name: name, date: date, task: task, fields: fields.map(t.competencePlanField).joined(separator: ", "))
                }
                return el("li", line)
            }),
        ])
    }
}
