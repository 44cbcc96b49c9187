import Fluent
import Foundation
import GodstartCore
import Vapor

/// Employment start and end dates, the ground of the retention figures: the coordinator and the
/// admin enter them by hand or import them from HR (`Resource.employmentDates`).
enum EmploymentController {
    /// The most employments the list shows at once, newest first.
    static let listLimit = 200

    struct EmploymentForm: FormInput {
        var reference: String?
        var start: String?
        var end: String?
        var unit: String?

        init() {}

        init(_ record: EmploymentRecord) {
            reference = record.reference
            start = record.startedOn
            end = record.endedOn
            unit = record.$unit.id?.uuidString.lowercased()
        }
    }

    typealias Errors = [String: String]

    /// Whoever keeps the dates (the coordinator and the admin); they also read them, nobody else does.
    static func writer(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .employmentDates, .write)
        return person
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    static func units(of person: Person, on db: Database) async throws -> [OrganisationUnit] {
        try await OrganisationUnit.query(on: db).filter(\.$organisation.$id == person.$organisation.id).sort(\.$name).all()
    }

    static func list(_ req: Request, typed: EmploymentForm = EmploymentForm(), errors: Errors = [:]) async throws -> Response {
        let person = try writer(req)
        let query = EmploymentRecord.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
        let total = try await query.count()
        let records = try await query.sort(\.$startedOn, .descending).sort(\.$reference).limit(listLimit).all()
        let response = EmploymentPages.list(try await context(req), records, total: total, units: try await units(of: person, on: req.db),
                                            typed: typed, errors: errors)
        if !errors.isEmpty { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response { try await list(req) }

    /// What the form says, checked: each problem by its field, or the values to store.
    static func read(_ form: EmploymentForm, units: [OrganisationUnit], t: Texts)
        -> (values: (reference: String, start: LocalDate, end: LocalDate?, unit: UUID?)?, errors: Errors) {
        var errors: Errors = [:]
        let reference = (form.reference ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reference.isEmpty { errors["reference"] = t.errorRequired }
        if reference.count > 200 { errors["reference"] = t.errorTooLongLimit(200) }
        let start = LocalDate(typed: form.start ?? "")
        if start == nil { errors["start"] = (form.start ?? "").isEmpty ? t.errorRequired : t.errorDate }
        let endText = (form.end ?? "").trimmingCharacters(in: .whitespaces)
        let end = endText.isEmpty ? nil : LocalDate(typed: endText)
        if !endText.isEmpty && end == nil { errors["end"] = t.errorDate }
        if let start, let end, end < start { errors["end"] = t.errorEmploymentEndsBeforeStart }
        let unitText = form.unit ?? ""
        let unit = UUID(uuidString: unitText).flatMap { id in units.contains { $0.id == id } ? id : nil }
        if !unitText.isEmpty && unit == nil { errors["unit"] = t.errorUnknownChoice }
        guard errors.isEmpty, let start else { return (nil, errors) }
        return ((reference.lowercased(), start, end, unit), errors)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let person = try writer(req)
        let t = req.language.texts
        let form = req.form(EmploymentForm.self)
        let (values, errors) = read(form, units: try await units(of: person, on: req.db), t: t)
        guard let values else { return try await list(req, typed: form, errors: errors) }
        let existing = try await EmploymentRecord.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
            .filter(\.$reference == values.reference).filter(\.$startedOn == values.start.iso).first()
        guard existing == nil else { return try await list(req, typed: form, errors: ["start": t.errorEmploymentExists]) }
        try await EmploymentRecord(organisationID: person.$organisation.id, unitID: values.unit, reference: values.reference,
                                   start: values.start, end: values.end).create(on: req.db)
        req.flash(t.employmentAdded)
        return req.redirect(to: SiteURL.employments.path)
    }

    static func record(_ req: Request, of person: Person) async throws -> EmploymentRecord {
        guard let record = try await EmploymentRecord.query(on: req.db).filter(\.$id == (try req.idParameter()))
            .filter(\.$organisation.$id == person.$organisation.id).first() else { throw Abort(.notFound) }
        return record
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let person = try writer(req)
        let record = try await record(req, of: person)
        return EmploymentPages.edit(try await context(req), record, units: try await units(of: person, on: req.db),
                                    typed: EmploymentForm(record), errors: [:])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let person = try writer(req)
        let record = try await record(req, of: person)
        let t = req.language.texts
        var form = req.form(EmploymentForm.self)
        // Who and when the employment began name it; only its end and unit change here.
        form.reference = record.reference
        form.start = record.startedOn
        let units = try await units(of: person, on: req.db)
        let (values, errors) = read(form, units: units, t: t)
        guard let values else {
            let response = EmploymentPages.edit(try await context(req), record, units: units, typed: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        record.endedOn = values.end?.iso
        record.$unit.id = values.unit
        try await record.update(on: req.db)
        req.flash(t.employmentSaved)
        return req.redirect(to: SiteURL.employments.path)
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let person = try writer(req)
        let record = try await record(req, of: person)
        try await record.delete(on: req.db)
        req.flash(req.language.texts.employmentRemoved)
        return req.redirect(to: SiteURL.employments.path)
    }

    /// A new hire's employment begins on their first day; recorded when their programme is created,
    /// unless HR's dates already hold it.
    static func recordStart(of email: String, unit: UUID, firstDay: LocalDate, organisation: UUID, on db: Database) async throws {
        let reference = email.lowercased()
        let known = try await EmploymentRecord.query(on: db).filter(\.$organisation.$id == organisation)
            .filter(\.$reference == reference).filter(\.$startedOn == firstDay.iso).count()
        guard known == 0 else { return }
        try await EmploymentRecord(organisationID: organisation, unitID: unit, reference: reference, start: firstDay, end: nil).create(on: db)
    }
}
