import Fluent
import GodstartCore
import Vapor

/// Mentor and mentee each answer their own questions before the start meeting; each decides
/// whether the other may read them.
enum PreparationController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let questions: [PreparationQuestion]
        let own: PreparationAnswers?
        /// The other half of the mentoring, and their answers if they shared them with this person.
        let other: Person?
        let othersShared: PreparationAnswers?
    }

    static func load(_ req: Request) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(try req.idParameter(), by: person, on: req.db)
        guard let questions = PreparationQuestion.set(for: relations) else { throw Abort(.notFound) }
        let all = try await PreparationAnswers.query(on: req.db).filter(\.$programme.$id == file.id).all()
        let own = all.first { $0.$author.id == person.id }
        let other = relations.contains(.newcomer) ? PrivateWriting.mentorToShareWith(file, author: person)
            : file.newcomer.flatMap { $0.id == person.id ? nil : $0 }
        let now = req.application.settings.now()
        let othersShared = all.first { answers in
            answers.$author.id == other?.id && PrivateWriting.decide(
                .preparationAnswers, .read, file: file, person: person, authorID: answers.$author.id,
                sharedWithID: answers.$sharedWith.id, now: now) == .allow
        }
        return Loaded(file: file, person: person, questions: questions, own: own, other: other, othersShared: othersShared)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req)
        if let shared = loaded.othersShared {
            try await AuditLog.read(.preparationAnswers, item: shared.id, author: shared.$author.id, in: loaded.file,
                                    context: AccessContext(isSharedWithPerson: true), req)
        }
        return PreparationPage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded,
                                      typed: loaded.own?.answers ?? [:], errors: [:])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        let (texts, errors) = TextFields.read(loaded.questions, from: fields, maximum: PrivateWriting.maximumPartLength,
                                              tooLong: req.language.texts.errorTooLong)
        let answers = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) })
        guard errors.isEmpty else {
            let response = PreparationPage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded,
                                                  typed: fields, errors: Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) }))
            response.status = .unprocessableEntity
            return response
        }
        let authorID = try loaded.person.requireID()
        let record = loaded.own ?? PreparationAnswers(programmeID: loaded.file.id, authorID: authorID)
        record.answers = answers
        try await record.save(on: req.db)
        req.flash(req.language.texts.answersSaved)
        return req.redirect(to: SiteURL.preparation(loaded.file.id).path)
    }

    @Sendable static func share(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard let own = loaded.own else { throw Abort(.notFound) }
        let t = req.language.texts
        let before = own.$sharedWith.id
        if req.form(PrivateWriting.SharingForm.self).share == "yes" {
            guard let other = loaded.other else { throw Abort(.notFound) }
            own.$sharedWith.id = other.id
            req.flash(t.sharedFlash(name: other.name))
        } else {
            own.$sharedWith.id = nil
            req.flash(t.unsharedFlash)
        }
        try await req.db.transaction { db in
            try await own.update(on: db)
            try await PrivateWriting.recordSharing(.preparationAnswers, item: own.id, before: before, after: own.$sharedWith.id,
                                                   programme: loaded.file.id, req, on: db)
        }
        return req.redirect(to: SiteURL.preparation(loaded.file.id).path)
    }
}
