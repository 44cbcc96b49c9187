import Fluent
import GodstartCore
import Vapor

/// A new mentor: the mentee or the coordinator asks, with a neutral reason; the coordinator chooses
/// the new mentor. The mentee keeps everything; the earlier mentor keeps only what was shared with
/// them, and the new mentor sees nothing of the earlier mentoring unless the mentee shares it.
enum MentorChangeController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let relations: Set<ProgrammeRelation>
        let openRequests: [MentorChangeRequest]
        let formerMentorships: [FormerMentorship]
        /// Names of everyone the page mentions who is not in the programme now.
        let others: [UUID: Person]
        /// People the coordinator may choose as the new mentor.
        let candidates: [Person]

        var isMentee: Bool { relations.contains(.newcomer) }
        var isCoordinator: Bool { relations.contains(.coordinator) }

        func name(_ id: UUID) -> String { (file.people[id] ?? others[id])?.name ?? "" }
    }

    static func load(_ req: Request) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(try req.idParameter(), by: person, on: req.db)
        guard relations.contains(.newcomer) || AccessPolicy.decide(relations, .programme, .write) == .allow else { throw Abort(.notFound) }
        let requests = try await MentorChangeRequest.query(on: req.db).filter(\.$programme.$id == file.id)
            .filter(\.$resolvedAt == nil).sort(\.$createdAt).all()
        let former = try await FormerMentorship.query(on: req.db).filter(\.$programme.$id == file.id).sort(\.$until).all()
        let mentioned = Set(requests.map { $0.$requestedBy.id } + former.map { $0.$mentor.id }).subtracting(file.people.keys)
        let others = mentioned.isEmpty ? [] : try await Person.query(on: req.db).filter(\.$id ~~ Array(mentioned)).all()
        let members = file.members
        let candidates = relations.contains(.coordinator)
            ? try await Person.query(on: req.db).filter(\.$organisation.$id == members.organisation).filter(\.$leftOn == nil).sort(\.$name).all()
                .filter { AssignmentRules.canTakeOverAsMentor($0.id!, newcomer: members.newcomer, manager: members.manager,
                                                              currentMentor: members.mentor) }
            : []
        return Loaded(file: file, person: person, relations: relations, openRequests: requests, formerMentorships: former,
                      others: Dictionary(uniqueKeysWithValues: others.map { ($0.id!, $0) }), candidates: candidates)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req)
        return MentorChangePage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: Typed(), errors: [:])
    }

    struct Typed: FormInput {
        var reason: String?
        var mentor: String?
    }

    @Sendable static func change(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let t = req.language.texts
        let typed = req.form(Typed.self)
        let reason = typed.reason.flatMap(MentorChangeReason.init(rawValue:))
        let newMentor = typed.mentor.flatMap(UUID.init(uuidString:)).flatMap { id in loaded.candidates.first { $0.id == id } }
        var errors: [String: String] = [:]
        if reason == nil { errors["reason"] = t.errorChooseReason }
        if loaded.isCoordinator && newMentor == nil { errors["mentor"] = t.errorChooseNewMentor }
        guard errors.isEmpty, let reason else {
            let response = MentorChangePage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: typed, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let programme = loaded.file.programme
        guard loaded.isCoordinator, let newMentor else {
            // The mentee asks; the coordinator chooses the new mentor.
            try await MentorChangeRequest(programmeID: loaded.file.id, requestedByID: try loaded.person.requireID(), reason: reason)
                .create(on: req.db)
            let coordinator = try await HomeController.coordinator(of: loaded.person, on: req.db)
            req.flash(t.mentorChangeRequestedFlash(coordinator: coordinator?.name ?? ""))
            return req.redirect(to: SiteURL.mentorChange(loaded.file.id).path)
        }
        let now = req.application.settings.now()
        try await req.db.transaction { db in
            let formerMentorID = programme.$mentor.id
            let former = FormerMentorship(programmeID: loaded.file.id, mentorID: formerMentorID, from: programme.mentorSince,
                                          until: now, reason: reason)
            try await former.create(on: db)
            try await EarlierMentorship.setAside(programmeID: loaded.file.id, formerMentorshipID: former.requireID(), on: db)
            programme.$mentor.id = try newMentor.requireID()
            programme.mentorSince = now
            programme.earlierMaterialShared = false
            try await programme.update(on: db)
            for request in loaded.openRequests {
                request.resolvedAt = now
                try await request.update(on: db)
            }
            // In the log of each of the three: the new mentor, the mentee and the mentor who stopped.
            try await AuditLog.record(.init(kind: .assignmentChanged, detail: .newMentor, subject: newMentor.id,
                                            programme: loaded.file.id), req, on: db)
            try await AuditLog.record(.init(kind: .assignmentChanged, detail: .mentorChanged, subject: programme.$newcomer.id,
                                            programme: loaded.file.id), req, on: db)
            try await AuditLog.record(.init(kind: .assignmentChanged, detail: .mentorshipEnded, subject: formerMentorID,
                                            programme: loaded.file.id), req, on: db)
            if let file = try await ProgrammeQueries.file(loaded.file.id, on: db) {
                try await ProgrammeMail.assigned(file, roles: [.mentor], by: loaded.person, settings: req.application.settings.mail,
                                                 now: now, on: db)
            }
        }
        req.flash(t.mentorChangedFlash(name: newMentor.name))
        return req.redirect(to: SiteURL.programme(loaded.file.id).path)
    }

    /// The mentee lets the new mentor see the learning goals and the plan from before, or takes it back.
    @Sendable static func shareEarlierMaterial(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard loaded.isMentee, loaded.file.programme.mentorSince != nil else { throw Abort(.notFound) }
        let shared = req.form(PrivateWriting.SharingForm.self).share == "on"
        try await req.db.transaction { db in
            loaded.file.programme.earlierMaterialShared = shared
            try await loaded.file.programme.update(on: db)
            try await AuditLog.record(.init(kind: .accessChanged, detail: shared ? .earlierMaterialShared : .earlierMaterialUnshared,
                                            subject: loaded.file.programme.$mentor.id, programme: loaded.file.id), req, on: db)
        }
        req.flash(req.language.texts.carryOverSaved)
        return req.redirect(to: SiteURL.mentorChange(loaded.file.id).path)
    }

    /// The programmes with a request for a new mentor that the coordinator has not acted on.
    static func openRequests(_ files: [ProgrammeFile], on db: Database) async throws -> Set<UUID> {
        let ids = files.map(\.id)
        guard !ids.isEmpty else { return [] }
        let requests = try await MentorChangeRequest.query(on: db).filter(\.$programme.$id ~~ ids).filter(\.$resolvedAt == nil).all()
        return Set(requests.map { $0.$programme.id })
    }
}
