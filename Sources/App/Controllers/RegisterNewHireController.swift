import Fluent
import GodstartCore
import Vapor

/// The coordinator registers a new hire; Godstart creates the programme and its dated plan.
enum RegisterNewHireController {
    struct NewHireForm: FormInput {
        var name: String?
        var email: String?
        var unit: String?
        var firstDay: String?
        var manager: String?
        var variant: String?
        var stockholmCadence: String?
        var contactPerson: String?
        var mentor: String?
        var contactIsMentor: String?
        var buddy: String?
        /// Words for the new hire's work, for the suggestions.
        var workAreas: String?
        /// Why someone is chosen outside the rules (above capacity, unwilling to mentor, in their own first year).
        var overrideReason: String?
        /// "on": the first day typed is a holiday or closed day, and stays.
        var keepClosedDay: String?
        /// "on": the first day is weeks back or more than a year ahead, and is right (`FirstDayCheck`).
        var confirmFirstDay: String?
        /// "suggest": show suggestions instead of registering.
        var intent: String?
        /// A suggestion chosen: "role:id".
        var pick: String?

        static let empty = NewHireForm(variant: ProgrammeVariant.standard.rawValue)

        /// Field names in the order the form shows them, for the error summary.
        static let fieldOrder = ["name", "email", "unit", "firstDay", "manager", "variant", "contactPerson", "mentor", "buddy",
                                 "overrideReason"]

        /// With a unit chosen and no manager yet, the unit's manager when it has one only (the
        /// suggestions then leave them out, as the new hire's manager).
        mutating func fillManager(from managers: [Person]) {
            guard (manager ?? "").isEmpty, let unit = unit.flatMap(UUID.init(uuidString:)) else { return }
            let own = managers.filter { $0.$unit.id == unit }
            if own.count == 1 { manager = own[0].id?.uuidString }
        }

        /// Sets the field of a chosen suggestion ("mentor:<id>").
        mutating func applyPick() {
            guard let pick, let colon = pick.firstIndex(of: ":") else { return }
            let id = String(pick[pick.index(after: colon)...])
            switch CandidateRole(rawValue: String(pick[..<colon])) {
            case .contactPerson: contactPerson = id
            case .mentor: mentor = id; contactIsMentor = nil
            case .buddy: buddy = id
            case nil: break
            }
        }

        /// The person chosen for `role` so far.
        func chosen(_ role: CandidateRole) -> UUID? {
            switch role {
            case .contactPerson: contactPerson.flatMap(UUID.init(uuidString:))
            case .mentor: (contactIsMentor == "on" ? contactPerson : mentor).flatMap(UUID.init(uuidString:))
            case .buddy: buddy.flatMap(UUID.init(uuidString:))
            }
        }

        /// What the suggestions and the rules are judged against: the chosen unit and manager (none
        /// yet: the unit's managers are left out), the first day (not typed yet: `today`), the
        /// variant's lengths, and the words typed for the work.
        func needs(today: LocalDate, templates: [ProgrammeVariant: ProgrammeTemplate]) -> NewHireNeeds {
            let words = (workAreas ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
            let variant = variant.flatMap(ProgrammeVariant.init(rawValue:)) ?? .standard
            let lengths = templates[variant] ?? .defaults(for: variant)
            let opening = RoleOpening(newHire: nil, manager: manager.flatMap(UUID.init(uuidString:)), unit: unit.flatMap(UUID.init(uuidString:)),
                                      starts: firstDay.flatMap(LocalDate.init(typed:)) ?? today,
                                      introductionMonths: lengths.introductionMonths, mentoringMonths: lengths.mentoringMonths)
            return NewHireNeeds(opening: opening, areas: Set(words.filter { $0.count >= 3 }))
        }
    }

    struct Choices {
        let units: [OrganisationUnit]
        /// Everyone who can take some role for some new hire; who may take which role for this one
        /// is `EligibilityRules`'.
        let people: [Person]
        /// Everyone still employed, so a choice of someone the lists leave out gets the rule's message.
        let everyone: [Person]
        let managers: [Person]
        /// Everyone who could take a role, with their load and profile.
        let candidates: [UUID: Candidate]
        let today: LocalDate
        /// The organisation's lengths of each variant, for how long a role is held.
        let templates: [ProgrammeVariant: ProgrammeTemplate]
        /// The days it works, for a first day typed on a holiday.
        let calendar: WorkingCalendar
        let timeZone: TimeZone

        func needs(_ form: NewHireForm) -> NewHireNeeds { form.needs(today: today, templates: templates) }

        func name(_ id: UUID) -> String { everyone.first { $0.id == id }?.name ?? "" }

        /// The people a field for `role` lists: a manager is never a mentor, for anyone.
        func people(for role: CandidateRole) -> [Person] {
            role == .mentor ? people.filter { !(candidates[$0.id!]?.standing.managesAnyone ?? false) } : people
        }
    }

    static func coordinator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .programme, .write)
        return person
    }

    static func choices(for coordinator: Person, now: Date, on db: Database) async throws -> Choices {
        let orgID = coordinator.$organisation.id
        guard let organisation = try await Organisation.find(orgID, on: db) else { throw Abort(.notFound) }
        let units = try await OrganisationUnit.query(on: db).filter(\.$organisation.$id == orgID).sort(\.$name).all()
        let candidates = try await AssignmentCandidates.load(orgID, now: now, on: db)
        let managers = try await Person.query(on: db).filter(\.$organisation.$id == orgID).filter(\.$isManager == true)
            .filter(\.$leftOn == nil).sort(\.$name).all()
        return Choices(units: units, people: candidates.choosable, everyone: candidates.people, managers: managers,
                       candidates: candidates.candidates, today: candidates.today,
                       templates: try await IntroductionTemplates.templates(of: orgID, on: db),
                       calendar: try await organisation.workingCalendar(on: db), timeZone: organisation.timeZone)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let coordinator = try coordinator(req)
        let ctx = try await HomeController.context(req)
        return RegisterNewHirePage.render(ctx, choices: try await choices(for: coordinator, now: req.application.settings.now(), on: req.db), form: .empty, errors: [:])
    }

    @Sendable static func register(req: Request) async throws -> Response {
        let coordinator = try coordinator(req)
        var form = req.form(NewHireForm.self)
        let choices = try await choices(for: coordinator, now: req.application.settings.now(), on: req.db)
        let t = req.language.texts
        if form.intent == "suggest" || form.pick != nil {
            form.applyPick()
            form.fillManager(from: choices.managers)
            return RegisterNewHirePage.render(try await HomeController.context(req), choices: choices, form: form, errors: [:], suggest: true)
        }
        let validation = try await validate(form, choices: choices, language: req.language, on: req.db)
        let errors = validation.errors
        guard let valid = validation.hire, errors.isEmpty else {
            let response = RegisterNewHirePage.render(try await HomeController.context(req), choices: choices, form: form, errors: errors,
                                                      suggest: errors["overrideReason"] != nil)
            response.status = .unprocessableEntity
            return response
        }
        let organisation = try await coordinator.$organisation.get(on: req.db)
        let programmeID = try await ProgrammeCreation.create(valid, organisation: organisation, now: req.application.settings.now(),
                                                             announcement: .init(by: coordinator, mail: req.application.settings.mail,
                                                                                 address: req.clientAddress), on: req.db)
        req.flash(t.programmeCreated)
        return req.redirect(to: SiteURL.programme(programmeID).path)
    }

    /// A form checked: the new hire to create, or the errors by field; and what the choice needs a
    /// written reason for (the intake asks once for all its rows).
    struct Validation {
        var hire: ProgrammeCreation.NewHire?
        var errors: [String: String]
        var needingReason: [String] = []
    }

    /// `oneForm`: the registration form, with its "contact person is also mentor" box and its own
    /// reason; the intake's rows have neither, and the intake checks the reason once for all rows.
    static func validate(_ form: NewHireForm, choices: Choices, language: Language, oneForm: Bool = true, on db: Database) async throws
        -> Validation
    {
        let t = language.texts
        var errors: [String: String] = [:]
        func trimmed(_ s: String?) -> String { (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func person(_ field: String, _ raw: String?, in list: [Person], required: Bool) -> UUID? {
            let value = trimmed(raw)
            if value.isEmpty {
                if required { errors[field] = t.errorChooseOne }
                return nil
            }
            guard let id = UUID(uuidString: value), list.contains(where: { $0.id == id }) else {
                errors[field] = t.errorUnknownChoice
                return nil
            }
            return id
        }

        let name = VisibleText.cleaned(form.name ?? "")
        if name.isEmpty { errors["name"] = t.errorRequired } else if name.count > 200 { errors["name"] = t.errorTooLongLimit(200) }

        let email = trimmed(form.email).lowercased()
        if email.isEmpty {
            errors["email"] = t.errorRequired
        } else if !EmailAddress.isPlausible(email) {
            errors["email"] = t.errorEmail
        } else if try await Person.query(on: db).filter(\.$email == email).count() > 0 {
            errors["email"] = t.errorEmailTaken
        }

        var unitID: UUID?
        let unitRaw = trimmed(form.unit)
        if unitRaw.isEmpty { errors["unit"] = t.errorChooseOne } else if let id = UUID(uuidString: unitRaw), choices.units.contains(where: { $0.id == id }) {
            unitID = id
        } else { errors["unit"] = t.errorUnknownChoice }

        let firstDay = LocalDate(typed: trimmed(form.firstDay))
        if trimmed(form.firstDay).isEmpty { errors["firstDay"] = t.errorRequired } else if firstDay == nil { errors["firstDay"] = t.errorDate }
        let keepsClosedDay = oneForm && form.keepClosedDay == "on"
        if let firstDay, !keepsClosedDay, let warning = ClosedDayCheck.warning(firstDay, calendar: choices.calendar,
                                                                             dates: DateText(language: language, timeZone: choices.timeZone),
                                                                             texts: t, offerToKeep: oneForm) {
            errors["firstDay"] = warning
        }
        if let firstDay, errors["firstDay"] == nil, !(oneForm && form.confirmFirstDay == "on"),
           let finding = FirstDayCheck.finding(firstDay, today: choices.today) {
            let day = DateText(language: language, timeZone: choices.timeZone).day(firstDay)
            let said = finding == .longAgo ? t.firstDayLongAgo(day: day) : t.firstDayFarAhead(day: day)
            errors["firstDay"] = "\(said) \(oneForm ? t.firstDayConfirmHint : t.firstDayUseTheForm)"
        }

        let variant = ProgrammeVariant(rawValue: trimmed(form.variant))
        if variant == nil { errors["variant"] = t.errorUnknownChoice }

        let contactIsMentor = form.contactIsMentor == "on"
        let assignment = ProposedAssignment(
            manager: person("manager", form.manager, in: choices.managers, required: true),
            contactPerson: person("contactPerson", form.contactPerson, in: choices.everyone, required: true),
            mentor: contactIsMentor ? nil : person("mentor", form.mentor, in: choices.everyone, required: false),
            contactPersonIsMentor: contactIsMentor,
            buddy: person("buddy", form.buddy, in: choices.everyone, required: false))
        for problem in AssignmentRules.problems(assignment) {
            switch problem {
            case .managerMissing, .contactPersonMissing: break // reported as required fields above
            case .mentorMissing: if errors["mentor"] == nil { errors["mentor"] = t.errorMentorMissing }
            case .managerAsContactPerson: errors["contactPerson"] = t.errorManagerAsContact
            case .managerAsMentor: errors["mentor"] = t.errorManagerAsMentor
            case .samePersonInTwoRoles(.contactPerson, .mentor) where oneForm:
                if errors["mentor"] == nil { errors["mentor"] = t.errorContactAsMentorNotTicked(name: choices.name(assignment.contactPerson!)) }
            case .samePersonInTwoRoles(let holds, let role):
                if errors[role.rawValue] == nil { errors[role.rawValue] = t.errorSamePerson(name: choices.name(assignment.chosen(role)!), holds: t.role(holds.programmeRole),
                                                                                            as: t.role(role.programmeRole)) }
            }
        }
        var opening = choices.needs(form).opening
        opening.manager = assignment.manager
        let reviewed = review(assignment, opening: opening, reason: form.overrideReason, reasonChecked: oneForm, choices: choices,
                              texts: t, fieldErrors: errors)
        errors.merge(reviewed.errors) { first, _ in first }
        guard errors.isEmpty, let unitID, let firstDay, let variant, let manager = assignment.manager,
              let contact = assignment.contactPerson, let mentor = assignment.effectiveMentor
        else { return Validation(hire: nil, errors: errors, needingReason: reviewed.needingReason) }
        return Validation(hire: ProgrammeCreation.NewHire(
            name: name, email: email, unitID: unitID, firstDay: firstDay, variant: variant, managerID: manager,
            contactPersonID: contact, mentorID: mentor, buddyID: assignment.buddy,
            stockholmCadence: form.stockholmCadence == "on", overrides: reviewed.overrides,
            keepsClosedFirstDay: keepsClosedDay), errors: errors,
            needingReason: reviewed.needingReason)
    }

    /// Each chosen person against the rules (`EligibilityRules.review`): a refusal goes on the
    /// person's field; a choice outside the rules (above capacity, unwilling, in their own first
    /// year) needs a written reason of at least a sentence, and is returned to be kept with it.
    static func review(_ assignment: ProposedAssignment, opening: RoleOpening, reason typed: String?, reasonChecked: Bool, choices: Choices,
                       texts t: Texts, fieldErrors: [String: String])
        -> (overrides: [ProgrammeCreation.ChosenOutsideRules], errors: [String: String], needingReason: [String]) {
        var errors: [String: String] = [:]
        var needingReason: [String] = []
        var outside: [(role: CandidateRole, person: UUID)] = []
        let chosen: [(CandidateRole, String, UUID?)] = [
            (.contactPerson, "contactPerson", assignment.contactPerson),
            (.mentor, assignment.contactPersonIsMentor ? "contactPerson" : "mentor", assignment.effectiveMentor),
            (.buddy, "buddy", assignment.buddy),
        ]
        for (role, field, id) in chosen {
            guard let id, fieldErrors[field] == nil, errors[field] == nil, let candidate = choices.candidates[id] else { continue }
            let verdict = OutsideRules.verdict(candidate, as: role, for: opening, name: choices.name(id), texts: t)
            if let refusal = verdict.refusal {
                errors[field] = refusal
            } else if !verdict.needingReason.isEmpty {
                needingReason += verdict.needingReason
                outside.append((role, id))
            }
        }
        switch OutsideRules.reason(typed, needed: needingReason, texts: t) {
        case .failure(let error):
            if reasonChecked { errors["overrideReason"] = error.message }
            return ([], errors, needingReason)
        case .success(let reason):
            guard let reason, errors.isEmpty else { return ([], errors, needingReason) }
            return (outside.map { ProgrammeCreation.ChosenOutsideRules(role: $0.role, person: $0.person, reason: reason) }, errors, needingReason)
        }
    }
}


/// Creating a programme and its plan: shared by the coordinator's form and the demo data.
enum ProgrammeCreation {
    struct NewHire {
        let name: String
        let email: String
        let unitID: UUID
        let firstDay: LocalDate
        let variant: ProgrammeVariant
        let managerID: UUID
        let contactPersonID: UUID
        let mentorID: UUID
        let buddyID: UUID?
        /// The coordinator chose the Stockholm cadence for this programme (the template may have it for all).
        var stockholmCadence = false
        /// The people chosen outside the rules, each with the coordinator's reason.
        var overrides: [ChosenOutsideRules] = []
        /// The coordinator kept a first day that is a holiday or closed day (a weekend still moves to Monday).
        var keepsClosedFirstDay = false
        var title: String? = nil
        var phone: String? = nil
        var passwordHash: String? = nil
    }

    /// Someone chosen for `role` outside the rules, and why (`AssignmentOverride`).
    struct ChosenOutsideRules {
        let role: CandidateRole
        let person: UUID
        let reason: String
    }

    static func template(for variant: ProgrammeVariant, organisation: UUID, on db: Database) async throws -> ProgrammeTemplate {
        try await IntroductionTemplates.record(of: organisation, variant, on: db).template
    }

    /// Who registered the new hire, so the people around them hear of it by mail.
    /// It goes into the audit log too, with the address it came from.
    struct Announcement {
        let by: Person
        let mail: MailSettings
        var address: String?
    }

    /// Creates the new hire, the programme, its dated plan, its checklist and its schedule (from the
    /// organisation's template for the variant) in one transaction, with the mail that tells the
    /// contact person, mentor, buddy and manager when there is an `announcement`.
    @discardableResult
    static func create(_ hire: NewHire, organisation: Organisation, now: Date, announcement: Announcement? = nil,
                       on db: Database) async throws -> UUID {
        let orgID = try organisation.requireID()
        let variantTemplate = try await IntroductionTemplate.load(of: orgID, hire.variant, on: db)
        let calendar = try await organisation.workingCalendar(on: db)
        return try await db.transaction { db in
            let newcomer = Person(organisationID: orgID, unitID: hire.unitID, name: hire.name, email: hire.email,
                                  phone: hire.phone, title: hire.title, passwordHash: hire.passwordHash)
            try await newcomer.create(on: db)
            let programme = Programme(
                organisationID: orgID, unitID: hire.unitID, newcomerID: try newcomer.requireID(), managerID: hire.managerID,
                contactPersonID: hire.contactPersonID, mentorID: hire.mentorID, buddyID: hire.buddyID,
                variant: hire.variant,
                firstDay: hire.keepsClosedFirstDay ? WorkingCalendar.weekendsOnly.onOrAfter(hire.firstDay) : calendar.onOrAfter(hire.firstDay))
            programme.templateAppliedAt = now
            try await programme.create(on: db)
            let programmeID = try programme.requireID()
            try await EmploymentController.recordStart(of: hire.email, unit: hire.unitID, firstDay: programme.firstLocalDay,
                                                       organisation: orgID, on: db)
            let plan = PlanRows(programmeID: programmeID, firstDay: hire.firstDay, template: variantTemplate,
                                stockholmCadence: hire.stockholmCadence, organisation: organisation, calendar: calendar)
            try await plan.meetings.create(on: db)
            try await plan.checklist.create(on: db)
            try await plan.activities.create(on: db)
            for chosen in hire.overrides {
                try await AssignmentOverride(organisationID: orgID, programmeID: programmeID, personID: chosen.person, role: chosen.role,
                                             reason: chosen.reason, chosenByID: announcement?.by.id).create(on: db)
            }
            if let announcement {
                let outside = hire.overrides.map { AuditLog.Event(kind: .assignmentChanged, detail: .chosenWithReason, subject: $0.person,
                                                                  programme: programmeID) }
                try await AuditLog.record([.init(kind: .assignmentChanged, detail: .registered, subject: newcomer.id, programme: programmeID)]
                                          + outside,
                                          .init(actor: announcement.by.id, organisation: orgID, address: announcement.address, now: now), on: db)
            }
            if let announcement, let file = try await ProgrammeQueries.file(programmeID, on: db) {
                try await ProgrammeMail.assigned(file, roles: [.contactPerson, .mentor, .buddy, .manager], by: announcement.by,
                                                 settings: announcement.mail, now: now, on: db)
            }
            return programmeID
        }
    }
}

/// The rows a programme starts with: its dated meetings, its checklist and its introduction
/// schedule, from the organisation's template for the variant. Shared by the coordinator's form and
/// the generated datasets, which insert many programmes' rows at once.
struct PlanRows {
    let meetings: [Meeting]
    let checklist: [ChecklistItem]
    let activities: [Activity]

    init(programmeID: UUID, firstDay requested: LocalDate, template variantTemplate: IntroductionTemplate, stockholmCadence: Bool,
         organisation: Organisation, calendar: WorkingCalendar) {
        var template = variantTemplate.lengths
        template.stockholmCadence = template.stockholmCadence || stockholmCadence
        let timeZone = organisation.timeZone
        meetings = PlanGenerator.plan(template: template, firstDay: requested, calendar: calendar).map { planned in
            Meeting(programmeID: programmeID, kind: planned.kind, number: planned.number,
                    startsAt: planned.date.instant(at: planned.time, in: timeZone), minutes: planned.minutes)
        }
        let firstDay = calendar.onOrAfter(requested)
        let introductionEnds = PlanGenerator.milestones(template: template, firstDay: firstDay, calendar: calendar).mentoringStart.adding(days: -1)
        checklist = variantTemplate.items.enumerated().map { position, source in
            let item = ChecklistItem(
                programmeID: programmeID, templateKey: source.builtIn, customTitle: source.customTitle,
                window: ChecklistTemplate.window(fromWeek: source.fromWeek, toWeek: source.toWeek, firstDay: firstDay,
                                                 introductionEnds: introductionEnds),
                responsible: source.responsible)
            item.templateItemID = source.id
            item.position = position
            return item
        }
        let texts = IntroductionTemplates.texts(of: organisation)
        activities = variantTemplate.activities.compactMap { source -> Activity? in
            let day = ScheduleRules.day(week: source.week, weekday: source.weekday, firstDay: firstDay, calendar: calendar)
            return day <= introductionEnds ? source.planned(for: programmeID, on: day, texts) : nil
        }
    }
}
