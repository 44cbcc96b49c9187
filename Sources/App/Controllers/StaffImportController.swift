import Fluent
import Foundation
import GodstartCore
import Vapor

/// The administrator imports the staff list from HR: uploads or pastes the file, maps its columns
/// (guessed from their names, remembered for the next file), sees what each line does and every
/// problem by line and field, and confirms. Nothing is imported while a problem remains; the lines
/// stay in the box to be corrected. Importing the same file twice changes nothing.
enum StaffImportController {
    struct ImportForm: FormInput {
        var csv: String?
        var file: File?
        var intent: String?
        /// "yes" once the mapping comes from the page rather than from the guess.
        var mapped: String?
        var mapName: String?
        var mapEmail: String?
        var mapUnit: String?
        var mapTitle: String?
        var mapStart: String?
        var mapEnd: String?
        var mapManager: String?
        init() {}

        static func fieldName(_ field: StaffField) -> String {
            switch field {
            case .name: "mapName"
            case .email: "mapEmail"
            case .unit: "mapUnit"
            case .title: "mapTitle"
            case .start: "mapStart"
            case .end: "mapEnd"
            case .manager: "mapManager"
            }
        }

        var mapping: StaffMapping {
            let chosen: [StaffField: String?] = [.name: mapName, .email: mapEmail, .unit: mapUnit, .title: mapTitle,
                                                 .start: mapStart, .end: mapEnd, .manager: mapManager]
            return StaffMapping(columns: chosen.compactMapValues { $0.flatMap { $0.isEmpty ? nil : $0 } })
        }
    }

    /// What the page shows after reading a file.
    struct Preview {
        let headers: [String]
        let mapping: StaffMapping
        let outcomes: [StaffOutcome]
        let problems: [StaffProblem]
        let newUnits: [String]
        /// People named as manager who are in Godstart but not in the file, and not managers yet.
        let newManagersOutsideFile: [Person]

        func count(_ kind: StaffOutcome.Kind) -> Int { outcomes.filter { $0.kind == kind }.count }
        var hasChanges: Bool { outcomes.contains { $0.kind != .unchanged } || !newManagersOutsideFile.isEmpty }
        var canImport: Bool { problems.isEmpty && hasChanges }
    }

    /// The staff list is the people row of ACCESS.md: the admin's alone.
    static func admin(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .people, .write)
        return person
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try admin(req)
        return StaffImportPage.render(try await EmploymentController.context(req), csv: "", preview: nil, error: nil)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let person = try admin(req)
        let t = req.language.texts
        let ctx = try await EmploymentController.context(req)
        let form = req.form(ImportForm.self)
        func refuse(_ csv: String, _ error: String) -> Response {
            let response = StaffImportPage.render(ctx, csv: csv, preview: nil, error: error)
            response.status = .unprocessableEntity
            return response
        }
        let csv: String
        switch UploadedCSV.read(pasted: form.csv, file: form.file, texts: t) {
        case .success(let text): csv = text
        case .failure(let refusal): return refuse(refusal.kept, refusal.message)
        }
        let newFile = UploadedCSV.hasFile(form.file)
        guard let table = CSVText.table(csv), !table.rows.isEmpty else { return refuse(csv, t.errorImportEmpty) }
        guard table.rows.count <= StaffImport.maximumLines else { return refuse(csv, t.errorTooManyLines(maximum: StaffImport.maximumLines)) }

        guard let organisation = try await person.organisation(on: req.db) else { throw Abort(.notFound) }
        let headers = table.header.fields
        // A new file gets the guess (with what was remembered); the page's own choice otherwise.
        let mapping = form.mapped == "yes" && !newFile ? form.mapping
            : StaffMapping.guess(headers: headers, remembered: StaffMapping(stored: organisation.staffImportMapping))
        let known = try await StaffDirectory.load(organisation, on: req.db)
        let elsewhere = try await StaffDirectory.addressesElsewhere(in: table, mapping: mapping, organisation: organisation, on: req.db)
        let (rows, readProblems) = StaffImport.read(csv, mapping: mapping, known: Set(known.people.keys), elsewhere: elsewhere)
        let outcomes = StaffImport.plan(rows, existing: known.records, mapped: Set(mapping.columns.keys))
        let administrators = Set(known.people.values.filter(\.isAdmin).map(\.email))
        let problems = readProblems + StaffImport.guardAdministrators(outcomes, administrators: administrators,
                                                                      today: LocalDate(req.application.settings.now(), in: organisation.timeZone))
        // A unit is new once, however the file writes its name.
        var newUnits: [String] = []
        for unit in rows.compactMap(\.unit) where known.unit(named: unit) == nil && !newUnits.contains(where: { $0.lowercased() == unit.lowercased() }) {
            newUnits.append(unit)
        }
        let inFile = Set(rows.map(\.email))
        let managersOutside = Set(rows.compactMap(\.manager)).subtracting(inFile).compactMap { known.people[$0] }.filter { !$0.isManager }
        let preview = Preview(headers: headers, mapping: mapping, outcomes: outcomes, problems: problems, newUnits: newUnits.sorted(),
                              newManagersOutsideFile: managersOutside.sorted { $0.name < $1.name })

        guard form.intent == "import", preview.canImport else {
            let response = StaffImportPage.render(ctx, csv: csv, preview: preview, error: nil)
            if !problems.isEmpty { response.status = .unprocessableEntity }
            return response
        }
        try await StaffDirectory.apply(outcomes, mapping: mapping, newUnits: newUnits, organisation: organisation, known: known,
                                       origin: AuditLog.Origin(req), on: req.db)
        req.flash(t.staffImported(created: preview.count(.create), updated: preview.count(.update), ended: preview.count(.end)))
        return req.redirect(to: SiteURL.people.path)
    }
}
