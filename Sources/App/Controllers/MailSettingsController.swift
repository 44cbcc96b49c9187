import Fluent
import GodstartCore
import Vapor

/// Each person chooses which mails they get and in which language.
enum MailSettingsController {
    struct SettingsForm: FormInput {
        var kinds: [String]?
        var language: String?
        init() {}

        init(_ person: Person) {
            let preferences = MailPreferences(stored: person.mailSwitchedOff)
            kinds = MailKind.choosable.filter(preferences.wants).map(\.rawValue)
            language = person.mailLanguage ?? "pages"
        }
    }

    static func offered(to person: Person, on db: Database) async throws -> [MailKind] {
        let id = try person.requireID()
        let running = ProgrammeQueries.running(of: person.$organisation.id, on: db)
        let ownProgramme = try await running.filter(\.$newcomer.$id == id).count() > 0
        let mentors = try await ProgrammeQueries.running(of: person.$organisation.id, on: db).filter(\.$mentor.$id == id).count() > 0
        return MailKind.offered(toCoordinator: person.isCoordinator, mayMentor: mentors || !ownProgramme)
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let person = try req.person()
        return MailSettingsPage.render(try await context(req), person: person, kinds: try await offered(to: person, on: req.db), typed: SettingsForm(person))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let person = try req.person()
        let form = req.form(SettingsForm.self)
        let wanted = Set((form.kinds ?? []).compactMap(MailKind.init(rawValue:)))
        // A kind not offered on the page keeps its earlier choice.
        var preferences = MailPreferences(stored: person.mailSwitchedOff)
        for kind in try await offered(to: person, on: req.db) {
            if wanted.contains(kind) { preferences.switchedOff.remove(kind) } else { preferences.switchedOff.insert(kind) }
        }
        person.mailSwitchedOff = preferences.stored
        person.mailLanguage = form.language.flatMap(Language.init(rawValue:))?.rawValue
        try await person.update(on: req.db)
        req.flash(req.language.texts.mailSettingsSaved)
        return req.redirect(to: SiteURL.mailSettings.path)
    }
}
