import Foundation
import GodstartCore
import Vapor

/// The employment dates behind the retention figures: the list with a form to add one, one
/// employment's end and unit, and the import from HR with its preview.
enum EmploymentPages {
    typealias Errors = EmploymentController.Errors

    static func unitOptions(_ units: [OrganisationUnit]) -> [Form.Option] {
        units.map { Form.Option(value: $0.id!.uuidString.lowercased(), label: $0.name) }
    }

    static func summary(_ ctx: PageContext, _ errors: Errors, labels: [(String, String)]) -> HTMLNode {
        Form.errorSummary(ctx, labels.compactMap { field, label in errors[field].map { (field, "\(label): \($0)") } })
    }

    static func fields(_ ctx: PageContext, units: [OrganisationUnit], typed: EmploymentController.EmploymentForm, errors: Errors,
                       fixed: Bool) -> [HTMLNode] {
        let t = ctx.texts
        return [
            fixed ? .empty : Form.input("reference", label: t.employmentReferenceLabel, value: typed.reference, error: errors["reference"],
                                        hint: t.employmentReferenceHint, autocomplete: "off"),
            fixed ? .empty : Form.date("start", label: t.employmentStartLabel, value: typed.start, error: errors["start"]),
            Form.date("end", label: t.employmentEndLabel, value: typed.end, error: errors["end"], hint: t.employmentEndHint, required: false),
            Form.select("unit", label: t.unitLabel, options: unitOptions(units), selected: typed.unit, placeholder: t.noUnitOption,
                        error: errors["unit"]),
        ]
    }

    static func labels(_ t: Texts) -> [(String, String)] {
        [("reference", t.employmentReferenceLabel), ("start", t.employmentStartLabel), ("end", t.employmentEndLabel), ("unit", t.unitLabel)]
    }

    static func list(_ ctx: PageContext, _ records: [EmploymentRecord], total: Int, units: [OrganisationUnit],
                     typed: EmploymentController.EmploymentForm, errors: Errors) -> Response {
        let t = ctx.texts
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        func day(_ date: LocalDate?) -> String { date.map { ctx.dates.shortDay($0.instant(at: LocalTime(hour: 12), in: ctx.dates.timeZone)) } ?? "" }
        let rows: [[HTMLNode]] = records.map { record in
            [
                link(record.reference, to: SiteURL.employment(record.id).path, [.aria("label", "\(t.editEmployment): \(record.reference)")]),
                text(day(record.start)),
                text(record.end == nil ? t.stillEmployed : day(record.end)),
                text(record.$unit.id.flatMap { unitNames[$0] } ?? ""),
            ]
        }
        return Layout.page(ctx, title: t.employmentsTitle, [
            el("p", [.class("breadcrumb")], [link(t.retentionTitle, to: SiteURL.retention.path)]),
            el("h1", t.employmentsTitle),
            el("p", t.employmentsIntro),
            el("p", [.class("actions")], [link(t.importEmploymentsTitle, to: SiteURL.employmentImport.path, [.class("button secondary")])]),
            el("section", [.aria("labelledby", "add-heading")], [
                el("h2", [.id("add-heading")], t.addEmploymentHeading),
                summary(ctx, errors, labels: labels(t)),
                el("form", [.methodPost, .action(SiteURL.employments.path), Attr("novalidate", nil)],
                   [Form.csrf(ctx)] + fields(ctx, units: units, typed: typed, errors: errors, fixed: false) + [Form.submit(t.addEmploymentButton)]),
            ]),
            el("h2", t.employmentsListHeading),
            el("p", [.class("muted")], t.employmentsShown(shown: records.count, total: total)),
            records.isEmpty ? el("p", t.noEmployments)
                : Components.table(label: t.employmentsListHeading,
                                   headers: [t.employmentReferenceLabel, t.employmentStartLabel, t.employmentEndLabel, t.unitLabel], rows: rows),
        ])
    }

    static func edit(_ ctx: PageContext, _ record: EmploymentRecord, units: [OrganisationUnit],
                     typed: EmploymentController.EmploymentForm, errors: Errors) -> Response {
        let t = ctx.texts
        let started = record.start.map { ctx.dates.day($0) } ?? record.startedOn
        return Layout.page(ctx, title: record.reference, [
            el("p", [.class("breadcrumb")], [link(t.employmentsTitle, to: SiteURL.employments.path)]),
            el("h1", record.reference),
            el("p", t.employmentStarted(started)),
            summary(ctx, errors, labels: labels(t)),
            el("form", [.methodPost, .action(SiteURL.employment(record.id).path), Attr("novalidate", nil)],
               [Form.csrf(ctx)] + fields(ctx, units: units, typed: typed, errors: errors, fixed: true) + [Form.submit(t.employmentSaveButton)]),
            el("form", [.methodPost, .action(SiteURL.employmentRemoval(record.id).path), .class("danger-zone")], [
                Form.csrf(ctx),
                el("p", [.class("hint")], t.removeEmploymentHint),
                Form.submit(t.removeEmploymentButton, secondary: true),
            ]),
        ])
    }

    static func importPage(_ ctx: PageContext, csv: String, preview: EmploymentImportController.Preview?, error: String?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.importEmploymentsTitle, [
            el("p", [.class("breadcrumb")], [link(t.employmentsTitle, to: SiteURL.employments.path)]),
            el("h1", t.importEmploymentsTitle),
            el("p", t.importEmploymentsIntro),
            Form.errorSummary(ctx, error.map { [("csv", $0)] } ?? []),
            preview.map { previewSection(ctx, $0) } ?? .empty,
            Components.csvImportForm(ctx, action: .employmentImport, csv: csv, error: error, canImport: preview?.canImport == true),
        ])
    }

    /// How many lines the preview lists; the counts above it cover them all.
    static let previewLimit = 300

    static func previewSection(_ ctx: PageContext, _ preview: EmploymentImportController.Preview) -> HTMLNode {
        let t = ctx.texts
        let rows: [[HTMLNode]] = zip(preview.rows, preview.changes).prefix(previewLimit).map { row, change in
            [text(String(row.line)), text(row.reference), text(row.start.iso), text(row.end?.iso ?? ""), text(row.unit ?? ""),
             text(t.importChange(change))]
        }
        return el("section", [.aria("labelledby", "preview-heading")], [
            el("h2", [.id("preview-heading")], t.importPreviewHeading),
            el("p", [Attr("role", "status")], t.importPreviewSummary(created: preview.creates, updated: preview.updates,
                                                                      unchanged: preview.unchanged, problems: preview.problems.count)),
            preview.problems.isEmpty ? .empty : el("div", [.class("error-summary"), Attr("role", "alert"), .id("import-problems")], [
                el("h3", t.importProblemsHeading),
                el("ul", [], preview.problems.map { el("li", t.importProblem($0)) }),
            ]),
            when(!preview.problems.isEmpty, el("p", t.importFixFirst)),
            when(preview.problems.isEmpty && !preview.canImport && !preview.rows.isEmpty, el("p", t.importNothingToChange)),
            rows.isEmpty ? .empty : Components.table(
                label: t.importPreviewHeading,
                headers: [t.importLineColumn, t.employmentReferenceLabel, t.employmentStartLabel, t.employmentEndLabel, t.unitLabel,
                          t.importChangeColumn], rows: rows),
            when(preview.rows.count > previewLimit, el("p", [.class("muted")], t.importPreviewCut(shown: previewLimit, total: preview.rows.count))),
        ])
    }
}
