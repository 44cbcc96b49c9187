import GodstartCore
import Vapor

/// The staff import: the file (uploaded or pasted), the column mapping, and the preview with every
/// line's outcome and every problem.
enum StaffImportPage {
    /// How many changed lines the preview lists; the counts above it cover them all.
    static let previewLimit = 300

    static func render(_ ctx: PageContext, csv: String, preview: StaffImportController.Preview?, error: String?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.staffImportTitle, [
            el("p", [.class("breadcrumb")], [link(t.navPeople, to: SiteURL.people.path)]),
            el("h1", t.staffImportTitle),
            el("p", t.staffImportIntro),
            Form.errorSummary(ctx, error.map { [("csv", $0)] } ?? []),
            preview.map { previewSection(ctx, $0) } ?? .empty,
            Components.csvImportForm(ctx, action: .staffImport, csv: csv, error: error, canImport: preview?.canImport == true,
                                     before: preview.map { [mapping(ctx, $0)] } ?? []),
        ])
    }

    /// One choice per field of which column holds it.
    static func mapping(_ ctx: PageContext, _ preview: StaffImportController.Preview) -> HTMLNode {
        let t = ctx.texts
        let columns = preview.headers.filter { !$0.isEmpty }.map { Form.Option(value: $0, label: $0) }
        return el("fieldset", [.class("field")], [
            el("legend", t.staffMappingLegend),
            el("p", [.class("hint")], t.staffMappingHint),
            .void("input", [.type("hidden"), .name("mapped"), .value("yes")]),
        ] + StaffField.allCases.map { field in
            let hint = t.staffFieldHint(field)
            return Form.select(StaffImportController.ImportForm.fieldName(field), label: t.staffField(field), options: columns,
                               selected: preview.mapping.columns[field], placeholder: t.staffColumnNotInFile,
                               hint: hint.isEmpty ? nil : hint)
        })
    }

    static func previewSection(_ ctx: PageContext, _ preview: StaffImportController.Preview) -> HTMLNode {
        let t = ctx.texts
        // Those leaving first, so no cut hides them.
        let changed = preview.outcomes.filter { $0.kind == .end } + preview.outcomes.filter { $0.kind != .unchanged && $0.kind != .end }
        let rows: [[HTMLNode]] = changed.prefix(previewLimit).map { outcome in
            let what = outcome.changed.filter { $0 != .email }.map { field in
                field == .end ? outcome.row.end.map { t.staffLastDay(ctx.dates.day($0)) } ?? t.staffField(.end) : t.staffField(field)
            } + (outcome.becomesManager ? [t.staffBecomesManager] : [])
            return [text(String(outcome.row.line)), text(outcome.row.name), text(outcome.row.email),
                    text(t.staffOutcome(outcome.kind)), text(what.joined(separator: ", "))]
        }
        return el("section", [.aria("labelledby", "preview-heading")], [
            el("h2", [.id("preview-heading")], t.importPreviewHeading),
            el("p", [Attr("role", "status")], t.staffPreviewSummary(created: preview.count(.create), updated: preview.count(.update),
                                                                     ended: preview.count(.end), unchanged: preview.count(.unchanged),
                                                                     problems: Set(preview.problems.map(\.line)).count)),
            when(!preview.newUnits.isEmpty, el("p", t.staffNewUnits(preview.newUnits.joined(separator: ", ")))),
            when(!preview.newManagersOutsideFile.isEmpty,
                 el("p", "\(preview.newManagersOutsideFile.map(\.name).joined(separator: ", ")): \(t.staffBecomesManager)")),
            preview.problems.isEmpty ? .empty : el("div", [.class("error-summary"), Attr("role", "alert"), .id("import-problems")], [
                el("h3", t.importProblemsHeading),
                el("ul", [], preview.problems.prefix(previewLimit).map { el("li", t.staffProblem($0)) }),
            ]),
            when(!preview.problems.isEmpty, el("p", t.importFixFirst)),
            when(preview.problems.isEmpty && !preview.hasChanges, el("p", t.staffNothingToChange)),
            rows.isEmpty ? .empty : Components.table(
                label: t.importPreviewHeading,
                headers: [t.importLineColumn, t.staffField(.name), t.staffField(.email), t.importChangeColumn, t.staffChangesColumn],
                rows: rows),
            when(changed.count > previewLimit, el("p", [.class("muted")], t.importPreviewCut(shown: previewLimit, total: changed.count))),
        ])
    }
}
