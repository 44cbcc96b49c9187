import Fluent
import GodstartCore
import Vapor

/// The organisation's working days: its country's public holidays, whether it closes on the days
/// most workplaces do, and its own closed days. The coordinator, who plans, and the administrator
/// keep them.
enum WorkingDaysController {
    struct Loaded {
        let organisation: Organisation
        let own: [OwnClosedDay]
        let calendar: WorkingCalendar
        /// Meetings still ahead in running programmes that fall on a closed day, with the working
        /// day they belong on: planned before the day was closed, for their people to move.
        var onClosedDays: [(file: ProgrammeFile, meeting: Meeting, closed: ClosedDayName, workingDay: LocalDate)] = []
    }

    static func load(_ req: Request) async throws -> Loaded {
        let person = try req.person()
        let standing = Access.standing(person)
        // Who keeps the templates plans come from, or the organisation's settings.
        guard AccessPolicy.decide(standing, .materials, .write) == .allow || AccessPolicy.decide(standing, .people, .write) == .allow,
              let organisation = try await Organisation.find(person.$organisation.id, on: req.db) else { throw Abort(.notFound) }
        let own = try await OwnClosedDay.query(on: req.db).filter(\.$organisation.$id == organisation.requireID()).sort(\.$date).all()
        return Loaded(organisation: organisation, own: own, calendar: organisation.workingCalendar(own: own.compactMap(\.closedDay)))
    }

    /// The running programmes' meetings ahead on a closed day: read for the page only, not for its forms.
    static func meetingsOnClosedDays(_ loaded: inout Loaded, now: Date, on db: any Database) async throws {
        let calendar = loaded.calendar
        let running = try await ProgrammeQueries.files(ProgrammeQueries.running(of: loaded.organisation.requireID(), on: db), on: db)
        loaded.onClosedDays = running.flatMap { file in
            file.meetings.compactMap { meeting -> (file: ProgrammeFile, meeting: Meeting, closed: ClosedDayName, workingDay: LocalDate)? in
                let day = file.date(of: meeting)
                guard meeting.isOpen, meeting.startsAt > now, let closed = calendar.closedDay(on: day) else { return nil }
                return (file, meeting, closed, calendar.workingDay(for: meeting.meetingKind, near: day))
            }
        }.sorted { $0.meeting.startsAt < $1.meeting.startsAt }
    }

    struct SettingsForm: FormInput {
        var country: String?
        var customary: String?
    }

    struct ClosedDayForm: FormInput {
        var date: String?
        var name: String?
    }

    static func page(_ req: Request, _ loaded: Loaded, typed: ClosedDayForm = ClosedDayForm(), errors: [String: String] = [:]) async throws
        -> Response {
        let ctx = PageContext.make(req, timeZone: loaded.organisation.timeZone, homes: try await Access.homes(of: try req.person(), req))
        var loaded = loaded
        try await meetingsOnClosedDays(&loaded, now: ctx.now, on: req.db)
        let response = WorkingDaysPage.render(ctx, loaded, typed: typed, errors: errors)
        if !errors.isEmpty { response.status = .unprocessableEntity }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await page(req, try await load(req))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let form = req.form(SettingsForm.self)
        // An unknown country keeps the one there was.
        if let country = form.country.flatMap(HolidayCountry.init(rawValue:)) { loaded.organisation.holidayCountry = country.rawValue }
        loaded.organisation.closesCustomaryDays = form.customary == "on"
        try await loaded.organisation.update(on: req.db)
        req.flash(req.language.texts.workingDaysSaved)
        return req.redirect(to: SiteURL.workingDays.path)
    }

    /// The longest name of an own closed day.
    static let nameLimit = 100

    @Sendable static func add(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let t = req.language.texts
        let typed = req.form(ClosedDayForm.self)
        let name = (typed.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let date = LocalDate(typed: typed.date ?? "")
        var errors: [String: String] = [:]
        if (typed.date ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors["date"] = t.errorRequired }
        else if date == nil { errors["date"] = t.errorDate }
        else if let date, loaded.own.contains(where: { $0.date == date.iso }) { errors["date"] = t.errorClosedDayTwice }
        if name.isEmpty { errors["name"] = t.errorRequired } else if name.count > nameLimit { errors["name"] = t.errorTooLongLimit(nameLimit) }
        guard errors.isEmpty, let date else { return try await page(req, loaded, typed: typed, errors: errors) }
        try await OwnClosedDay(organisationID: loaded.organisation.requireID(), date: date, name: name).create(on: req.db)
        req.flash(t.closedDayAdded)
        return req.redirect(to: SiteURL.workingDays.path + "#own-closed-days")
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let loaded = try await load(req)
        let id = try req.idParameter()
        guard let day = loaded.own.first(where: { $0.id == id }) else { throw Abort(.notFound) }
        try await day.delete(on: req.db)
        req.flash(req.language.texts.closedDayRemoved)
        return req.redirect(to: SiteURL.workingDays.path + "#own-closed-days")
    }
}
