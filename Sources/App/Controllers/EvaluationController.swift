import Fluent
import GodstartCore
import Vapor

/// A programme's evaluations, each answered separately: the introduction's by the new hire and the
/// contact person, the mentoring's by mentee and mentor; and the coordinator's totals.
enum EvaluationController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        /// The part in which the person answers each evaluation they answer (newcomer, contact person, mentor).
        let roles: [EvaluationKind: ProgrammeRole]
        let kinds: [EvaluationKind]
        let own: [EvaluationKind: EvaluationAnswers]
        /// The advice the person sent to the mentor, by evaluation (`AdviceSharing`).
        let sentAdvice: [EvaluationKind: SharedAdvice]
        /// The mentor the person's advice would go to: the programme's mentor, unless that is the person.
        let mentor: Person?
        let today: LocalDate

        var isNewcomer: Bool { roles.values.contains(.newcomer) }
        /// Whether the questions of `kind` are put in the mentor's or contact person's words.
        func asCompanion(_ kind: EvaluationKind) -> Bool { roles[kind] != .newcomer }

        /// Whether the person may send the advice of `kind` to the mentor.
        func canSendAdvice(_ kind: EvaluationKind) -> Bool {
            mentor != nil && roles[kind].map(kind.hasAdviceToSend(answeredAs:)) == true
        }

        /// Whether the advice of `kind` is with the mentor the person has now.
        func adviceIsWithMentor(_ kind: EvaluationKind) -> Bool {
            mentor != nil && sentAdvice[kind]?.$sharedWith.id == mentor?.id
        }

        func state(_ kind: EvaluationKind) -> EvaluationState {
            EvaluationController.state(kind, of: file, answered: own[kind] != nil, today: today)
        }
    }

    static func state(_ kind: EvaluationKind, of file: ProgrammeFile, answered: Bool, today: LocalDate) -> EvaluationState {
        EvaluationRules.state(kind, answered: answered, firstDay: file.programme.firstLocalDay,
                              closingMeeting: file.firstMeeting(.mentoringClosing).map(file.date(of:)),
                              introductionClosing: file.firstMeeting(.introductionClosing).map(file.date(of:)), today: today)
    }

    static func load(_ req: Request, programmeID: UUID) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(programmeID, by: person, on: req.db)
        let closing = file.firstMeeting(.mentoringClosing).map(file.date(of:))
        var roles: [EvaluationKind: ProgrammeRole] = [:]
        for kind in EvaluationKind.of(firstDay: file.programme.firstLocalDay, closingMeeting: closing) {
            roles[kind] = EvaluationRules.respondentRole(relations, kind)
        }
        guard !roles.isEmpty, AccessPolicy.decide(relations, .evaluationAnswers, .write, AccessContext(isAuthor: true)) == .allow else {
            throw Abort(.notFound)
        }
        let own = try await EvaluationAnswers.query(on: req.db).filter(\.$programme.$id == file.id)
            .filter(\.$author.$id == person.requireID()).all()
        return Loaded(file: file, person: person, roles: roles,
                      kinds: EvaluationKind.allCases.filter { roles[$0] != nil },
                      own: Dictionary(own.compactMap { a in a.evaluationKind.map { ($0, a) } }) { first, _ in first },
                      sentAdvice: try await AdviceSharing.sent(own, on: req.db),
                      mentor: PrivateWriting.mentorToShareWith(file, author: person),
                      today: LocalDate(req.application.settings.now(), in: file.timeZone))
    }

    static func kind(_ req: Request, _ loaded: Loaded) throws -> EvaluationKind {
        guard let kind = req.parameters.get("kind").flatMap(EvaluationKind.init(rawValue:)), loaded.kinds.contains(kind) else {
            throw Abort(.notFound)
        }
        return kind
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        let goals = loaded.isNewcomer
            ? try await LearningGoalController.load(req, loaded.file, [.newcomer], loaded.person, .read) : nil
        let coordinator = try await HomeController.coordinator(in: loaded.file.programme.$organisation.id, on: req.db)
        return EvaluationPages.list(try await PrivateWriting.pageContext(req, loaded.file), loaded, coordinator: coordinator, goals: goals)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        let kind = try kind(req, loaded)
        let own = loaded.own[kind]
        var typed = own?.answers ?? [:]
        if loaded.adviceIsWithMentor(kind) { typed[EvaluationPages.sendAdviceField] = "yes" }
        return EvaluationPages.form(try await PrivateWriting.pageContext(req, loaded.file), loaded, kind,
                                    typed: typed, rating: own?.rating, errors: [:])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        let kind = try kind(req, loaded)
        let t = req.language.texts
        if case .notOpenYet(let opens) = loaded.state(kind) {
            req.flash(t.evaluationNotOpenYet(date: DateText(language: req.language, timeZone: loaded.file.timeZone).day(opens)))
            return req.redirect(to: SiteURL.evaluations(loaded.file.id).path)
        }
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        let (texts, errors) = TextFields.read(kind.questions, from: fields, maximum: EvaluationRules.maximumAnswerLength,
                                              tooLong: t.errorTooLongLimit(EvaluationRules.maximumAnswerLength))
        var fieldErrors = Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) })
        let rating = fields["rating"].flatMap(Int.init).flatMap { EvaluationRules.ratingRange.contains($0) ? $0 : nil }
        if rating == nil { fieldErrors["rating"] = t.errorRatingMissing }
        // Advice goes to the mentor only when the new hire ticks the box, and only if there is advice.
        let sendAdvice = loaded.canSendAdvice(kind) && fields[EvaluationPages.sendAdviceField] == "yes"
        if sendAdvice, let question = kind.adviceForTheMentor, texts[question]?.isEmpty != false, fieldErrors[question.rawValue] == nil {
            fieldErrors[question.rawValue] = t.errorNoAdviceToSend
        }
        guard fieldErrors.isEmpty, let rating else {
            let response = EvaluationPages.form(try await PrivateWriting.pageContext(req, loaded.file), loaded, kind,
                                                typed: fields, rating: rating, errors: fieldErrors)
            response.status = .unprocessableEntity
            return response
        }
        let authorID = try loaded.person.requireID()
        let answers = loaded.own[kind] ?? EvaluationAnswers(programmeID: loaded.file.id, authorID: authorID, kind: kind,
                                                            role: loaded.roles[kind] ?? .newcomer)
        answers.answers = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) })
        answers.rating = rating
        try await req.db.transaction { db in
            try await answers.save(on: db)
            if loaded.canSendAdvice(kind) || loaded.sentAdvice[kind] != nil {
                try await AdviceSharing.set(answers, to: sendAdvice ? loaded.mentor : nil, current: loaded.sentAdvice[kind],
                                            programme: loaded.file.id, req, on: db)
            }
        }
        req.flash(sendAdvice ? t.evaluationSavedAdviceSent(name: loaded.mentor?.name ?? "") : t.evaluationSaved)
        return req.redirect(to: SiteURL.evaluations(loaded.file.id).path)
    }

    /// The advice a new hire sent from one evaluation, for the mentor it was sent to (and a former
    /// mentor until the programme ends); anyone else gets 404.
    @Sendable static func sharedAdvice(req: Request) async throws -> Response {
        let person = try req.person()
        guard let kind = req.parameters.get("kind").flatMap(EvaluationKind.init(rawValue:)),
              let file = try await ProgrammeQueries.view(try req.idParameter(), on: req.db),
              let advice = try await AdviceSharing.received(by: person, in: [file], of: kind, req, recordingReads: true).first
        else { throw Abort(.notFound) }
        return EvaluationPages.sharedAdvice(try await PrivateWriting.pageContext(req, file), advice,
                                            programmeReadable: AccessPolicy.decide(file.relations(of: person), .programme, .read) == .allow)
    }

    struct TalkForm: FormInput {
        var goals: [String]?
    }

    /// The mentee chooses which learning goals to bring to the development talk with the manager.
    @Sendable static func chooseGoalsForTalk(req: Request) async throws -> Response {
        let loaded = try await LearningGoalController.load(req, programmeID: try req.idParameter(), .write)
        guard loaded.isMentee else { throw Abort(.notFound) }
        let chosen = Set((req.form(TalkForm.self).goals ?? []).compactMap(UUID.init(uuidString:)))
        let manager = loaded.file.programme.$manager.id
        try await req.db.transaction { db in
            for goal in loaded.goals where goal.forDevelopmentTalk != chosen.contains(goal.id!) {
                goal.forDevelopmentTalk = chosen.contains(goal.id!)
                try await goal.update(on: db)
                try await PrivateWriting.recordSharing(.learningGoals, item: goal.id, before: goal.forDevelopmentTalk ? nil : manager,
                                                       after: goal.forDevelopmentTalk ? manager : nil, programme: loaded.file.id, req, on: db)
            }
        }
        req.flash(req.language.texts.goalsForTalkSaved)
        return req.redirect(to: SiteURL.evaluations(loaded.file.id).path)
    }

    /// One row of the coordinator's totals: an evaluation answered in one role.
    struct Total {
        let role: ProgrammeRole
        let aggregate: EvaluationAggregate
        var kind: EvaluationKind { aggregate.kind }
    }

    @Sendable static func totals(req: Request) async throws -> Response {
        let person = try req.person()
        let standing = Access.standing(person)
        guard AccessPolicy.decide(standing, .evaluationAnswers, .read, AccessContext(aboveMinimumGroupSize: true)) == .allow else {
            throw Abort(.notFound)
        }
        // Closed batches of five only: no two readings differ by one answer (`EvaluationBatches`).
        let published = try await EvaluationBatching.published(in: person.$organisation.id, now: req.application.settings.now(),
                                                               on: req.db, logger: req.logger)
        var totals: [Total] = []
        for kind in EvaluationKind.allCases {
            for role in kind.respondents {
                let figures = published[.init(kind: kind, role: role)] ?? .init()
                totals.append(Total(role: role, aggregate: .of(kind, published: figures.figures, waiting: figures.waiting)))
            }
        }
        let ctx = PageContext.make(req, homes: try await Access.homes(of: person, req))
        return EvaluationPages.totals(ctx, totals)
    }
}
