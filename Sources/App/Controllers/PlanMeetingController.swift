import Fluent
import GodstartCore
import Vapor

/// Adding a status meeting or a mentoring meeting to a running programme's plan.
enum PlanMeetingController {
    struct PlanForm: FormInput {
        var kind: String?
        var date: String?
        var time: String?
        var place: String?
        /// "on": the date is a holiday or closed day, and stays.
        var keepClosedDay: String?
    }

    /// The kinds this person may add: status meetings for the introduction's people, mentoring
    /// meetings for the mentoring's.
    static func plannableKinds<M, P>(_ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>, now: Date) -> [MeetingKind] {
        guard !file.isEnded(now: now) else { return [] }
        return MeetingKind.allCases.filter { kind in
            kind.canBeAddedByHand && AccessPolicy.decide(relations, .plan, .write, AccessContext(
                isParticipant: Relations.isParticipant(relations, in: kind), part: kind.part)) == .allow
        }
    }

    static func load(_ req: Request) async throws -> (ProgrammeFile, [MeetingKind]) {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(try req.idParameter(), by: person, on: req.db)
        let kinds = plannableKinds(file, relations, now: req.application.settings.now())
        guard !kinds.isEmpty else { throw Abort(.notFound) }
        return (file, kinds)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (file, kinds) = try await load(req)
        var form = PlanForm()
        form.kind = kinds.contains(.dialogueMeeting) ? MeetingKind.dialogueMeeting.rawValue : kinds.first?.rawValue
        form.time = "10:00"
        return PlanMeetingPage.render(try await PrivateWriting.pageContext(req, file), file: file, kinds: kinds, form: form, errors: [:])
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        let (file, kinds) = try await load(req)
        let form = req.form(PlanForm.self)
        let t = req.language.texts
        var errors: [String: String] = [:]
        let kind = MeetingKind(rawValue: form.kind ?? "").flatMap { kinds.contains($0) ? $0 : nil }
        if kind == nil { errors["kind"] = t.errorUnknownChoice }
        let date = LocalDate(typed: form.date ?? "")
        let time = LocalTime(typed: form.time ?? "")
        if (form.date ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors["date"] = t.errorRequired } else if date == nil { errors["date"] = t.errorDate }
        if (form.time ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors["time"] = t.errorRequired } else if time == nil { errors["time"] = t.errorTime }
        let place = (form.place ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if place.count > 200 { errors["place"] = t.errorTooLongLimit(200) }
        var offerToKeepDay = false
        if let date {
            let check = try await ClosedDayCheck.meetingDay(date, in: file, kept: form.keepClosedDay == "on", language: req.language, on: req.db)
            if let error = check.error { errors["date"] = error }
            offerToKeepDay = check.offerToKeep
        }
        guard errors.isEmpty, let kind, let date, let time else {
            let response = PlanMeetingPage.render(try await PrivateWriting.pageContext(req, file), file: file, kinds: kinds,
                                                  form: form, errors: errors, offerToKeepDay: offerToKeepDay)
            response.status = .unprocessableEntity
            return response
        }
        let minutes = try await ProgrammeCreation.template(for: file.programme.programmeVariant,
                                                           organisation: file.programme.$organisation.id, on: req.db).meetingMinutes
        let meeting = Meeting(programmeID: file.id, kind: kind, number: 0,
                              startsAt: date.instant(at: time, in: file.timeZone), minutes: minutes,
                              place: place.isEmpty ? nil : place)
        meeting.plannedByHand = true
        let actor = try req.person()
        let settings = req.application.settings
        try await req.db.transaction { db in
            try await meeting.create(on: db)
            try await MeetingNumbering.renumber(meeting, on: db)
            let numbered = try await Meeting.find(meeting.id, on: db) ?? meeting
            try await MeetingMail.changed(numbered, in: file, .planned, by: actor, settings: settings.mail, now: settings.now(), on: db)
        }
        req.flash(t.meetingPlanned)
        return req.redirect(to: SiteURL.meeting(meeting.id).path)
    }
}

/// Meetings of one kind are numbered in date order ("Statusmøde 3"), held and cancelled ones
/// keeping theirs (`MeetingNumbers` in GodstartCore).
enum MeetingNumbering {
    static func renumberAll(_ programmeID: UUID, on db: Database) async throws {
        let meetings = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).all()
        let numbers = MeetingNumbers.assign(meetings.map { meeting in
            MeetingNumbers.Entry(id: meeting.id!, kind: meeting.meetingKind, startsAt: meeting.startsAt,
                                 state: meeting.isHeld ? .held : meeting.isCancelled ? .cancelled : .planned, number: meeting.number)
        })
        for meeting in meetings where numbers[meeting.id!].map({ $0 != meeting.number }) ?? false {
            meeting.number = numbers[meeting.id!]!
            try await meeting.update(on: db)
        }
    }

    static func renumber(_ meeting: Meeting, on db: Database) async throws {
        try await renumberAll(meeting.$programme.id, on: db)
    }
}
