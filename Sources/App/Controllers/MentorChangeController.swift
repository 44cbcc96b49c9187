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
        /// Who the coordinator may choose as the new mentor (empty for the mentee).
        let choice: MentorChoice

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
        let choice = relations.contains(.coordinator)
            ? try await MentorChoice.load(for: file.programme, now: req.application.settings.now(), on: req.db) : .none
        return Loaded(file: file, person: person, relations: relations, openRequests: requests, formerMentorships: former,
                      others: Dictionary(uniqueKeysWithValues: others.map { ($0.id!, $0) }), choice: choice)
    }

    /// The colleagues who may take over as mentor (`EligibilityRules`), ranked like the
    /// registration's suggestions; the current mentor and the buddy are left out (one person, one
    /// role; the contact person may also be the mentor).
    struct MentorChoice {
        /// Offered, best first, each with why; those at capacity last.
        let offered: [(person: Person, suggestion: Suggestion)]
        /// Chosen only with a written reason: unwilling, or in their own first year.
        let withReason: [(person: Person, concerns: [EligibilityConcern])]
        let candidates: [UUID: Candidate]
        let opening: RoleOpening
        /// The programme's contact person, who may also become the mentor, and is named as such.
        let contactPerson: UUID?

        static let none = MentorChoice(offered: [], withReason: [], candidates: [:],
                                       opening: RoleOpening(newHire: nil, manager: nil, starts: LocalDate(year: 2000, month: 1, day: 1)),
                                       contactPerson: nil)

        static func load(for programme: Programme, now: Date, on db: Database) async throws -> MentorChoice {
            let loaded = try await AssignmentCandidates.load(programme.$organisation.id, now: now, on: db)
            let lengths = try await IntroductionTemplates.templates(of: programme.$organisation.id, on: db)[programme.programmeVariant]
                ?? .defaults(for: programme.programmeVariant)
            // The mentoring ends with its own closing meeting, as planned or moved.
            let timeZone = try await Organisation.find(programme.$organisation.id, on: db)?.timeZone ?? .current
            let mentoringEnds = try await AssignmentCandidates.commitments([programme], timeZone: timeZone, on: db)
                .first { $0.role == .mentor }?.until.adding(days: -1)
            let opening = RoleOpening(newHire: programme.$newcomer.id, manager: programme.$manager.id, unit: programme.$unit.id,
                                      starts: programme.firstLocalDay, takenFrom: loaded.today,
                                      introductionMonths: lengths.introductionMonths, mentoringMonths: lengths.mentoringMonths,
                                      mentoringEnds: mentoringEnds)
            let need = NewHireNeeds(opening: opening, taken: Set([programme.$mentor.id, programme.$buddy.id].compactMap { $0 }))
            let people = Dictionary(uniqueKeysWithValues: loaded.choosable.map { ($0.id!, $0) })
            let candidates = loaded.choosable.compactMap { loaded.candidates[$0.id!] }
            let offered = AssignmentSuggestions.rank(candidates, for: need, as: .mentor).compactMap { suggestion in
                people[suggestion.candidate].map { (person: $0, suggestion: suggestion) }
            }
            let withReason = loaded.choosable.compactMap { person -> (person: Person, concerns: [EligibilityConcern])? in
                guard !need.taken.contains(person.id!), let candidate = loaded.candidates[person.id!],
                      case .onlyWithReason(let concerns) = EligibilityRules.eligibility(of: candidate.standing, as: .mentor, for: opening)
                else { return nil }
                return (person, concerns)
            }
            return MentorChoice(offered: offered, withReason: withReason, candidates: loaded.candidates, opening: opening,
                                contactPerson: programme.$contactPerson.id)
        }

        func person(_ id: UUID) -> Person? {
            offered.first { $0.person.id == id }?.person ?? withReason.first { $0.person.id == id }?.person
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req)
        return MentorChangePage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: Typed(), errors: [:])
    }

    struct Typed: FormInput {
        var reason: String?
        var mentor: String?
        /// Why the new mentor is chosen outside the rules, when they are.
        var overrideReason: String?
    }

    @Sendable static func change(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let t = req.language.texts
        let typed = req.form(Typed.self)
        let reason = typed.reason.flatMap(MentorChangeReason.init(rawValue:))
        let newMentor = typed.mentor.flatMap(UUID.init(uuidString:)).flatMap(loaded.choice.person)
        var errors: [String: String] = [:]
        if reason == nil { errors["reason"] = t.errorChooseReason }
        if loaded.isCoordinator && newMentor == nil { errors["mentor"] = t.errorChooseNewMentor }
        var overrideReason: String?
        if let newMentor, let candidate = loaded.choice.candidates[newMentor.id!] {
            let verdict = OutsideRules.verdict(candidate, as: .mentor, for: loaded.choice.opening, name: newMentor.name, texts: t)
            if let refusal = verdict.refusal { errors["mentor"] = refusal }
            switch OutsideRules.reason(typed.overrideReason, needed: verdict.needingReason, texts: t) {
            case .failure(let error): errors["overrideReason"] = error.message
            case .success(let reason): overrideReason = reason
            }
        }
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
            let coordinator = try await HomeController.coordinator(in: loaded.person.$organisation.id, on: req.db)
            req.flash(t.mentorChangeRequestedFlash(coordinator: coordinator?.name ?? ""))
            return req.redirect(to: SiteURL.mentorChange(loaded.file.id).path)
        }
        let now = req.application.settings.now()
        let keptReason = overrideReason
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
            if let overrideReason = keptReason {
                try await AssignmentOverride(organisationID: programme.$organisation.id, programmeID: loaded.file.id, personID: newMentor.requireID(),
                                             role: .mentor, reason: overrideReason, chosenByID: loaded.person.id).create(on: db)
                try await AuditLog.record(.init(kind: .assignmentChanged, detail: .chosenWithReason, subject: newMentor.id,
                                                programme: loaded.file.id), req, on: db)
            }
            if let file = try await ProgrammeQueries.file(loaded.file.id, on: db) {
                try await ProgrammeMail.assigned(file, roles: [.mentor], by: loaded.person, settings: req.application.settings.mail,
                                                 now: now, on: db)
                try await ProgrammeMail.newMentorChosen(file, by: loaded.person, settings: req.application.settings.mail, now: now, on: db)
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
}
