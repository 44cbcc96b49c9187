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
        /// Why someone above their capacity is chosen anyway.
        var overrideReason: String?
        /// "suggest": show suggestions instead of registering.
        var intent: String?
        /// A suggestion chosen: "role:id".
        var pick: String?

        static let empty = NewHireForm(variant: ProgrammeVariant.standard.rawValue)

        /// Field names in the order the form shows them, for the error summary.
        static let fieldOrder = ["name", "email", "unit", "firstDay", "manager", "variant", "contactPerson", "mentor", "buddy",
                                 "overrideReason"]

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

        /// What the suggestions are computed for: the chosen unit and manager, and the words typed for the work.
        var needs: NewHireNeeds {
            let words = (workAreas ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
            return NewHireNeeds(unit: unit.flatMap(UUID.init(uuidString:)) ?? UUID(), manager: manager.flatMap(UUID.init(uuidString:)) ?? UUID(),
                                areas: Set(words.filter { $0.count >= 3 }))
        }
    }

    struct Choices {
        let units: [OrganisationUnit]
        let people: [Person]
        let managers: [Person]
        /// Everyone who could take a role, with their load and profile.
        let candidates: [UUID: Candidate]
    }

    static func coordinator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .programme, .write)
        return person
    }

    static func choices(for coordinator: Person, on db: Database) async throws -> Choices {
        let orgID = coordinator.$organisation.id
        let units = try await OrganisationUnit.query(on: db).filter(\.$organisation.$id == orgID).sort(\.$name).all()
        // New hires still in their own programme are not candidates for contact person, mentor or buddy.
        let candidates = try await AssignmentCandidates.load(orgID, on: db)
        let managers = try await Person.query(on: db).filter(\.$organisation.$id == orgID).filter(\.$isManager == true)
            .filter(\.$leftOn == nil).sort(\.$name).all()
        return Choices(units: units, people: candidates.people, managers: managers, candidates: candidates.candidates)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let coordinator = try coordinator(req)
        let ctx = try await HomeController.context(req)
        return RegisterNewHirePage.render(ctx, choices: try await choices(for: coordinator, on: req.db), form: .empty, errors: [:])
    }

    @Sendable static func register(req: Request) async throws -> Response {
        let coordinator = try coordinator(req)
        var form = req.form(NewHireForm.self)
        let choices = try await choices(for: coordinator, on: req.db)
        let t = req.language.texts
        if form.intent == "suggest" || form.pick != nil {
            form.applyPick()
            return RegisterNewHirePage.render(try await HomeController.context(req), choices: choices, form: form, errors: [:], suggest: true)
        }
        let (valid, errors) = try await validate(form, choices: choices, texts: t, on: req.db)
        guard let valid, errors.isEmpty else {
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

    static func validate(_ form: NewHireForm, choices: Choices, texts t: any Texts, on db: Database) async throws
        -> (ProgrammeCreation.NewHire?, [String: String])
    {
        var errors: [String: String] = [:]
        func trimmed(_ s: String?) -> String { (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func person(_ field: String, _ raw: String?, in list: [Person], required: Bool) -> UUID? {
            let value = trimmed(raw)
            if value.isEmpty {
                if required { errors[field] = t.errorRequired }
                return nil
            }
            guard let id = UUID(uuidString: value), list.contains(where: { $0.id == id }) else {
                errors[field] = t.errorUnknownChoice
                return nil
            }
            return id
        }

        let name = trimmed(form.name)
        if name.isEmpty { errors["name"] = t.errorRequired } else if name.count > 200 { errors["name"] = t.errorTooLong }

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
        if unitRaw.isEmpty { errors["unit"] = t.errorRequired } else if let id = UUID(uuidString: unitRaw), choices.units.contains(where: { $0.id == id }) {
            unitID = id
        } else { errors["unit"] = t.errorUnknownChoice }

        let firstDay = LocalDate(typed: trimmed(form.firstDay))
        if trimmed(form.firstDay).isEmpty { errors["firstDay"] = t.errorRequired } else if firstDay == nil { errors["firstDay"] = t.errorDate }

        let variant = ProgrammeVariant(rawValue: trimmed(form.variant))
        if variant == nil { errors["variant"] = t.errorUnknownChoice }

        let contactIsMentor = form.contactIsMentor == "on"
        let assignment = ProposedAssignment(
            manager: person("manager", form.manager, in: choices.managers, required: true),
            contactPerson: person("contactPerson", form.contactPerson, in: choices.people, required: true),
            mentor: contactIsMentor ? nil : person("mentor", form.mentor, in: choices.people, required: false),
            contactPersonIsMentor: contactIsMentor,
            buddy: person("buddy", form.buddy, in: choices.people, required: false))
        for problem in AssignmentRules.problems(assignment) {
            switch problem {
            case .managerMissing, .contactPersonMissing: break // reported as required fields above
            case .mentorMissing: if errors["mentor"] == nil { errors["mentor"] = t.errorMentorMissing }
            case .managerAsContactPerson: errors["contactPerson"] = t.errorManagerAsContact
            case .managerAsMentor: errors["mentor"] = t.errorManagerAsMentor
            }
        }
        // Above capacity only with a reason (seed 004: five or six mentees at once was too many).
        let overrideReason = trimmed(form.overrideReason)
        let aboveCapacity = AssignmentSuggestions.aboveCapacity(assignment, candidates: choices.candidates).compactMap { id in
            choices.people.first { $0.id == id }?.name
        }
        if !aboveCapacity.isEmpty && overrideReason.isEmpty {
            errors["overrideReason"] = t.errorAboveCapacity(name: aboveCapacity.joined(separator: ", "))
        }
        if overrideReason.count > 500 { errors["overrideReason"] = t.errorTooLong }
        guard errors.isEmpty, let unitID, let firstDay, let variant, let manager = assignment.manager,
              let contact = assignment.contactPerson, let mentor = assignment.effectiveMentor else { return (nil, errors) }
        return (ProgrammeCreation.NewHire(
            name: name, email: email, unitID: unitID, firstDay: firstDay, variant: variant, managerID: manager,
            contactPersonID: contact, mentorID: mentor, buddyID: assignment.buddy,
            stockholmCadence: form.stockholmCadence == "on",
            overrideReason: aboveCapacity.isEmpty ? nil : overrideReason), errors)
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
        /// Why someone above their capacity was chosen, when someone was.
        var overrideReason: String? = nil
        var title: String? = nil
        var phone: String? = nil
        var passwordHash: String? = nil
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
        return try await db.transaction { db in
            let newcomer = Person(organisationID: orgID, unitID: hire.unitID, name: hire.name, email: hire.email,
                                  phone: hire.phone, title: hire.title, passwordHash: hire.passwordHash)
            try await newcomer.create(on: db)
            let programme = Programme(
                organisationID: orgID, unitID: hire.unitID, newcomerID: try newcomer.requireID(), managerID: hire.managerID,
                contactPersonID: hire.contactPersonID, mentorID: hire.mentorID, buddyID: hire.buddyID,
                variant: hire.variant, firstDay: hire.firstDay.onOrAfterWorkingDay)
            programme.templateAppliedAt = now
            programme.assignmentOverrideReason = hire.overrideReason
            try await programme.create(on: db)
            let programmeID = try programme.requireID()
            try await EmploymentController.recordStart(of: hire.email, unit: hire.unitID, firstDay: programme.firstLocalDay,
                                                       organisation: orgID, on: db)
            let plan = PlanRows(programmeID: programmeID, firstDay: hire.firstDay, template: variantTemplate,
                                stockholmCadence: hire.stockholmCadence, organisation: organisation)
            try await plan.meetings.create(on: db)
            try await plan.checklist.create(on: db)
            try await plan.activities.create(on: db)
            if let announcement {
                try await AuditLog.record([.init(kind: .assignmentChanged, detail: .registered, subject: newcomer.id, programme: programmeID)],
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
         organisation: Organisation) {
        var template = variantTemplate.lengths
        template.stockholmCadence = template.stockholmCadence || stockholmCadence
        let timeZone = organisation.timeZone
        meetings = PlanGenerator.plan(template: template, firstDay: requested).map { planned in
            Meeting(programmeID: programmeID, kind: planned.kind, number: planned.number,
                    startsAt: planned.date.instant(at: planned.time, in: timeZone), minutes: planned.minutes)
        }
        let firstDay = requested.onOrAfterWorkingDay
        let introductionEnds = PlanGenerator.milestones(template: template, firstDay: firstDay).mentoringStart.adding(days: -1)
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
            let day = ScheduleRules.day(week: source.week, weekday: source.weekday, firstDay: firstDay)
            return day <= introductionEnds ? source.planned(for: programmeID, on: day, texts) : nil
        }
    }
}
