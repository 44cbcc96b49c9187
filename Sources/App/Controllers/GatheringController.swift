import Fluent
import Foundation
import GodstartCore
import Vapor

/// Group sessions, networks, experience exchange and introduction days. The coordinator plans a
/// series, invites from the running programmes, adapts each meeting and records who came; the
/// invited read the series and, after its last meeting, evaluate it. Others get 404.
enum GatheringController {
    typealias Errors = [String: String]

    /// A series with its meetings and who is invited.
    struct Loaded {
        let series: GatheringSeries
        let meetings: [Gathering]
        let participants: [GatheringParticipant]
        let names: [UUID: String]
        let organisation: Organisation

        var timeZone: TimeZone { organisation.timeZone }
        func isInvited(_ person: Person) -> Bool { participants.contains { $0.$person.id == person.id } }
        var lastDay: LocalDate? { meetings.last.map { LocalDate($0.startsAt, in: timeZone) } }
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    static func coordinator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .programme, .write)
        return person
    }

    static func load(_ seriesID: UUID, of person: Person, on db: Database) async throws -> Loaded {
        guard let series = try await GatheringSeries.query(on: db).filter(\.$id == seriesID)
            .filter(\.$organisation.$id == person.$organisation.id).first(),
            let organisation = try await person.organisation(on: db) else { throw Abort(.notFound) }
        let meetings = try await Gathering.query(on: db).filter(\.$series.$id == seriesID).sort(\.$startsAt).all()
        let participants = try await GatheringParticipant.query(on: db).filter(\.$series.$id == seriesID).all()
        let people = try await Person.query(on: db).filter(\.$id ~~ participants.map { $0.$person.id }).all()
        return Loaded(series: series, meetings: meetings, participants: participants,
                      names: Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0.name) }), organisation: organisation)
    }

    /// The series a person may open: the coordinator all of them, everyone else those they are invited to.
    static func readable(_ req: Request) async throws -> (Loaded, Person) {
        let person = try req.person()
        let loaded = try await load(try req.idParameter(), of: person, on: req.db)
        guard person.isCoordinator || loaded.isInvited(person) else { throw Abort(.notFound) }
        return (loaded, person)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let person = try req.person()
        var query = GatheringSeries.query(on: req.db).filter(\.$organisation.$id == person.$organisation.id)
        if !person.isCoordinator {
            let mine = try await GatheringParticipant.query(on: req.db).filter(\.$person.$id == person.requireID()).all(\.$series.$id)
            query = query.filter(\.$id ~~ mine)
        }
        let series = try await query.sort(\.$createdAt, .descending).all()
        let meetings = series.isEmpty ? [] : try await Gathering.query(on: req.db).filter(\.$series.$id ~~ series.compactMap(\.id))
            .sort(\.$startsAt).all()
        return GatheringPages.list(try await context(req), series, meetings: Dictionary(grouping: meetings) { $0.$series.id },
                                   canPlan: person.isCoordinator)
    }

    // MARK: Planning a series

    struct SeriesForm: FormInput {
        var kind: String?
        var title: String?
        var firstDay: String?
        var time: String?
        var everyWeeks: String?
        var count: String?
        var minutes: String?
        var place: String?
        init() {}
    }

    @Sendable static func new(req: Request) async throws -> Response {
        _ = try coordinator(req)
        var typed = SeriesForm()
        typed.kind = GatheringKind.groupSessions.rawValue
        typed.time = "13:00"
        return GatheringPages.newSeries(try await context(req), typed: typed, errors: [:])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let t = req.language.texts
        let form = req.form(SeriesForm.self)
        var errors: Errors = [:]
        let kind = form.kind.flatMap(GatheringKind.init(rawValue:))
        if kind == nil { errors["kind"] = t.errorUnknownChoice }
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.count > 200 { errors["title"] = t.errorTooLongLimit(200) }
        let firstDay = LocalDate(typed: form.firstDay ?? "")
        if firstDay == nil { errors["firstDay"] = (form.firstDay ?? "").isEmpty ? t.errorRequired : t.errorDate }
        let time = LocalTime(typed: form.time ?? "")
        if time == nil { errors["time"] = t.errorTime }
        func number(_ field: String, _ text: String?, _ range: ClosedRange<Int>, default value: Int?) -> Int? {
            let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty, let value { return value }
            guard let n = Int(trimmed), range.contains(n) else {
                errors[field] = t.errorNumberBetween(range.lowerBound, range.upperBound)
                return nil
            }
            return n
        }
        let every = number("everyWeeks", form.everyWeeks, 1...26, default: kind?.defaultEveryWeeks)
        let count = number("count", form.count, 1...12, default: kind?.defaultCount)
        let minutes = number("minutes", form.minutes, 15...480, default: kind?.defaultMinutes)
        let place = (form.place ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if place.count > 200 { errors["place"] = t.errorTooLongLimit(200) }
        guard errors.isEmpty, let kind, let firstDay, let time, let every, let count, let minutes else {
            let response = GatheringPages.newSeries(try await context(req), typed: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        guard let organisation = try await person.organisation(on: req.db) else { throw Abort(.notFound) }
        let running = try await ProgrammeQueries.running(of: person.$organisation.id, on: req.db).all()
        let settings = req.application.settings
        let calendar = try await organisation.workingCalendar(on: req.db)
        let seriesID = try await req.db.transaction { db -> UUID in
            let series = GatheringSeries(organisationID: organisation.id!, kind: kind, title: title.isEmpty ? t.gatheringKind(kind) : title)
            try await series.create(on: db)
            let id = try series.requireID()
            let themes = StockholmTheme.allCases
            let meetings = GatheringPlan.dates(first: firstDay, everyWeeks: every, count: count, calendar: calendar).enumerated().map { index, day in
                let theme = kind == .groupSessions && index < themes.count ? themes[index] : nil
                return Gathering(seriesID: id, number: index + 1,
                                 theme: theme.map(t.stockholmTheme) ?? t.gatheringMeetingTitle(kind, number: index + 1),
                                 reading: theme.map(t.stockholmReading), startsAt: day.instant(at: time, in: organisation.timeZone),
                                 minutes: minutes, place: place.isEmpty ? nil : place)
            }
            try await meetings.create(on: db)
            let invited = try await invite(kind, seriesID: id, from: running, on: db)
            try await GatheringMail.invited(invited, to: series, meetings: meetings, organisation: organisation, by: person,
                                            settings: settings.mail, now: settings.now(), on: db)
            return id
        }
        req.flash(t.gatheringSeriesCreated)
        return req.redirect(to: SiteURL.gatheringSeries(seriesID).path)
    }

    /// Invites everyone the kind invites from the running programmes who is not invited yet; returns who.
    @discardableResult
    static func invite(_ kind: GatheringKind, seriesID: UUID, from programmes: [Programme], on db: Database) async throws -> [UUID] {
        let members = programmes.map(\.members)
        let already = Set(try await GatheringParticipant.query(on: db).filter(\.$series.$id == seriesID).all(\.$person.$id))
        let new = GatheringPlan.invitees(kind, programmes: members).filter { !already.contains($0.person) }
            .map { GatheringParticipant(seriesID: seriesID, personID: $0.person, role: $0.role) }
        try await new.create(on: db)
        return new.map { $0.$person.id }
    }

    @Sendable static func inviteAgain(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let loaded = try await load(try req.idParameter(), of: person, on: req.db)
        // After its last meeting a series invites nobody more: they could not take part, nor evaluate it.
        let today = LocalDate(req.application.settings.now(), in: loaded.timeZone)
        if !GatheringPlan.invitationsOpen(lastMeeting: loaded.lastDay, today: today) {
            req.flash(req.language.texts.gatheringSeriesOver)
            return req.redirect(to: SiteURL.gatheringSeries(loaded.series.id).path)
        }
        let running = try await ProgrammeQueries.running(of: person.$organisation.id, on: req.db).all()
        let settings = req.application.settings
        let added = try await req.db.transaction { db in
            let added = try await invite(loaded.series.gatheringKind, seriesID: loaded.series.requireID(), from: running, on: db)
            try await GatheringMail.invited(added, to: loaded.series, meetings: loaded.meetings, organisation: loaded.organisation,
                                            by: person, settings: settings.mail, now: settings.now(), on: db)
            return added
        }
        req.flash(req.language.texts.gatheringInvited(added.count))
        return req.redirect(to: SiteURL.gatheringSeries(loaded.series.id).path)
    }

    // MARK: Reading a series

    @Sendable static func show(req: Request) async throws -> Response {
        let (loaded, person) = try await readable(req)
        let meetingIDs = loaded.meetings.compactMap(\.id)
        let attendance = meetingIDs.isEmpty ? [] : try await GatheringAttendance.query(on: req.db).filter(\.$gathering.$id ~~ meetingIDs).all()
        let evaluations = try await GatheringEvaluation.query(on: req.db).filter(\.$series.$id == loaded.series.requireID()).all()
        let today = LocalDate(req.application.settings.now(), in: loaded.timeZone)
        let summary = person.isCoordinator
            ? GroupEvaluationSummary.of(ratings: evaluations.map(\.rating), texts: evaluations.flatMap { [$0.worked, $0.change].compactMap { $0 } },
                                        published: GatheringPlan.evaluationPublished(lastMeeting: loaded.lastDay, today: today))
            : nil
        return GatheringPages.series(try await context(req), loaded, person: person, attendance: attendance,
                                     ownEvaluation: evaluations.first { $0.$author.id == person.id },
                                     evaluationOpen: GatheringPlan.evaluationOpen(lastMeeting: loaded.lastDay, today: today),
                                     summary: summary)
    }

    // MARK: One meeting

    struct MeetingForm: FormInput {
        var theme: String?
        var reading: String?
        var date: String?
        var time: String?
        var minutes: String?
        var place: String?
        /// "on": the date is a holiday or closed day, and stays.
        var keepClosedDay: String?
        init() {}

        init(_ meeting: Gathering, timeZone: TimeZone) {
            theme = meeting.theme
            reading = meeting.reading
            date = LocalDate(meeting.startsAt, in: timeZone).iso
            time = LocalTime(meeting.startsAt, in: timeZone).text
            minutes = String(meeting.minutes)
            place = meeting.place
        }
    }

    static func meeting(_ req: Request, of person: Person) async throws -> (Gathering, Loaded) {
        guard let meeting = try await Gathering.find(try req.idParameter(), on: req.db) else { throw Abort(.notFound) }
        let loaded = try await load(meeting.$series.id, of: person, on: req.db)
        return (meeting, loaded)
    }

    @Sendable static func editMeeting(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let (meeting, loaded) = try await meeting(req, of: person)
        return GatheringPages.meeting(try await context(req), meeting, loaded, typed: MeetingForm(meeting, timeZone: loaded.timeZone), errors: [:])
    }

    @Sendable static func saveMeeting(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let (meeting, loaded) = try await meeting(req, of: person)
        let t = req.language.texts
        let form = req.form(MeetingForm.self)
        var errors: Errors = [:]
        let theme = (form.theme ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if theme.isEmpty { errors["theme"] = t.errorRequired }
        if theme.count > 200 { errors["theme"] = t.errorTooLongLimit(200) }
        let reading = (form.reading ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reading.count > 2000 { errors["reading"] = t.errorTooLongLimit(2000) }
        let day = LocalDate(typed: form.date ?? "")
        if day == nil { errors["date"] = (form.date ?? "").isEmpty ? t.errorRequired : t.errorDate }
        let time = LocalTime(typed: form.time ?? "")
        if time == nil { errors["time"] = t.errorTime }
        let minutes = Int((form.minutes ?? "").trimmingCharacters(in: .whitespaces))
        if minutes == nil || !(15...480).contains(minutes!) { errors["minutes"] = t.errorNumberBetween(15, 480) }
        let place = (form.place ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if place.count > 200 { errors["place"] = t.errorTooLongLimit(200) }
        var offerToKeepDay = false
        if let day, let organisation = try await person.organisation(on: req.db),
           let warning = try await ClosedDayCheck.warning(day, organisation: organisation, kept: form.keepClosedDay == "on",
                                                          language: req.language, on: req.db) {
            errors["date"] = warning
            offerToKeepDay = true
        }
        guard errors.isEmpty, let day, let time, let minutes else {
            let response = GatheringPages.meeting(try await context(req), meeting, loaded, typed: form, errors: errors,
                                                  offerToKeepDay: offerToKeepDay)
            response.status = .unprocessableEntity
            return response
        }
        let before = (meeting.startsAt, meeting.place)
        meeting.theme = theme
        meeting.reading = reading.isEmpty ? nil : reading
        meeting.startsAt = day.instant(at: time, in: loaded.timeZone)
        meeting.minutes = minutes
        meeting.place = place.isEmpty ? nil : place
        let moved = before != (meeting.startsAt, meeting.place)
        let settings = req.application.settings
        try await req.db.transaction { db in
            try await meeting.update(on: db)
            // Those invited hear of a new date, time or place; a changed theme or reading they see on the page.
            if moved {
                try await GatheringMail.changed(meeting, of: loaded.series, invited: loaded.participants.map { $0.$person.id },
                                                organisation: loaded.organisation, by: person, settings: settings.mail,
                                                now: settings.now(), on: db)
            }
        }
        req.flash(t.gatheringMeetingSaved)
        return req.redirect(to: SiteURL.gatheringSeries(loaded.series.id).path)
    }

    @Sendable static func showAttendance(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let (meeting, loaded) = try await meeting(req, of: person)
        let came = try await GatheringAttendance.query(on: req.db).filter(\.$gathering.$id == meeting.requireID()).all(\.$person.$id)
        return GatheringPages.attendance(try await context(req), meeting, loaded, came: Set(came))
    }

    @Sendable static func saveAttendance(req: Request) async throws -> Response {
        let person = try coordinator(req)
        let (meeting, loaded) = try await meeting(req, of: person)
        struct AttendanceForm: FormInput {
            var came: [String]?
            init() {}
        }
        let invited = Set(loaded.participants.map { $0.$person.id })
        let came = Set((req.form(AttendanceForm.self).came ?? []).compactMap(UUID.init(uuidString:))).intersection(invited)
        let meetingID = try meeting.requireID()
        try await req.db.transaction { db in
            try await GatheringAttendance.query(on: db).filter(\.$gathering.$id == meetingID).delete()
            try await came.map { GatheringAttendance(gatheringID: meetingID, personID: $0) }.create(on: db)
        }
        req.flash(req.language.texts.attendanceSaved(came.count, of: invited.count))
        return req.redirect(to: SiteURL.gatheringSeries(loaded.series.id).path)
    }

    // MARK: The group evaluation

    struct EvaluationForm: FormInput {
        var rating: String?
        var worked: String?
        var change: String?
        init() {}

        init(_ evaluation: GatheringEvaluation?) {
            rating = evaluation.map { String($0.rating) }
            worked = evaluation?.worked
            change = evaluation?.change
        }
    }

    static func evaluable(_ req: Request) async throws -> (Loaded, Person, GatheringEvaluation?) {
        let person = try req.person()
        let loaded = try await load(try req.idParameter(), of: person, on: req.db)
        let today = LocalDate(req.application.settings.now(), in: loaded.timeZone)
        guard loaded.isInvited(person), GatheringPlan.evaluationOpen(lastMeeting: loaded.lastDay, today: today) else { throw Abort(.notFound) }
        let own = try await GatheringEvaluation.query(on: req.db).filter(\.$series.$id == loaded.series.requireID())
            .filter(\.$author.$id == person.requireID()).first()
        return (loaded, person, own)
    }

    @Sendable static func showEvaluation(req: Request) async throws -> Response {
        let (loaded, _, own) = try await evaluable(req)
        return GatheringPages.evaluation(try await context(req), loaded, typed: EvaluationForm(own), errors: [:])
    }

    @Sendable static func saveEvaluation(req: Request) async throws -> Response {
        let (loaded, person, own) = try await evaluable(req)
        let t = req.language.texts
        let form = req.form(EvaluationForm.self)
        var errors: Errors = [:]
        let rating = Int(form.rating ?? "")
        if rating == nil || !EvaluationRules.ratingRange.contains(rating!) { errors["rating"] = t.errorGroupRatingMissing }
        let worked = (form.worked ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let change = (form.change ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if worked.count > EvaluationRules.maximumAnswerLength { errors["worked"] = t.errorTooLongLimit(EvaluationRules.maximumAnswerLength) }
        if change.count > EvaluationRules.maximumAnswerLength { errors["change"] = t.errorTooLongLimit(EvaluationRules.maximumAnswerLength) }
        guard errors.isEmpty, let rating else {
            let response = GatheringPages.evaluation(try await context(req), loaded, typed: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let evaluation = own ?? GatheringEvaluation()
        evaluation.$series.id = try loaded.series.requireID()
        evaluation.$author.id = try person.requireID()
        evaluation.rating = rating
        evaluation.worked = worked.isEmpty ? nil : worked
        evaluation.change = change.isEmpty ? nil : change
        try await evaluation.save(on: req.db)
        req.flash(t.groupEvaluationSaved)
        return req.redirect(to: SiteURL.gatheringSeries(loaded.series.id).path)
    }
}
