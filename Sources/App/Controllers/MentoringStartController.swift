import Fluent
import GodstartCore
import SQLKit
import Vapor

/// At the introduction's closing meeting: the short evaluation, settling the items not covered,
/// and starting the mentoring, which plans its start meeting, in one step.
enum MentoringStartController {
    /// Why the mentoring started before the week of the introduction's closing meeting
    /// (`programmes.early_start_reason`, written in SQL so the model earlier migrations read stays as it was).
    static let earlyReasonColumn = "early_start_reason"

    private struct EarlyReasonRow: Decodable {
        let early_start_reason: String?
    }

    /// Why the programme's mentoring started early, if it did.
    static func earlyReason(_ programmeID: UUID, on db: any Database) async throws -> String? {
        try await db.sql().select().column(SQLIdentifier(earlyReasonColumn)).from(Programme.schema).where("id", .equal, SQLBind(programmeID))
            .first(decoding: EarlyReasonRow.self)?.early_start_reason
    }

    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let relations: Set<ProgrammeRelation>
        /// Checklist items neither covered nor settled, in the checklist's order.
        let openItems: [ChecklistItem]
        let today: LocalDate
        /// The person's own introduction evaluation: the part they answer in and whether they have.
        let evaluation: (role: ProgrammeRole, state: EvaluationState)?

        var mayStart: Bool { MentoringStartRules.mayStart(relations) && !hasStarted }
        var startMeeting: Meeting? { file.firstMeeting(.mentoringStart) }
        var startedAt: Date? {
            file.programme.mentoringStartedAt ?? (file.firstMeeting(.introductionClosing)?.isHeld == true && startMeeting?.isHeld == true
                ? file.firstMeeting(.introductionClosing)?.heldAt : nil)
        }
        var hasStarted: Bool { startedAt != nil }
        var mentoringClosing: LocalDate? { file.firstMeeting(.mentoringClosing).map(file.date(of:)) }
        var introductionClosing: LocalDate? { file.firstMeeting(.introductionClosing).map(file.date(of:)) }
    }

    static func load(_ req: Request, programmeID: UUID) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(programmeID, by: person, on: req.db)
        guard !relations.isDisjoint(with: [.newcomer, .contactPerson, .manager]),
              AccessPolicy.decide(relations, .introductionChecklist, .read) == .allow else { throw Abort(.notFound) }
        let today = LocalDate(req.application.settings.now(), in: file.timeZone)
        let items = try await ChecklistItem.query(on: req.db).filter(\.$programme.$id == file.id).all()
        let openItems = ChecklistOrder.sorted(items, firstDay: file.programme.firstLocalDay).filter { $0.state == .open }
        var evaluation: (ProgrammeRole, EvaluationState)?
        if let role = EvaluationRules.respondentRole(relations, .introduction) {
            let answered = try await EvaluationAnswers.query(on: req.db).filter(\.$programme.$id == file.id)
                .filter(\.$author.$id == person.requireID()).filter(\.$kind == EvaluationKind.introduction.rawValue).count() > 0
            evaluation = (role, EvaluationController.state(.introduction, of: file, answered: answered, today: today))
        }
        return Loaded(file: file, person: person, relations: relations, openItems: openItems, today: today, evaluation: evaluation)
    }

    /// What was chosen and typed: `item-<id>` (carry or close), `reason-<id>`, `date`, `time`.
    typealias Typed = [String: String]

    static func defaults(_ loaded: Loaded) -> Typed {
        var typed: Typed = [:]
        if let meeting = loaded.startMeeting {
            typed["date"] = loaded.file.date(of: meeting).iso
            typed["time"] = LocalTime(meeting.startsAt, in: loaded.file.timeZone).text
        }
        return typed
    }

    static func key(_ item: ChecklistItem) -> String { item.id!.uuidString.lowercased() }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        return MentoringStartPage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: defaults(loaded), errors: [:])
    }

    @Sendable static func start(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        guard loaded.mayStart else { throw Abort(.notFound) }
        let t = req.language.texts
        let typed = (try? req.content.decode(Typed.self)) ?? [:]
        var errors: [String: String] = [:]
        var choices: [(ChecklistItem, MentoringStartRules.ItemChoice, String)] = []
        for item in loaded.openItems {
            let id = key(item)
            let choice = typed["item-\(id)"].flatMap(MentoringStartRules.ItemChoice.init(rawValue:)) ?? .carryIntoMentoring
            let reason = (typed["reason-\(id)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if choice == .close && reason.isEmpty { errors["reason-\(id)"] = t.errorReasonMissing }
            if reason.count > ChecklistRules.maximumReasonLength { errors["reason-\(id)"] = t.errorTooLongLimit(ChecklistRules.maximumReasonLength) }
            choices.append((item, choice, reason))
        }
        let date = LocalDate(typed: typed["date"] ?? "")
        let time = LocalTime(typed: typed["time"] ?? "")
        if (typed["date"] ?? "").isEmpty { errors["date"] = t.errorRequired } else if date == nil { errors["date"] = t.errorDate }
        if (typed["time"] ?? "").isEmpty { errors["time"] = t.errorRequired } else if time == nil { errors["time"] = t.errorTime }
        // Before the closing meeting's week only with a reason (the introduction's meetings ahead are cancelled).
        let introductionClosing = loaded.introductionClosing
        let earlyReason = OverrideReason.accepted(typed["earlyReason"])
        if MentoringStartRules.startsEarly(today: loaded.today, introductionClosing: introductionClosing) && earlyReason == nil {
            errors["earlyReason"] = t.errorEarlyStartReason(closing: introductionClosing.map(DateText(language: req.language,
                                                                                                     timeZone: loaded.file.timeZone).day) ?? "",
                                                            minimum: OverrideReason.minimumLength)
        }
        var offerToKeepDay = false
        if let date {
            switch MentoringStartRules.problem(startMeeting: date, today: loaded.today, mentoringClosing: loaded.mentoringClosing) {
            case .startInThePast: errors["date"] = t.errorStartDateInPast
            case .startAfterMentoringClosing: errors["date"] = t.errorStartDateAfterMentoring
            case .reasonMissing, nil:
                if let warning = try await ClosedDayCheck.warning(date, organisation: loaded.file.organisation, kept: typed["keepClosedDay"] == "on",
                                                                  language: req.language, on: req.db) {
                    errors["date"] = warning
                    offerToKeepDay = true
                }
            }
        }
        guard errors.isEmpty, let date, let time else {
            let response = MentoringStartPage.render(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: typed, errors: errors,
                                                     offerToKeepDay: offerToKeepDay)
            response.status = .unprocessableEntity
            return response
        }
        let now = req.application.settings.now()
        let file = loaded.file
        let personID = try loaded.person.requireID()
        let startsAt = date.instant(at: time, in: file.timeZone)
        let chosen = choices
        let settled = file.meetings.filter { meeting in
            meeting.meetingKind.part == .introduction && meeting.meetingKind != .introductionClosing && meeting.isOpen && meeting.startsAt > now
        }
        try await req.db.transaction { db in
            for (item, choice, reason) in chosen {
                switch choice {
                case .carryIntoMentoring:
                    try await item.carryIntoMentoring(title: item.goalTitle(t), by: personID, on: db)
                case .close:
                    item.notRelevantReason = reason
                }
                try await item.update(on: db)
            }
            // The closing meeting is held today, on the day it really was.
            if let closing = file.firstMeeting(.introductionClosing), closing.isOpen {
                closing.status = Meeting.Status.held.rawValue
                closing.startsAt = min(closing.startsAt, now)
                closing.heldAt = now
                try await closing.update(on: db)
            }
            // The introduction's meetings still ahead are settled: cancelled, and those taking part told.
            for meeting in settled {
                meeting.status = Meeting.Status.cancelled.rawValue
                try await meeting.update(on: db)
            }
            if let earlyReason {
                try await db.sql().update(Programme.schema).set(SQLIdentifier(MentoringStartController.earlyReasonColumn), to: SQLBind(earlyReason))
                    .where("id", .equal, SQLBind(file.id)).run()
            }
            let meeting = loaded.startMeeting ?? Meeting(programmeID: file.id, kind: .mentoringStart, number: 1, startsAt: startsAt,
                                                         minutes: file.meetings.first?.minutes ?? 60)
            meeting.startsAt = startsAt
            meeting.plannedByHand = true
            try await meeting.save(on: db)
            file.programme.mentoringStartedAt = now
            try await file.programme.update(on: db)
            try await MeetingNumbering.renumberAll(file.id, on: db)
            for meeting in settled {
                try await MeetingMail.changed(meeting, in: file, .cancelled, by: loaded.person, settings: req.application.settings.mail,
                                              now: now, on: db)
            }
        }
        let mentor = file.person(.mentor)?.name ?? ""
        req.flash(t.mentoringStartedFlash(mentor: mentor, date: DateText(language: req.language, timeZone: file.timeZone).dayAndTime(startsAt)))
        return req.redirect(to: SiteURL.programme(file.id).path)
    }
}
