import Fluent
import GodstartCore
import Vapor

/// The introduction's schedule: activities with a day, a time, who runs them and what they serve.
enum ScheduleController {
    struct Loaded {
        let checklist: ChecklistController.Loaded
        let activities: [Activity]
        /// The people who run activities, by id.
        let runners: [UUID: Person]
        /// Those of them who are in the directory of knowledge persons.
        let knowledgePersons: Set<UUID>
        /// The activities' titles in the reader's language.
        var titles: ActivityTitles = .none

        func title(of activity: Activity, _ t: Texts) -> String { titles.title(of: activity, t) }

        var file: ProgrammeFile { checklist.file }
        var mayAdapt: Bool { checklist.mayAdapt }
    }

    static func load(_ req: Request, programmeID: UUID) async throws -> Loaded {
        let checklist = try await ChecklistController.load(req, programmeID: programmeID)
        let activities = try await Activity.query(on: req.db).filter(\.$programme.$id == checklist.file.id).all()
            .sorted { ($0.day, $0.time) < ($1.day, $1.time) }
        let runnerIDs = Array(Set(activities.compactMap { $0.$runBy.id }))
        let runners = runnerIDs.isEmpty ? [] : try await Person.query(on: req.db).filter(\.$id ~~ runnerIDs).all()
        let known = runnerIDs.isEmpty ? [] : try await KnowledgeArea.query(on: req.db).filter(\.$person.$id ~~ runnerIDs).all()
        return Loaded(checklist: checklist, activities: activities,
                      runners: Dictionary(uniqueKeysWithValues: runners.map { ($0.id!, $0) }),
                      knowledgePersons: Set(known.map { $0.$person.id }),
                      titles: try await ActivityTitles.of(activities, organisation: checklist.file.organisation, on: req.db))
    }

    struct WeekQuery: Content {
        var week: String?
    }

    /// The people of the organisation who can run an activity.
    static func colleagues(of file: ProgrammeFile, on db: Database) async throws -> [Person] {
        try await Person.query(on: db).filter(\.$organisation.$id == file.organisation.requireID()).sort(\.$name).all()
            .filter { $0.id != file.programme.$newcomer.id }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        let chosen = (try? req.query.decode(WeekQuery.self))?.week.flatMap(LocalDate.init(iso:))
        let today = loaded.checklist.today
        let firstDay = loaded.file.programme.firstLocalDay
        let week = chosen ?? max(today, firstDay)
        let colleagues = loaded.mayAdapt ? try await colleagues(of: loaded.file, on: req.db) : []
        return SchedulePages.schedule(try await PrivateWriting.pageContext(req, loaded.file), loaded, week: week,
                                      colleagues: colleagues, typed: AddForm(), errors: [:])
    }

    struct AddForm: FormInput {
        var kind: String?
        var title: String?
        var date: String?
        var time: String?
        var minutes: String?
        var place: String?
        var runBy: String?
        var learningGoal: String?
        /// "on": the date is a holiday or closed day, and stays.
        var keepClosedDay: String?
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        let t = req.language.texts
        let form = req.form(AddForm.self)
        let colleagues = try await colleagues(of: loaded.file, on: req.db)
        func trimmed(_ s: String?) -> String { (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let kind = ActivityKind(rawValue: trimmed(form.kind))
        let title = trimmed(form.title)
        let day = LocalDate(typed: trimmed(form.date))
        let time = LocalTime(typed: trimmed(form.time))
        let minutes = Int(trimmed(form.minutes))
        let runByText = trimmed(form.runBy)
        let runBy = runByText.isEmpty ? nil : colleagues.first { $0.id?.uuidString == runByText }
        var errors: [String: String] = [:]
        if kind == nil { errors["kind"] = t.errorUnknownChoice }
        if title.isEmpty { errors["title"] = t.errorActivityTitleMissing }
        if title.count > ScheduleRules.maximumTitleLength { errors["title"] = t.errorTooLongLimit(ScheduleRules.maximumTitleLength) }
        if day == nil { errors["date"] = t.errorDate }
        if time == nil { errors["time"] = t.errorTime }
        if minutes.map({ !ScheduleRules.minutesRange.contains($0) }) ?? true { errors["minutes"] = t.errorMinutes }
        if !runByText.isEmpty && runBy == nil { errors["runBy"] = t.errorUnknownPerson }
        if trimmed(form.place).count > 200 { errors["place"] = t.errorTooLongLimit(200) }
        if trimmed(form.learningGoal).count > ScheduleRules.maximumTitleLength { errors["learningGoal"] = t.errorTooLongLimit(ScheduleRules.maximumTitleLength) }
        let introductionEnds = loaded.checklist.introductionEnds
        let firstDay = loaded.file.programme.firstLocalDay
        if let day, ScheduleRules.problem(date: day, firstDay: firstDay, introductionEnds: introductionEnds) != nil {
            let dates = DateText(language: req.language, timeZone: loaded.file.timeZone)
            errors["date"] = t.errorActivityOutsideIntroduction(from: dates.day(firstDay), to: dates.day(introductionEnds))
        }
        var offerToKeepDay = false
        if let day, errors["date"] == nil,
           let warning = try await ClosedDayCheck.warning(day, organisation: loaded.file.organisation, kept: form.keepClosedDay == "on",
                                                          language: req.language, on: req.db) {
            errors["date"] = warning
            offerToKeepDay = true
        }
        guard errors.isEmpty, let kind, let day, let time, let minutes else {
            let response = SchedulePages.schedule(try await PrivateWriting.pageContext(req, loaded.file), loaded,
                                                  week: day ?? loaded.checklist.today, colleagues: colleagues, typed: form, errors: errors,
                                                  offerToKeepDay: offerToKeepDay)
            response.status = .unprocessableEntity
            return response
        }
        let place = trimmed(form.place)
        let goal = trimmed(form.learningGoal)
        let activity = Activity(programmeID: loaded.file.id, kind: kind, title: title, day: day, time: time, minutes: minutes,
                                place: place.isEmpty ? nil : place, runByID: runBy?.id, learningGoal: goal.isEmpty ? nil : goal)
        try await activity.create(on: req.db)
        req.flash(t.activityAdded)
        return req.redirect(to: SiteURL.schedule(loaded.file.id).path + "?week=\(day.iso)")
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        guard let activity = try await Activity.find(try req.idParameter(), on: req.db) else { throw Abort(.notFound) }
        let loaded = try await load(req, programmeID: activity.$programme.id)
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        try await activity.delete(on: req.db)
        req.flash(req.language.texts.activityRemoved)
        return req.redirect(to: SiteURL.schedule(loaded.file.id).path + "?week=\(activity.day)")
    }

    /// The activities a person runs in colleagues' introductions, from today on.
    @Sendable static func mine(req: Request) async throws -> Response {
        let person = try req.person()
        guard let organisation = try await person.organisation(on: req.db) else { throw Abort(.notFound) }
        let timeZone = organisation.timeZone
        let today = LocalDate(req.application.settings.now(), in: timeZone)
        let activities = try await Activity.query(on: req.db).filter(\.$runBy.$id == person.requireID())
            .filter(\.$day >= today.iso).sort(\.$day).sort(\.$time).all()
        let files = try await ProgrammeQueries.files(
            Programme.query(on: req.db).filter(\.$id ~~ Array(Set(activities.map { $0.$programme.id }))), on: req.db)
        // Only what the policy lets the person see: their own activities.
        let visible = activities.filter { activity in
            guard let file = files.first(where: { $0.id == activity.$programme.id }) else { return false }
            return AccessPolicy.decide(file.relations(of: person), .introductionChecklist, .read, AccessContext(isOwnActivity: true)) == .allow
        }
        let ctx = PageContext.make(req, timeZone: timeZone, homes: try await Access.homes(of: person, req))
        return SchedulePages.mine(ctx, visible, files: files, titles: try await ActivityTitles.of(visible, organisation: organisation, on: req.db))
    }
}
