import Fluent
import GodstartCore
import Vapor

enum ProgrammeController {
    /// Loads a programme the person may read; anything else is a 404, as if it did not exist.
    static func readable(_ id: UUID, by person: Person, on db: Database) async throws -> (ProgrammeFile, Set<ProgrammeRelation>) {
        guard let file = try await ProgrammeQueries.file(id, known: person.$organisation.value, on: db) else { throw Abort(.notFound) }
        let relations = file.relations(of: person)
        guard AccessPolicy.decide(relations, .programme, .read) == .allow else { throw Abort(.notFound) }
        return (file, relations)
    }

    /// The same for the page that only shows the programme: its meetings as plain rows, its unit's
    /// name and the organisation's coordinator.
    static func readablePage(_ id: UUID, by person: Person, on db: Database) async throws -> (ProgrammeQueries.PageView, Set<ProgrammeRelation>) {
        guard let page = try await ProgrammeQueries.pageView(id, known: person.$organisation.value, on: db) else { throw Abort(.notFound) }
        let relations = page.file.relations(of: person)
        guard AccessPolicy.decide(relations, .programme, .read) == .allow else { throw Abort(.notFound) }
        return (page, relations)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let person = try req.person()
        let now = req.application.settings.now()
        let (page, relations) = try await readablePage(try req.idParameter(), by: person, on: req.db)
        // The page changes nothing: its stage and progress are worked out once.
        let file = page.file.situated(at: now)
        let ctx = PageContext.make(req, timeZone: file.timeZone, homes: try await Access.homes(of: person, req))
        let mentoring = ProgrammePage.Mentoring(
            agreement: try await AgreementController.fact(file, relations, on: req.db),
            goals: try await LearningGoalController.summary(file, relations, language: req.language, on: req.db),
            canReadPlan: CompetencePlanController.decide(file, relations, .read) == .allow)
        if mentoring.goals.broughtToTalk?.isEmpty == false {
            try await AuditLog.read(.learningGoals, item: nil, author: nil, in: file,
                                    context: AccessContext(isSharedWithPerson: true, part: .mentoring), req)
        }
        // Who holds a role here outside the rules, and why: for whoever chooses the programme's people.
        let overrides = AccessPolicy.decide(relations, .programme, .write) == .allow
            ? try await AssignmentOverride.query(on: req.db).filter(\.$programme.$id == file.id).sort(\.$createdAt).with(\.$person).all()
                .filter { $0.holdsItsRole(in: file.programme) } : []
        let earlyStart = AccessPolicy.decide(relations, .programme, .write) == .allow && file.programme.mentoringStartedAt != nil
            ? try await MentoringStartController.earlyReason(file.id, on: req.db) : nil
        // What needs the coordinator here: the overview's alerts for this programme (`Alerts.of`).
        var alerts: [ProgrammeAlert] = []
        if relations.contains(.coordinator) {
            let attention = try await AttentionRows.load([(file.facts, file.situation(at: now))], on: req.db)
            alerts = file.alerts(now: now, attention: attention[file.id] ?? .init())
        }
        // Advice the mentee sent from an evaluation, for the mentor it was sent to.
        let advice = relations.contains(.mentor) ? try await AdviceSharing.received(by: person, in: [file], req, recordingReads: true) : []
        return ProgrammePage.render(ctx, file: file, unitName: page.unitName, relations: relations, coordinator: page.coordinator, mentoring: mentoring,
                                    overrides: overrides, earlyStart: earlyStart, alerts: alerts, advice: advice, now: now)
    }
}
