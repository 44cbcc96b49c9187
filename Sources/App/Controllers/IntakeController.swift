import Fluent
import GodstartCore
import Vapor

/// A whole intake at once (say twelve new hires starting in August): the coordinator types them in,
/// asks for one balanced choice of contact persons, mentors and buddies for all of them, edits it,
/// and registers them together. Nobody goes above capacity without a reason, counting this intake too.
enum IntakeController {
    /// One row of the intake form: a `NewHireForm` whose fields are named `<field>-<row>`.
    typealias Typed = [String: String]

    static let rowFields = ["name", "email", "unit", "firstDay", "manager", "variant", "workAreas", "contactPerson", "mentor", "buddy"]
    static let defaultRows = 5
    static let maximumRows = 40

    static func rowCount(_ typed: Typed) -> Int {
        min(maximumRows, max(1, Int(typed["rows"] ?? "") ?? defaultRows))
    }

    static func row(_ index: Int, of typed: Typed) -> RegisterNewHireController.NewHireForm {
        var form = RegisterNewHireController.NewHireForm()
        func value(_ field: String) -> String? { typed["\(field)-\(index)"] }
        form.name = value("name")
        form.email = value("email")
        form.unit = value("unit")
        form.firstDay = value("firstDay")
        form.manager = value("manager")
        form.variant = value("variant") ?? ProgrammeVariant.standard.rawValue
        form.workAreas = value("workAreas")
        form.contactPerson = value("contactPerson")
        form.mentor = value("mentor")
        form.buddy = value("buddy")
        form.overrideReason = typed["overrideReason"]
        return form
    }

    /// A row left wholly empty is not part of the intake.
    static func isEmpty(_ form: RegisterNewHireController.NewHireForm) -> Bool {
        [form.name, form.email, form.firstDay].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let coordinator = try RegisterNewHireController.coordinator(req)
        let choices = try await RegisterNewHireController.choices(for: coordinator, now: req.application.settings.now(), on: req.db)
        return IntakePage.render(try await HomeController.context(req), choices: choices, typed: ["rows": String(defaultRows)], errors: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let coordinator = try RegisterNewHireController.coordinator(req)
        let choices = try await RegisterNewHireController.choices(for: coordinator, now: req.application.settings.now(), on: req.db)
        var typed = (try? req.content.decode(Typed.self)) ?? [:]
        let ctx = try await HomeController.context(req)
        switch typed["intent"] {
        case "moreRows":
            let atLimit = rowCount(typed) >= maximumRows
            typed["rows"] = String(min(maximumRows, rowCount(typed) + defaultRows))
            return IntakePage.render(ctx, choices: choices, typed: typed, errors: [:], rowLimitReached: atLimit)
        case "suggest":
            let open = suggest(&typed, choices: choices)
            return IntakePage.render(ctx, choices: choices, typed: typed, errors: [:], suggested: true, open: open)
        default:
            return try await register(req, typed: typed, choices: choices, coordinator: coordinator)
        }
    }

    /// Fills every row's contact person, mentor and buddy with one balanced assignment
    /// (`IntakeAssignment`), and returns why the places it left open are open, by row and role.
    static func suggest(_ typed: inout Typed, choices: RegisterNewHireController.Choices) -> IntakePage.OpenPlaces {
        let rows = (0..<rowCount(typed)).filter { !isEmpty(row($0, of: typed)) }
        let needs = rows.map { choices.needs(row($0, of: typed)) }
        let candidates = choices.people.compactMap { choices.candidates[$0.id!] }
        let intake = IntakeAssignment.suggest(needs, candidates: candidates)
        for (index, chosen) in zip(rows, intake.rows) {
            for role in CandidateRole.allCases { typed["\(role.rawValue)-\(index)"] = chosen.chosen(role)?.uuidString ?? "" }
        }
        return IntakePage.OpenPlaces(byRow: Dictionary(uniqueKeysWithValues: intake.open.map { (rows[$0.key], $0.value) }))
    }

    static func register(_ req: Request, typed: Typed, choices: RegisterNewHireController.Choices, coordinator: Person) async throws -> Response {
        let t = req.language.texts
        var errors: [String: String] = [:]
        var hires: [ProgrammeCreation.NewHire] = []
        var emails = Set<String>()
        var running = choices
        var needingReason: [String] = []
        for index in 0..<rowCount(typed) {
            let form = row(index, of: typed)
            if isEmpty(form) { continue }
            let validation = try await RegisterNewHireController.validate(form, choices: running, language: req.language, oneForm: false, on: req.db)
            for (field, message) in validation.errors { errors[field == "overrideReason" ? field : "\(field)-\(index)"] = message }
            needingReason += validation.needingReason
            let email = (form.email ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if !email.isEmpty && !emails.insert(email).inserted { errors["email-\(index)"] = t.errorEmailTaken }
            // Later rows count this one's people, whether or not the row has other errors to fix.
            running = running.adding(contactPerson: form.chosen(.contactPerson), mentor: form.chosen(.mentor), buddy: form.chosen(.buddy))
            guard let hire = validation.hire, errors["email-\(index)"] == nil else { continue }
            hires.append(hire)
        }
        // One reason for the whole intake, asked once for everything that needs it.
        if errors["overrideReason"] == nil, case .failure(let error) = OutsideRules.reason(typed["overrideReason"], needed: needingReason, texts: t) {
            errors["overrideReason"] = error.message
        }
        if hires.isEmpty && errors.isEmpty { errors["name-0"] = t.errorRequired }
        guard errors.isEmpty else {
            let response = IntakePage.render(try await HomeController.context(req), choices: choices, typed: typed, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let organisation = try await coordinator.$organisation.get(on: req.db)
        let now = req.application.settings.now()
        for hire in hires {
            try await ProgrammeCreation.create(hire, organisation: organisation, now: now,
                                               announcement: .init(by: coordinator, mail: req.application.settings.mail,
                                                                   address: req.clientAddress), on: req.db)
        }
        req.flash(t.intakeRegistered(hires.count))
        return req.redirect(to: SiteURL.colleagues.path)
    }
}

extension RegisterNewHireController.Choices {
    /// The same choices with one more new hire on these people.
    func adding(contactPerson: UUID?, mentor: UUID?, buddy: UUID?) -> Self {
        var candidates = self.candidates
        for (role, id) in [(CandidateRole.contactPerson, contactPerson), (.mentor, mentor), (.buddy, buddy)] {
            guard let id, let candidate = candidates[id] else { continue }
            candidates[id] = candidate.adding(role)
        }
        return Self(units: units, people: people, everyone: everyone, managers: managers, candidates: candidates, today: today,
                    templates: templates, calendar: calendar, timeZone: timeZone)
    }
}
