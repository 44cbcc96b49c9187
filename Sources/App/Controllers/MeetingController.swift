import Fluent
import GodstartCore
import Vapor

/// A meeting page, its notes, "mark as held" and "move". Every step asks the access policy.
enum MeetingController {
    /// What one person may do with one meeting.
    struct Permissions {
        let notes: Decision
        let writeNotes: Bool
        let changePlan: Bool
    }

    struct Loaded {
        let meeting: Meeting
        let file: ProgrammeView
        let relations: Set<ProgrammeRelation>
        let permissions: Permissions
        /// The coordinator, invited to the evaluation at the mentoring's closing meeting.
        let invitedCoordinator: PersonRow?
        /// Process journals shared for this meeting that the person may read.
        let journals: [ProcessJournal]
        /// The learning goals worked on in this meeting, with their titles, for mentee and mentor.
        let goals: [(id: UUID, title: String)]
        /// At the introduction's closing meeting: how many checklist items are not covered.
        let uncoveredItems: Int?
        /// Notes written in this meeting during earlier mentorships that the person may read (the
        /// mentee; a manager who took part), by the mentor of that mentorship.
        let earlierNotes: [EarlierNotes]
        /// The meeting holds notes of an earlier mentorship that the person may not read (a new mentor).
        let earlierNotesHidden: Bool
    }

    /// What one earlier mentorship wrote in a meeting.
    struct EarlierNotes {
        let mentorName: String
        let notes: [AgendaPoint: String]
    }

    static let maximumNoteLength = 20_000

    static func load(_ req: Request) async throws -> Loaded {
        let person = try req.person()
        guard let meeting = try await PlainColumnRows.all(Meeting.self, where: "id", in: [try req.idParameter()], on: req.db).first,
              let file = try await ProgrammeQueries.view(meeting.$programme.id, known: req.currentPerson?.$organisation.value, on: req.db)
        else { throw Abort(.notFound) }
        let now = req.application.settings.now()
        let relations = file.relations(of: person)
        let context = file.meetingContext(meeting, for: relations, now: now)
        guard AccessPolicy.decide(relations, .plan, .read, context) >= .factsOnly else { throw Abort(.notFound) }
        let notesResource = meeting.meetingKind.notesResource
        let permissions = Permissions(
            notes: AccessPolicy.decide(relations, notesResource, .read, context),
            writeNotes: AccessPolicy.decide(relations, notesResource, .write, context) == .allow,
            changePlan: AccessPolicy.decide(relations, .plan, .write, context) == .allow && !file.isEnded(now: now))
        let coordinator = meeting.meetingKind == .mentoringClosing
            ? try await HomeController.coordinator(in: file.programme.$organisation.id, on: req.db) : nil
        let journals = try await PlainColumnRows.all(ProcessJournal.self, where: "for_meeting_id", in: [meeting.requireID()], on: req.db).filter {
            PrivateWriting.decide(.processJournal, .read, file: file, person: person, authorID: $0.$author.id,
                                  sharedWithID: $0.$sharedWith.id, now: now) == .allow
        }
        var goals: [(id: UUID, title: String)] = []
        if meeting.meetingKind.part == .mentoring,
           AccessPolicy.decide(relations, .learningGoals, .read, AccessContext(part: .mentoring)) == .allow {
            goals = try await LearningGoalController.workedOn(in: meeting.requireID(), file, relations, language: req.language, on: req.db)
        }
        var uncovered: Int?
        if meeting.meetingKind == .introductionClosing, AccessPolicy.decide(relations, .introductionChecklist, .read) == .allow {
            uncovered = try await ChecklistItem.query(on: req.db).filter(\.$programme.$id == file.id).all().filter { $0.state == .open }.count
        }
        let earlier = try await EarlierMentorship.notes(of: meeting.requireID(), on: req.db)
        let readsEarlier = mayReadEarlierNotes(of: meeting, file, relations, now: now)
        return Loaded(meeting: meeting, file: file, relations: relations, permissions: permissions, invitedCoordinator: coordinator,
                      journals: journals, goals: goals, uncoveredItems: uncovered,
                      earlierNotes: readsEarlier ? try await grouped(earlier, file, on: req.db) : [],
                      earlierNotesHidden: !readsEarlier && !earlier.isEmpty)
    }

    /// Notes set aside from an earlier mentorship: the policy's answer for the meeting's notes when
    /// they are the earlier mentoring's (a new mentor is refused, the mentee and a manager who took
    /// part are not).
    static func mayReadEarlierNotes<M, P>(of meeting: some MeetingRecord, _ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>,
                                    now: Date) -> Bool {
        AccessPolicy.decide(relations, meeting.meetingKind.notesResource, .read, earlierContext(meeting, file, relations, now: now)) == .allow
    }

    static func earlierContext<M, P>(_ meeting: some MeetingRecord, _ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>, now: Date) -> AccessContext {
        var context = file.meetingContext(meeting, for: relations, now: now)
        context.isFromEarlierMentorship = true
        return context
    }

    /// Earlier notes by the mentorship they were written in, oldest mentorship first.
    private static func grouped(_ notes: [EarlierMeetingNote], _ file: ProgrammeView, on db: Database) async throws -> [EarlierNotes] {
        guard !notes.isEmpty else { return [] }
        let mentorships = try await FormerMentorship.query(on: db).filter(\.$id ~~ Array(Set(notes.map { $0.$formerMentorship.id })))
            .sort(\.$until).all()
        let mentorIDs = Set(mentorships.map { $0.$mentor.id }).subtracting(file.people.keys)
        var people = file.people
        if !mentorIDs.isEmpty {
            for person in try await PersonRow.all(withIDs: Array(mentorIDs), on: db) { people[person.rowID] = person }
        }
        return mentorships.map { mentorship in
            var byPoint: [AgendaPoint: String] = [:]
            for note in notes where note.$formerMentorship.id == mentorship.id {
                if let point = AgendaPoint(rawValue: note.agendaPoint) { byPoint[point] = note.text }
            }
            return EarlierNotes(mentorName: people[mentorship.$mentor.id]?.name ?? "", notes: byPoint)
        }
    }

    /// The notes and shared journals the page shows, in the audit log when they are someone else's.
    static func recordReads(_ loaded: Loaded, notes: [AgendaPoint: String], _ req: Request) async throws {
        let now = req.application.settings.now()
        if notes.values.contains(where: { !$0.isEmpty }) {
            try await AuditLog.read(loaded.meeting.meetingKind.notesResource, item: loaded.meeting.id, author: nil, in: loaded.file,
                                    context: loaded.file.meetingContext(loaded.meeting, for: loaded.relations, now: now), req)
        }
        if loaded.earlierNotes.contains(where: { $0.notes.values.contains { !$0.isEmpty } }) {
            try await AuditLog.read(loaded.meeting.meetingKind.notesResource, item: loaded.meeting.id, author: nil, in: loaded.file,
                                    context: earlierContext(loaded.meeting, loaded.file, loaded.relations, now: now), req)
        }
        for journal in loaded.journals {
            try await AuditLog.read(.processJournal, item: journal.id, author: journal.$author.id, in: loaded.file,
                                    context: AccessContext(isSharedWithPerson: true), req)
        }
    }

    static func context(_ req: Request, _ loaded: Loaded) async throws -> PageContext {
        PageContext.make(req, timeZone: loaded.file.timeZone, homes: try await Access.homes(of: try req.person(), req))
    }

    /// The notes of the meetings `ids` by meeting and agenda point, in one statement.
    static func notes(of ids: [UUID], on db: Database) async throws -> [UUID: [AgendaPoint: String]] {
        var byMeeting: [UUID: [AgendaPoint: String]] = [:]
        for note in try await PlainColumnRows.all(MeetingNote.self, where: "meeting_id", in: ids, on: db) {
            if let point = AgendaPoint(rawValue: note.agendaPoint) { byMeeting[note.$meeting.id, default: [:]][point] = note.text }
        }
        return byMeeting
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req)
        // The meeting's notes and those of the meeting before (for its homework) in one statement.
        let ids = (loaded.permissions.notes == .allow ? [loaded.meeting.id!] : [])
            + (homeworkSource(for: loaded, now: req.application.settings.now()).map { [$0.rowID] } ?? [])
        let read = try await notes(of: ids, on: req.db)
        let notes = loaded.permissions.notes == .allow ? read[loaded.meeting.id!] ?? [:] : [:]
        try await recordReads(loaded, notes: notes, req)
        return MeetingPage.render(try await context(req, loaded), loaded, notes: notes, errors: [:],
                                  homework: try await homework(for: loaded, req, read: read), now: req.application.settings.now())
    }

    /// The meeting before, when this one follows up on it and the person may read its notes.
    private static func homeworkSource(for loaded: Loaded, now: Date) -> MeetingRow? {
        guard loaded.permissions.notes == .allow, loaded.meeting.meetingKind.agenda.contains(.followUp),
              let previous = loaded.file.previousMeeting(before: loaded.meeting) else { return nil }
        let context = loaded.file.meetingContext(previous, for: loaded.relations, now: now)
        return AccessPolicy.decide(loaded.relations, previous.meetingKind.notesResource, .read, context) == .allow ? previous : nil
    }

    private static func notesOfPrevious(_ id: UUID, read: [UUID: [AgendaPoint: String]]?, on db: Database) async throws -> [AgendaPoint: String] {
        if let read { return read[id] ?? [:] }
        return try await notes(of: [id], on: db)[id] ?? [:]
    }

    /// Point 5 of the meeting before, for point 0 of this one: only for those who may read that
    /// meeting's notes (a mentor who took over does not read the earlier mentor's), and in the
    /// audit log when it is someone else's reading. `read`: notes already read, by meeting.
    /// When the meeting before was written in an earlier mentorship, its point 5 was set aside with
    /// it: the mentee still reads it here, a new mentor does not.
    static func homework(for loaded: Loaded, _ req: Request, read: [UUID: [AgendaPoint: String]]? = nil) async throws -> String? {
        guard loaded.permissions.notes == .allow, loaded.meeting.meetingKind.agenda.contains(.followUp),
              let previous = loaded.file.previousMeeting(before: loaded.meeting) else { return nil }
        let now = req.application.settings.now()
        let resource = previous.meetingKind.notesResource
        let context = loaded.file.meetingContext(previous, for: loaded.relations, now: now)
        if homeworkSource(for: loaded, now: now) != nil,
           let carried = Homework.carriedOver(from: try await notesOfPrevious(previous.rowID, read: read, on: req.db)) {
            try await AuditLog.read(resource, item: previous.id, author: nil, in: loaded.file, context: context, req)
            return carried
        }
        guard mayReadEarlierNotes(of: previous, loaded.file, loaded.relations, now: now) else { return nil }
        let earlier = try await EarlierMentorship.notes(of: previous.rowID, on: req.db)
        guard let note = earlier.last(where: { $0.agendaPoint == AgendaPoint.nextTheme.rawValue }),
              let carried = Homework.carriedOver(from: [.nextTheme: note.text]) else { return nil }
        try await AuditLog.read(resource, item: previous.id, author: nil, in: loaded.file,
                                context: earlierContext(previous, loaded.file, loaded.relations, now: now), req)
        return carried
    }

    static func noteField(_ point: AgendaPoint) -> String { "note-\(point.rawValue)" }

    /// The notes form's hidden field that says in which mentorship it was opened.
    static let mentorshipField = "mentorship"

    /// Which mentorship a programme is in: the moment its mentor last changed, or "first".
    static func mentorshipMark(_ programme: Programme) -> String {
        programme.mentorSince.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded())) } ?? "first"
    }

    @Sendable static func saveNotes(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard loaded.permissions.writeNotes else { throw Abort(.notFound) }
        let person = try req.person()
        var typed: [AgendaPoint: String] = [:]
        var errors: [AgendaPoint: String] = [:]
        let t = req.language.texts
        let form = req.form(FormFields.self)
        for point in loaded.meeting.meetingKind.agenda {
            let value = form[noteField(point)] ?? ""
            typed[point] = value
            if value.count > maximumNoteLength { errors[point] = t.errorTooLongLimit(maximumNoteLength) }
        }
        // A form opened before the mentor changed holds the earlier mentorship's notes: saved now,
        // they would reach the new mentor. Nothing is saved; what was typed is shown again.
        let mentorship = mentorshipMark(loaded.file.programme)
        if let openedIn = form[mentorshipField], openedIn != mentorship,
           let first = loaded.meeting.meetingKind.agenda.first {
            errors[first] = t.notesNotSavedMentorChanged
        }
        guard errors.isEmpty else {
            let response = MeetingPage.render(try await context(req, loaded), loaded, notes: typed, errors: errors,
                                              homework: try await homework(for: loaded, req),
                                              now: req.application.settings.now())
            response.status = .unprocessableEntity
            return response
        }
        let meetingID = try loaded.meeting.requireID()
        let agenda = loaded.meeting.meetingKind.agenda
        let finalTexts = typed
        let authorID = try person.requireID()
        try await req.db.transaction { db in
            // A mentor change committed during this request: its notes were set aside a moment ago.
            guard let programme = try await Programme.find(loaded.file.id, on: db), mentorshipMark(programme) == mentorship else {
                throw Abort(.conflict)
            }
            let existing = try await MeetingNote.query(on: db).filter(\.$meeting.$id == meetingID).all()
            for point in agenda {
                let value = finalTexts[point, default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
                if let note = existing.first(where: { $0.agendaPoint == point.rawValue }) {
                    if note.text != value {
                        note.text = value
                        note.$updatedBy.id = authorID
                        try await note.update(on: db)
                    }
                } else if !value.isEmpty {
                    try await MeetingNote(meetingID: meetingID, agendaPoint: point, text: value,
                                          updatedByID: authorID).create(on: db)
                }
            }
        }
        req.flash(t.notesSaved)
        return req.redirect(to: SiteURL.meeting(meetingID).path)
    }

    struct HeldForm: FormInput {
        /// "no" takes a mistaken "held" back; anything else marks the meeting as held.
        var held: String?
    }

    @Sendable static func markHeld(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard loaded.permissions.changePlan, !loaded.meeting.isCancelled else { throw Abort(.notFound) }
        let now = req.application.settings.now()
        let t = req.language.texts
        let meeting = loaded.meeting
        let programme = loaded.file.programme
        if req.form(HeldForm.self).held == "no" {
            meeting.status = Meeting.Status.planned.rawValue
            meeting.heldAt = nil
            try await meeting.update(on: req.db)
            req.flash(t.markedAsNotHeld)
        } else if !HeldRule.canMarkHeld(meetingStartsAt: meeting.startsAt, now: now, timeZone: loaded.file.timeZone) {
            req.flash(t.heldFromItsDay)
        } else {
            if !meeting.isHeld {
                meeting.status = Meeting.Status.held.rawValue
                meeting.heldAt = now
                try await req.db.transaction { db in
                    try await meeting.update(on: db)
                    // The development talk held: the programme has ended, and its people are free for others.
                    // (An ended programme's plan is no longer changed, so this is not taken back.)
                    if meeting.meetingKind.endsTheProgramme, programme.endedAt == nil {
                        programme.endedAt = now
                        try await programme.update(on: db)
                    }
                }
            }
            req.flash(t.markedAsHeld)
        }
        return req.redirect(to: SiteURL.meeting(meeting.id).path)
    }

    /// Saves a change to the meeting's date or status, renumbers the plan, and tells the others
    /// taking part, in one transaction.
    static func saveAndTell(_ req: Request, _ loaded: Loaded, _ change: MeetingChange) async throws {
        let actor = try req.person()
        let settings = req.application.settings
        let meeting = loaded.meeting
        try await req.db.transaction { db in
            try await meeting.update(on: db)
            try await MeetingNumbering.renumber(meeting, on: db)
            let numbered = try await Meeting.find(meeting.id, on: db) ?? meeting
            try await MeetingMail.changed(numbered, in: loaded.file, change, by: actor, settings: settings.mail, now: settings.now(), on: db)
        }
    }

    struct CancelForm: FormInput {
        /// "yes" puts a cancelled meeting back in the plan.
        var restore: String?
    }

    /// Cancels a meeting that was not held, or puts a cancelled one back.
    @Sendable static func cancel(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard loaded.permissions.changePlan, !loaded.meeting.isHeld else { throw Abort(.notFound) }
        let t = req.language.texts
        let restore = req.form(CancelForm.self).restore == "yes"
        loaded.meeting.status = (restore ? Meeting.Status.planned : .cancelled).rawValue
        try await saveAndTell(req, loaded, restore ? .restored : .cancelled)
        req.flash(restore ? t.meetingRestored : t.meetingCancelled)
        return req.redirect(to: SiteURL.meeting(loaded.meeting.id).path)
    }

    struct MoveForm: FormInput {
        var date: String?
        var time: String?
        var place: String?
        /// "on": the new date is a holiday or closed day, and stays.
        var keepClosedDay: String?
    }

    @Sendable static func showMove(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard loaded.permissions.changePlan else { throw Abort(.notFound) }
        let tz = loaded.file.timeZone
        let form = MoveForm(date: LocalDate(loaded.meeting.startsAt, in: tz).iso,
                            time: LocalTime(loaded.meeting.startsAt, in: tz).text, place: loaded.meeting.place)
        return MoveMeetingPage.render(try await context(req, loaded), loaded, form: form, errors: [:])
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard loaded.permissions.changePlan else { throw Abort(.notFound) }
        let form = req.form(MoveForm.self)
        let t = req.language.texts
        var errors: [String: String] = [:]
        let date = LocalDate(typed: form.date ?? "")
        let time = LocalTime(typed: form.time ?? "")
        if (form.date ?? "").isEmpty { errors["date"] = t.errorRequired } else if date == nil { errors["date"] = t.errorDate }
        if (form.time ?? "").isEmpty { errors["time"] = t.errorRequired } else if time == nil { errors["time"] = t.errorTime }
        let place = form.place?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if place.count > 200 { errors["place"] = t.errorTooLongLimit(200) }
        var offerToKeepDay = false
        if let date {
            let check = try await ClosedDayCheck.meetingDay(date, in: loaded.file, kept: form.keepClosedDay == "on", language: req.language,
                                                            on: req.db)
            if let error = check.error { errors["date"] = error }
            offerToKeepDay = check.offerToKeep
        }
        guard errors.isEmpty, let date, let time else {
            let response = MoveMeetingPage.render(try await context(req, loaded), loaded, form: form, errors: errors,
                                                  offerToKeepDay: offerToKeepDay)
            response.status = .unprocessableEntity
            return response
        }
        loaded.meeting.startsAt = date.instant(at: time, in: loaded.file.timeZone)
        loaded.meeting.plannedByHand = true
        loaded.meeting.place = place.isEmpty ? nil : place
        try await saveAndTell(req, loaded, .moved)
        req.flash(t.meetingMoved)
        return req.redirect(to: SiteURL.meeting(loaded.meeting.id).path)
    }
}
