import Fluent
import Foundation
import GodstartCore
import Vapor

/// Importing employment dates from a CSV file from HR: first a preview with every line's change and
/// every problem by line number, then, when there are none, the import in one transaction.
/// Importing the same file again changes nothing.
enum EmploymentImportController {
    struct ImportForm: FormInput {
        var csv: String?
        var file: File?
        var intent: String?
        init() {}
    }

    struct Preview {
        let rows: [EmploymentRow]
        let changes: [EmploymentImport.Change]
        let problems: [ImportProblem]

        var creates: Int { changes.filter { $0 == .create }.count }
        var unchanged: Int { changes.filter { $0 == .unchanged }.count }
        var updates: Int { changes.count - creates - unchanged }
        var canImport: Bool { problems.isEmpty && !rows.isEmpty && unchanged < rows.count }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try EmploymentController.writer(req)
        return EmploymentPages.importPage(try await EmploymentController.context(req), csv: "", preview: nil, error: nil)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let person = try EmploymentController.writer(req)
        let t = req.language.texts
        let ctx = try await EmploymentController.context(req)
        let form = req.form(ImportForm.self)
        func refuse(_ csv: String, _ error: String) -> Response {
            let response = EmploymentPages.importPage(ctx, csv: csv, preview: nil, error: error)
            response.status = .unprocessableEntity
            return response
        }
        let csv: String
        switch UploadedCSV.read(pasted: form.csv, file: form.file, texts: t) {
        case .success(let text): csv = text
        case .failure(let refusal): return refuse(refusal.kept, refusal.message)
        }

        let units = try await EmploymentController.units(of: person, on: req.db)
        let (rows, problems) = EmploymentImport.read(csv, units: Set(units.map(\.name)))
        guard rows.count + problems.count <= EmploymentImport.maximumLines else {
            return refuse(csv, t.errorTooManyLines(maximum: EmploymentImport.maximumLines))
        }
        let existing = try await EmploymentRecord.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id).all()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let byKey = Dictionary(existing.compactMap { record in record.start.map { (EmploymentRow.key(record.reference, $0), record) } },
                               uniquingKeysWith: { a, _ in a })
        let changes = EmploymentImport.changes(rows, existing: byKey.mapValues { ($0.end, $0.$unit.id.flatMap { unitNames[$0] }) })
        let preview = Preview(rows: rows, changes: changes, problems: problems)

        guard form.intent == "import", preview.canImport else {
            let response = EmploymentPages.importPage(ctx, csv: csv, preview: preview, error: nil)
            if !problems.isEmpty { response.status = .unprocessableEntity }
            return response
        }
        let unitIDs = Dictionary(units.map { ($0.name, $0.id!) }, uniquingKeysWith: { a, _ in a })
        let organisationID = person.$organisation.id
        try await req.db.transaction { db in
            let created = zip(rows, changes).filter { $0.1 == .create }.map { row, _ in
                EmploymentRecord(organisationID: organisationID, unitID: row.unit.flatMap { unitIDs[$0] },
                                 reference: row.reference, start: row.start, end: row.end)
            }
            // Batched inserts, within the parameter limit of both databases.
            for start in stride(from: 0, to: created.count, by: 500) {
                try await Array(created[start..<min(start + 500, created.count)]).create(on: db)
            }
            for (row, change) in zip(rows, changes) {
                switch change {
                case .unchanged, .create: continue
                case .update:
                    guard let record = byKey[EmploymentRow.key(row.reference, row.start)] else { continue }
                    record.endedOn = row.end?.iso
                    if let unit = row.unit { record.$unit.id = unitIDs[unit] }
                    try await record.update(on: db)
                }
            }
        }
        req.flash(t.employmentsImported(created: preview.creates, updated: preview.updates))
        return req.redirect(to: SiteURL.employments.path)
    }
}
