import Fluent
import GodstartCore
import SQLKit
import Vapor

/// The mentee's learning goals, kept by mentee and mentor together.
enum LearningGoalController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let relations: Set<ProgrammeRelation>
        let goals: [LearningGoal]
        /// The whole catalogue, retired entries too (goals chosen from them keep their title).
        let catalogue: [CatalogueEntry]
        /// The meetings each goal was worked on in.
        let meetingsByGoal: [UUID: Set<UUID>]
        let now: Date
        /// The goals set aside from an earlier mentorship (`EarlierMentorship`).
        let earlierGoalIDs: Set<UUID>
        /// The goals that began as checklist items of the introduction, carried into the mentoring.
        var fromIntroduction: Set<UUID> = []

        func isEarlier(_ goal: LearningGoal) -> Bool { goal.id.map(earlierGoalIDs.contains) ?? false }

        /// A goal of the earlier mentorship that the mentee shared is the new mentor's to read only.
        func canWrite(_ goal: LearningGoal) -> Bool {
            AccessPolicy.decide(relations, .learningGoals, .write, file.mentorshipContext(earlier: isEarlier(goal))) == .allow
        }

        var isMentee: Bool { relations.contains(.newcomer) }

        func title(of goal: LearningGoal, in language: Language) -> String {
            LearningGoalController.title(of: goal, catalogue: catalogue, in: language)
        }

        /// Catalogue entries that can still be chosen.
        var choosable: [CatalogueEntry] {
            let chosen = Set(goals.compactMap { $0.$catalogueEntry.id })
            return catalogue.filter { !$0.retired && !chosen.contains($0.id!) }
        }

        /// The mentoring meetings a goal can have been worked on in (those that have begun), in date order.
        var mentoringMeetings: [Meeting] {
            file.meetings.filter { $0.meetingKind.part == .mentoring && !$0.isCancelled && $0.startsAt <= now }
        }
    }

    static func load(_ req: Request, programmeID: UUID, _ action: Action) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(programmeID, by: person, on: req.db)
        return try await load(req, file, relations, person, action)
    }

    /// The goals of a programme already loaded (a meeting page, the evaluations page).
    static func load(_ req: Request, _ file: ProgrammeFile, _ relations: Set<ProgrammeRelation>, _ person: Person,
                     _ action: Action) async throws -> Loaded {
        guard AccessPolicy.decide(relations, .learningGoals, action, AccessContext(part: .mentoring)) == .allow else {
            throw Abort(.notFound)
        }
        let (all, earlier) = try await EarlierMentorship.marked(LearningGoal.self, on: req.db) {
            $0.where("programme_id", .equal, SQLBind(file.id)).orderBy("created_at")
        }
        let goals = file.visibleToMentor(all, .learningGoals, relations, isEarlier: { earlier.contains($0.id!) })
        let links = goals.isEmpty ? [] : try await LearningGoalMeeting.query(on: req.db)
            .filter(\.$goal.$id ~~ goals.compactMap(\.id)).all()
        var meetingsByGoal: [UUID: Set<UUID>] = [:]
        for link in links { meetingsByGoal[link.$goal.id, default: []].insert(link.$meeting.id) }
        let catalogue = try await LearningGoalCatalogue.entries(of: file.organisation.requireID(), on: req.db)
        let carried = goals.isEmpty ? [] : try await ChecklistItem.query(on: req.db).filter(\.$programme.$id == file.id)
            .filter(\.$movedToLearningGoal.$id ~~ goals.compactMap(\.id)).all().compactMap { $0.$movedToLearningGoal.id }
        return Loaded(file: file, person: person, relations: relations, goals: goals, catalogue: catalogue,
                      meetingsByGoal: meetingsByGoal, now: req.application.settings.now(), earlierGoalIDs: earlier,
                      fromIntroduction: Set(carried))
    }

    /// A goal's own title, or its catalogue entry's in `language`.
    static func title(of goal: LearningGoal, catalogue: [CatalogueEntry], in language: Language) -> String {
        goal.ownTitle ?? catalogue.first { $0.id == goal.$catalogueEntry.id }?.title(in: language) ?? ""
    }

    /// The goals worked on in one meeting that a person with `relations` sees, with their titles: the
    /// meeting's page reads these and their catalogue entries, not every goal and the whole catalogue.
    /// The caller has checked that the person reads the mentoring's goals.
    static func workedOn(in meetingID: UUID, _ file: ProgrammeView, _ relations: Set<ProgrammeRelation>, language: Language,
                         on db: Database) async throws -> [(id: UUID, title: String)] {
        // The goals linked to the meeting, read through their links in the same statement.
        let links: SQLQueryString = """
            (SELECT "goal_id" FROM \(unsafeRaw: PlainColumnRows.quoted(LearningGoalMeeting.schema)) WHERE "meeting_id" = \(bind: meetingID))
            """
        let (linked, earlier) = try await EarlierMentorship.marked(LearningGoal.self, on: db) { select in
            select.where("programme_id", .equal, SQLBind(file.id)).where(SQLIdentifier("id"), .in, links).orderBy("created_at")
        }
        guard !linked.isEmpty else { return [] }
        let goals = file.visibleToMentor(linked, .learningGoals, relations, isEarlier: { earlier.contains($0.id!) })
        let entryIDs = goals.compactMap { $0.$catalogueEntry.id }
        let entries = entryIDs.isEmpty ? [] : try await PlainColumnRows.all(CatalogueEntry.self, where: "id", in: entryIDs, on: db)
        return goals.map { ($0.id!, title(of: $0, catalogue: entries, in: language)) }
    }

    static func goal(_ req: Request, _ action: Action) async throws -> (LearningGoal, Loaded) {
        guard let found = try await LearningGoal.find(try req.idParameter(), on: req.db) else { throw Abort(.notFound) }
        let loaded = try await load(req, programmeID: found.$programme.id, action)
        guard let goal = loaded.goals.first(where: { $0.id == found.id }), action == .read || loaded.canWrite(goal) else {
            throw Abort(.notFound)
        }
        return (goal, loaded)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .read)
        try await AuditLog.readMentoring(.learningGoals, earlier: loaded.goals.map(loaded.isEarlier), in: loaded.file, req)
        return LearningGoalPages.list(try await PrivateWriting.pageContext(req, loaded.file), loaded, typedOwn: nil, error: nil)
    }

    struct AddForm: FormInput {
        var source: String?
        var catalogue: String?
        var own: String?
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .write)
        let t = req.language.texts
        let form = req.form(AddForm.self)
        let personID = try loaded.person.requireID()
        func refuse(_ error: LearningGoalPages.AddError) async throws -> Response {
            let response = LearningGoalPages.list(try await PrivateWriting.pageContext(req, loaded.file), loaded,
                                                  typedOwn: form.own, error: error)
            response.status = .unprocessableEntity
            return response
        }
        let goal: LearningGoal
        if form.source == "own" {
            let title = (form.own ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { return try await refuse(.own(t.errorGoalTitleMissing)) }
            if title.count > LearningGoalRules.maximumTitleLength { return try await refuse(.own(t.errorTooLongLimit(LearningGoalRules.maximumTitleLength))) }
            goal = LearningGoal(programmeID: loaded.file.id, catalogueEntryID: nil, ownTitle: title, createdByID: personID)
        } else {
            guard let id = form.catalogue.flatMap(UUID.init(uuidString:)),
                  loaded.catalogue.contains(where: { $0.id == id && !$0.retired }) else { return try await refuse(.catalogue(t.errorChooseGoal)) }
            guard loaded.choosable.contains(where: { $0.id == id }) else { return try await refuse(.catalogue(t.errorGoalAlreadyChosen)) }
            goal = LearningGoal(programmeID: loaded.file.id, catalogueEntryID: id, ownTitle: nil, createdByID: personID)
        }
        try await goal.create(on: req.db)
        req.flash(t.goalAdded)
        return req.redirect(to: SiteURL.learningGoal(goal.id).path)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (goal, loaded) = try await goal(req, .read)
        try await AuditLog.readMentoring(.learningGoals, earlier: [loaded.isEarlier(goal)], item: goal.id, in: loaded.file, req)
        let typed = LearningGoalPages.GoalInput(goal, loaded)
        return LearningGoalPages.goal(try await PrivateWriting.pageContext(req, loaded.file), loaded, goal, typed: typed, errors: [:])
    }

    struct GoalForm: FormInput {
        var title: String?
        var note: String?
        var status: String?
        /// The mentor's roles for the goal, none or several.
        var role: [String]?
        var meetings: [String]?
        var talk: String?
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (goal, loaded) = try await goal(req, .write)
        let t = req.language.texts
        let form = req.form(GoalForm.self)
        let mentoringMeetingIDs = Set(loaded.mentoringMeetings.compactMap(\.id))
        let input = LearningGoalPages.GoalInput(
            title: (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            note: (form.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            status: LearningGoalStatus(rawValue: form.status ?? "") ?? goal.goalStatus,
            roles: (form.role ?? []).compactMap(MentorRole.init(rawValue:)),
            // Links to meetings not offered (not begun yet) are kept as they were.
            meetings: Set((form.meetings ?? []).compactMap(UUID.init(uuidString:))).intersection(mentoringMeetingIDs)
                .union((loaded.meetingsByGoal[goal.id!] ?? []).subtracting(mentoringMeetingIDs)),
            forDevelopmentTalk: loaded.isMentee ? form.talk == "on" : goal.forDevelopmentTalk)
        var errors: [String: String] = [:]
        if goal.ownTitle != nil {
            if input.title.isEmpty { errors["title"] = t.errorGoalTitleMissing }
            if input.title.count > LearningGoalRules.maximumTitleLength { errors["title"] = t.errorTooLongLimit(LearningGoalRules.maximumTitleLength) }
        }
        if input.note.count > LearningGoalRules.maximumNoteLength { errors["note"] = t.errorTooLongLimit(LearningGoalRules.maximumNoteLength) }
        guard errors.isEmpty else {
            let response = LearningGoalPages.goal(try await PrivateWriting.pageContext(req, loaded.file), loaded, goal,
                                                  typed: input, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let goalID = try goal.requireID()
        let manager = loaded.file.programme.$manager.id
        let sharedBefore = goal.forDevelopmentTalk ? manager : nil
        try await req.db.transaction { db in
            try await PrivateWriting.recordSharing(.learningGoals, item: goalID, before: sharedBefore,
                                                   after: input.forDevelopmentTalk ? manager : nil, programme: loaded.file.id, req, on: db)
            if goal.ownTitle != nil { goal.ownTitle = input.title }
            goal.note = input.note
            goal.status = input.status.rawValue
            goal.roles = input.roles
            goal.forDevelopmentTalk = input.forDevelopmentTalk
            try await goal.save(on: db)
            try await LearningGoalMeeting.query(on: db).filter(\.$goal.$id == goalID).delete()
            for meetingID in input.meetings { try await LearningGoalMeeting(goalID: goalID, meetingID: meetingID).create(on: db) }
        }
        req.flash(t.goalSaved)
        return req.redirect(to: SiteURL.learningGoal(goalID).path)
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let (goal, loaded) = try await goal(req, .write)
        let goalID = try goal.requireID()
        try await req.db.transaction { db in
            try await LearningGoalMeeting.query(on: db).filter(\.$goal.$id == goalID).delete()
            // A checklist item carried into the mentoring as this goal is open again.
            try await ChecklistItem.query(on: db).filter(\.$movedToLearningGoal.$id == goalID)
                .set(\.$movedToLearningGoal.$id, to: nil).update()
            try await goal.delete(on: db)
        }
        req.flash(req.language.texts.goalRemoved)
        return req.redirect(to: SiteURL.learningGoals(loaded.file.id).path)
    }

    /// What the programme page may show of the goals to this person: counts for those who may know
    /// the facts, and the titles the mentee brings to the development talk for the manager.
    struct Summary {
        let counts: LearningGoalCounts?
        /// Set for the one who reads only what is brought to the development talk (the manager).
        let broughtToTalk: [(title: String, status: LearningGoalStatus)]?
        let canOpen: Bool
    }

    static func summary<M, P>(_ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>, language: Language, on db: Database) async throws -> Summary {
        let mentoring = AccessContext(part: .mentoring)
        let facts = AccessPolicy.decide(relations, .learningGoals, .read, mentoring) >= .factsOnly
        let sharedRead = AccessPolicy.decide(relations, .learningGoals, .read, AccessContext(isSharedWithPerson: true, part: .mentoring)) == .allow
        guard facts || sharedRead else { return Summary(counts: nil, broughtToTalk: nil, canOpen: false) }
        // A mentor who took over does not even count the earlier mentoring's goals.
        let (all, earlier) = try await EarlierMentorship.marked(LearningGoal.self, on: db) {
            $0.where("programme_id", .equal, SQLBind(file.id)).orderBy("created_at")
        }
        let goals = file.visibleToMentor(all, .learningGoals, relations, isEarlier: { earlier.contains($0.id!) })
        var brought: [(String, LearningGoalStatus)]?
        let canOpen = AccessPolicy.decide(relations, .learningGoals, .read, mentoring) == .allow
        if sharedRead && !canOpen {
            brought = []
            let chosen = goals.filter(\.forDevelopmentTalk)
            let entryIDs = chosen.compactMap { $0.$catalogueEntry.id }
            let entries = entryIDs.isEmpty ? [] : try await PlainColumnRows.all(CatalogueEntry.self, where: "id", in: entryIDs, on: db)
            brought = chosen.map { (title(of: $0, catalogue: entries, in: language), $0.goalStatus) }
        }
        return Summary(counts: facts ? LearningGoalCounts(goals.map(\.goalStatus)) : nil, broughtToTalk: brought, canOpen: canOpen)
    }
}
