import Fluent
import GodstartCore
import SQLKit
import Vapor

/// The learning and competence plan, edited together by mentee and mentor, with every change kept.
enum CompetencePlanController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let relations: Set<ProgrammeRelation>
        /// The rows in the plan now, oldest first.
        let rows: [CompetencePlanRow]
        /// Every change, newest first.
        let changes: [CompetencePlanChange]
        /// The rows shown, or the history, hold some set aside from an earlier mentorship.
        let readsEarlierMentorship: Bool
        /// The rows set aside from an earlier mentorship.
        let earlierRowIDs: Set<UUID>
        /// Everyone who changed the plan, a former mentor too.
        let writers: [UUID: Person]
        let canWrite: Bool

        var isMentee: Bool { relations.contains(.newcomer) }
        var isShared: Bool { file.programme.planSharedWithManager == true }

        /// A row of the earlier mentorship that the mentee shared is the new mentor's to read only.
        func canWrite(_ row: CompetencePlanRow) -> Bool {
            canWrite && AccessPolicy.decide(relations, .competencePlan, .write,
                                            file.mentorshipContext(earlier: row.id.map(earlierRowIDs.contains) ?? false)) == .allow
        }
    }

    static func decide<M, P>(_ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>, _ action: Action) -> Decision {
        AccessPolicy.decide(relations, .competencePlan, action,
                            AccessContext(isSharedWithPerson: file.programme.planSharedWithManager == true, part: .mentoring))
    }

    static func load(_ req: Request, programmeID: UUID, _ action: Action) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(programmeID, by: person, on: req.db)
        guard decide(file, relations, action) == .allow else { throw Abort(.notFound) }
        // A row's changes go with the row: a row set aside from the earlier mentorship shows none of
        // its history to a new mentor, even changes made after the mentor changed.
        let (rows, earlier) = try await EarlierMentorship.marked(CompetencePlanRow.self, on: req.db) {
            $0.where("programme_id", .equal, SQLBind(file.id)).orderBy("created_at")
        }
        let readableRows = file.visibleToMentor(rows, .competencePlan, relations, isEarlier: { earlier.contains($0.id!) })
        let readableRowIDs = Set(readableRows.compactMap(\.id))
        let changes = try await CompetencePlanChange.query(on: req.db).filter(\.$programme.$id == file.id)
            .sort(\.$changedAt, .descending).all().filter { readableRowIDs.contains($0.$row.id) }
        let missing = Set(changes.map { $0.$changedBy.id }).subtracting(file.people.keys)
        var writers = file.people
        if !missing.isEmpty {
            for person in try await Person.query(on: req.db).filter(\.$id ~~ Array(missing)).all() { writers[person.id!] = person }
        }
        return Loaded(file: file, person: person, relations: relations, rows: readableRows.filter { $0.removedAt == nil },
                      changes: changes, readsEarlierMentorship: readableRows.contains { earlier.contains($0.id!) }, earlierRowIDs: earlier,
                      writers: writers, canWrite: decide(file, relations, .write) == .allow)
    }

    static func row(_ req: Request, _ action: Action) async throws -> (CompetencePlanRow, Loaded) {
        guard let found = try await CompetencePlanRow.find(try req.idParameter(), on: req.db) else { throw Abort(.notFound) }
        let loaded = try await load(req, programmeID: found.$programme.id, action)
        guard let row = loaded.rows.first(where: { $0.id == found.id }), action == .read || loaded.canWrite(row) else {
            throw Abort(.notFound)
        }
        return (row, loaded)
    }

    /// The typed row, and what is wrong with it.
    static func read(_ req: Request) -> ([CompetencePlanField: String], [CompetencePlanField: String]) {
        let t = req.language.texts
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        var (texts, errors) = TextFields.read(CompetencePlanField.allCases, from: fields,
                                              maximum: CompetencePlanField.maximumLength, tooLong: t.errorTooLongLimit(CompetencePlanField.maximumLength))
        if texts[.taskType] == nil { errors[.taskType] = t.errorPlanRowTaskTypeMissing }
        return (texts, errors)
    }

    /// The plan shown is someone else's reading for a manager it is shared with, and for a mentor
    /// who took over and reads rows from before (`AuditLog.readMentoring`).
    static func recordRead(_ loaded: Loaded, _ req: Request) async throws {
        guard !loaded.rows.isEmpty || !loaded.changes.isEmpty else { return }
        try await AuditLog.readMentoring(.competencePlan, earlier: [loaded.readsEarlierMentorship], in: loaded.file, req)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .read)
        try await recordRead(loaded, req)
        return CompetencePlanPages.plan(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: [:], errors: [:])
    }

    @Sendable static func print(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .read)
        try await recordRead(loaded, req)
        return CompetencePlanPages.printable(try await PrivateWriting.pageContext(req, loaded.file), loaded)
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .write)
        let (texts, errors) = read(req)
        guard errors.isEmpty else {
            let response = CompetencePlanPages.plan(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: texts, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let personID = try loaded.person.requireID()
        let now = req.application.settings.now()
        try await req.db.transaction { db in
            let row = CompetencePlanRow(programmeID: loaded.file.id, fields: texts)
            try await row.create(on: db)
            try await CompetencePlanChange(row: row, by: personID, kind: .added, before: [:], at: now).create(on: db)
        }
        req.flash(req.language.texts.planRowAdded)
        return req.redirect(to: SiteURL.competencePlan(loaded.file.id).path)
    }

    @Sendable static func showRow(req: Request) async throws -> Response {
        let (row, loaded) = try await row(req, .write)
        return CompetencePlanPages.row(try await PrivateWriting.pageContext(req, loaded.file), loaded, row, typed: row.planFields, errors: [:])
    }

    @Sendable static func saveRow(req: Request) async throws -> Response {
        let (row, loaded) = try await row(req, .write)
        let t = req.language.texts
        let (texts, errors) = read(req)
        guard errors.isEmpty else {
            let response = CompetencePlanPages.row(try await PrivateWriting.pageContext(req, loaded.file), loaded, row, typed: texts, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        if CompetencePlanField.changed(from: row.planFields, to: texts).isEmpty {
            req.flash(t.planRowUnchanged)
        } else {
            let before = row.fields
            let personID = try loaded.person.requireID()
            let now = req.application.settings.now()
            try await req.db.transaction { db in
                row.planFields = texts
                try await row.update(on: db)
                try await CompetencePlanChange(row: row, by: personID, kind: .changed, before: before, at: now).create(on: db)
            }
            req.flash(t.planRowSaved)
        }
        return req.redirect(to: SiteURL.competencePlan(loaded.file.id).path)
    }

    @Sendable static func removeRow(req: Request) async throws -> Response {
        let (row, loaded) = try await row(req, .write)
        let personID = try loaded.person.requireID()
        let now = req.application.settings.now()
        try await req.db.transaction { db in
            row.removedAt = now
            try await row.update(on: db)
            try await CompetencePlanChange(row: row, by: personID, kind: .removed, before: row.fields, at: now).create(on: db)
        }
        req.flash(req.language.texts.planRowRemoved)
        return req.redirect(to: SiteURL.competencePlan(loaded.file.id).path)
    }

    /// Only the mentee decides whether the manager may read the plan.
    @Sendable static func share(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .write)
        guard loaded.isMentee else { throw Abort(.notFound) }
        let share = req.form(PrivateWriting.SharingForm.self).share == "yes"
        let manager = loaded.file.programme.$manager.id
        let before = loaded.file.programme.planSharedWithManager == true ? manager : nil
        loaded.file.programme.planSharedWithManager = share
        try await req.db.transaction { db in
            try await loaded.file.programme.update(on: db)
            try await PrivateWriting.recordSharing(.competencePlan, item: nil, before: before, after: share ? manager : nil,
                                                   programme: loaded.file.id, req, on: db)
        }
        req.flash(share ? req.language.texts.planSharedFlash : req.language.texts.planUnsharedFlash)
        return req.redirect(to: SiteURL.competencePlan(loaded.file.id).path)
    }
}
