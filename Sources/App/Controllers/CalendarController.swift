import Fluent
import Foundation
import GodstartCore
import Vapor

/// Calendars: every person's private feed address (ICS) with the meetings they take part in, the
/// schedule's activities and the group meetings they are invited to, for Outlook, Google and Apple
/// calendars to subscribe to; and one meeting as a file to open. Events carry a meeting's kind,
/// date, place and who takes part, never what was said.
enum CalendarController {
    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    static func feedURL(_ req: Request, token: String) -> String {
        SiteURL.calendarFeed(token).absolute(for: req)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let person = try req.person()
        return CalendarPage.render(try await context(req), hasFeed: person.calendarTokenHash != nil, newURL: nil)
    }

    struct FeedForm: FormInput {
        var intent: String?
        init() {}
    }

    /// Makes a new secret address (the earlier one stops working) or stops the feed.
    @Sendable static func change(req: Request) async throws -> Response {
        let person = try req.person()
        let t = req.language.texts
        if req.form(FeedForm.self).intent == "stop" {
            person.calendarTokenHash = nil
            try await person.update(on: req.db)
            req.flash(t.calendarLinkStopped)
            return req.redirect(to: SiteURL.calendar.path)
        }
        let token = SecretToken.make()
        person.calendarTokenHash = SecretToken.hash(token)
        try await person.update(on: req.db)
        // Shown once, here; only its hash is kept.
        return CalendarPage.render(try await context(req), hasFeed: true, newURL: feedURL(req, token: token))
    }

    /// The feed itself: no sign-in, the secret in the address is the key. An unknown or stopped one is 404.
    @Sendable static func feed(req: Request) async throws -> Response {
        guard var token = req.parameters.get("token") else { throw Abort(.notFound) }
        if token.hasSuffix(".ics") { token.removeLast(4) }
        guard !token.isEmpty, let person = try await Person.query(on: req.db).filter(\.$calendarTokenHash == SecretToken.hash(token)).first(),
              let organisation = try await Organisation.find(person.$organisation.id, on: req.db),
              !person.hasLeft(by: LocalDate(req.application.settings.now(), in: organisation.timeZone)) else { throw Abort(.notFound) }
        let language = person.language.flatMap(Language.init(rawValue:)) ?? Language(rawValue: organisation.defaultLanguage) ?? .fallback
        let events = try await CalendarEvents.of(person, organisation: organisation, texts: language.texts, on: req.db)
        let now = req.application.settings.now()
        return calendarResponse(ICalendar.document(events, name: language.texts.calendarName(person.name), stamp: now), fileName: nil)
    }

    /// One meeting as a file, for those who may open the meeting.
    @Sendable static func meetingFile(req: Request) async throws -> Response {
        let person = try req.person()
        guard let meeting = try await Meeting.find(try req.idParameter(), on: req.db),
              let file = try await ProgrammeQueries.file(meeting.$programme.id, on: req.db) else { throw Abort(.notFound) }
        let relations = file.relations(of: person)
        let context = file.meetingContext(meeting, for: relations, now: req.application.settings.now())
        guard AccessPolicy.decide(relations, .plan, .read, context) >= .factsOnly else { throw Abort(.notFound) }
        let t = req.language.texts
        let event = CalendarEvents.event(meeting, in: file, texts: t)
        try await AuditLog.record(.init(kind: .exported, detail: .calendarFile, resource: .plan, item: meeting.id, programme: file.id), req)
        return calendarResponse(ICalendar.document([event], name: t.productName, stamp: req.application.settings.now()),
                                fileName: "godstart-\(meeting.kind)-\(meeting.number).ics")
    }

    static func calendarResponse(_ body: String, fileName: String?) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: ICalendar.contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        if let fileName { response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"") }
        return response
    }
}

/// The events of one person's calendar, gathered in a fixed number of queries.
enum CalendarEvents {
    static func of(_ person: Person, organisation: Organisation, texts t: Texts, on db: Database) async throws -> [CalendarEvent] {
        let id = try person.requireID()
        let files = try await ProgrammeQueries.views(of: person, as: [.newcomer, .contactPerson, .mentor, .buddy, .manager], on: db)
        var events: [CalendarEvent] = []
        for file in files {
            let roles = Set(ProgrammeRole.allCases.filter { file.programme.personID(for: $0) == id })
            events += file.meetings.filter { CalendarFeedRules.takesPart(roles, in: $0.meetingKind) }.map { event($0, in: file, texts: t) }
        }
        // The schedule: a new hire's own activities, and those anyone runs.
        let ownProgrammes = files.filter { $0.programme.$newcomer.id == id }.map(\.id)
        let activities = try await Activity.query(on: db).group(.or) { group in
            group.filter(\.$runBy.$id == id)
            if !ownProgrammes.isEmpty { group.filter(\.$programme.$id ~~ ownProgrammes) }
        }.all()
        let titles = try await ActivityTitles.of(activities, organisation: organisation, on: db)
        for activity in activities {
            guard let day = LocalDate(iso: activity.day), let time = LocalTime(text: activity.time) else { continue }
            let start = day.instant(at: time, in: organisation.timeZone)
            events.append(CalendarEvent(uid: CalendarFeedRules.uid("activity", activity.id!.uuidString), sequence: activity.sequence,
                                        start: start, end: start.addingTimeInterval(Double(activity.minutes) * 60),
                                        summary: titles.title(of: activity, t), location: activity.place))
        }
        // Group sessions and networks they are invited to.
        let series = try await GatheringParticipant.query(on: db).filter(\.$person.$id == id).all(\.$series.$id)
        if !series.isEmpty {
            let seriesByID = Dictionary(uniqueKeysWithValues: try await GatheringSeries.query(on: db).filter(\.$id ~~ series).all().map { ($0.id!, $0) })
            for meeting in try await Gathering.query(on: db).filter(\.$series.$id ~~ series).all() {
                let own = seriesByID[meeting.$series.id]
                let theme = own.map { meeting.theme(for: t, kind: $0.gatheringKind) } ?? meeting.theme
                events.append(CalendarEvent(uid: CalendarFeedRules.uid("gathering", meeting.id!.uuidString), sequence: meeting.sequence,
                                            start: meeting.startsAt, end: meeting.startsAt.addingTimeInterval(Double(meeting.minutes) * 60),
                                            summary: "\(own?.title(for: t) ?? ""): \(theme)",
                                            description: meeting.reading(for: t).map { "\(t.gatheringReadingLabel): \($0)" }, location: meeting.place))
            }
        }
        return events.sorted { $0.start < $1.start }
    }

    /// A meeting of a programme: its kind and number, the new hire's name, who takes part. Never notes.
    static func event<M, P>(_ meeting: some MeetingRecord, in file: ProgrammeFileOf<M, P>, texts t: Texts) -> CalendarEvent {
        let who = meeting.meetingKind.participants.compactMap { file.person($0)?.name }
        return CalendarEvent(uid: CalendarFeedRules.uid("meeting", meeting.id!.uuidString), sequence: meeting.sequence,
                             start: meeting.startsAt, end: meeting.startsAt.addingTimeInterval(Double(meeting.minutes) * 60),
                             summary: "\(t.meetingTitle(meeting.meetingKind, number: meeting.number)): \(file.newcomer?.name ?? "")",
                             description: t.calendarParticipants(who.joined(separator: ", ")), location: meeting.place,
                             status: meeting.isCancelled ? .cancelled : .confirmed)
    }
}
