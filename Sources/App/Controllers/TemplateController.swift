import Fluent
import GodstartCore
import Vapor

/// The coordinator keeps the workplace's introduction template per variant, applies a change to
/// chosen running programmes, and upgrades a temporary hire's programme when they are made permanent.
enum TemplateController {
    struct Loaded {
        let coordinator: Person
        let variant: ProgrammeVariant
        let record: ProgrammeTemplateRecord
        let items: [TemplateChecklistItem]
        let activities: [TemplateActivity]
        /// Everyone in the organisation, by name: who may run an activity.
        let colleagues: [Person]
        let running: [RunningProgramme]

        func runner(_ activity: TemplateActivity) -> Person? { colleagues.first { $0.id == activity.$runBy.id } }
    }

    /// A running programme of the variant, as the apply form lists it.
    struct RunningProgramme {
        let programme: Programme
        let newcomerName: String
        /// Planned (or last brought in line) before the template's last change.
        let isBehind: Bool
    }

    static func coordinator(_ req: Request) throws -> Person {
        let person = try req.person()
        try Access.require(person, .materials, .write)
        return person
    }

    static func variantParameter(_ req: Request) throws -> ProgrammeVariant {
        guard let variant = req.parameters.get("variant").flatMap(ProgrammeVariant.init(rawValue:)) else { throw Abort(.notFound) }
        return variant
    }

    static func load(_ req: Request, _ variant: ProgrammeVariant) async throws -> Loaded {
        let coordinator = try coordinator(req)
        let orgID = coordinator.$organisation.id
        let template = try await IntroductionTemplate.load(of: orgID, variant, on: req.db)
        let colleagues = try await Person.query(on: req.db).filter(\.$organisation.$id == orgID).sort(\.$name).all()
        let names = Dictionary(uniqueKeysWithValues: colleagues.map { ($0.id!, $0.name) })
        let programmes = try await Programme.query(on: req.db).filter(\.$organisation.$id == orgID)
            .filter(\.$variant == variant.rawValue).filter(\.$endedAt == nil).sort(\.$firstDay).all()
        let running = programmes.map { programme in
            let since = programme.templateAppliedAt ?? .distantPast
            return RunningProgramme(programme: programme, newcomerName: names[programme.$newcomer.id] ?? "",
                                    isBehind: template.record.changedAt.map { since < $0 } ?? false)
        }
        return Loaded(coordinator: coordinator, variant: variant, record: template.record, items: template.items,
                      activities: template.activities, colleagues: colleagues, running: running)
    }

    static func context(_ req: Request) async throws -> PageContext {
        PageContext.make(req, homes: try await Access.homes(of: try req.person(), req))
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let orgID = try coordinator(req).$organisation.id
        var templates: [(ProgrammeVariant, IntroductionTemplate)] = []
        for variant in ProgrammeVariant.allCases { templates.append((variant, try await IntroductionTemplate.load(of: orgID, variant, on: req.db))) }
        return TemplatePages.list(try await context(req), templates)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, try variantParameter(req))
        return TemplatePages.template(try await context(req), loaded, typed: .init(), errors: [:])
    }

    /// What the coordinator typed on a template's page; every form of the page fills its own part.
    struct TemplateForm: FormInput {
        var introductionMonths: String?
        var statusMeetingEveryWeeks: String?
        var mentoringMonths: String?
        var weeklyDialogueWeeks: String?
        var dialogueEveryWeeksAfter: String?
        var developmentTalkAtMonths: String?
        var meetingTime: String?
        var meetingMinutes: String?
        var stockholmCadence: String?
        var title: String?
        var fromWeek: String?
        var toWeek: String?
        var responsible: String?
        var activityKind: String?
        var activityTitle: String?
        var week: String?
        var weekday: String?
        var activityTime: String?
        var activityMinutes: String?
        var place: String?
        var runBy: String?
        var programmes: [String]?
        /// Which of the page's forms was sent, so only its fields show what was typed.
        var form: String?
    }

    private static func refuse(_ req: Request, _ loaded: Loaded, _ typed: TemplateForm, _ errors: [String: String]) async throws -> Response {
        let response = TemplatePages.template(try await context(req), loaded, typed: typed, errors: errors)
        response.status = .unprocessableEntity
        return response
    }

    @Sendable static func saveLengths(req: Request) async throws -> Response {
        let loaded = try await load(req, try variantParameter(req))
        let t = req.language.texts
        var form = req.form(TemplateForm.self)
        form.form = "lengths"
        var errors: [String: String] = [:]
        func number(_ key: String, _ raw: String?) -> Int? {
            guard let value = Int((raw ?? "").trimmingCharacters(in: .whitespaces)) else {
                errors[key] = t.errorWholeNumber
                return nil
            }
            return value
        }
        let values = [
            ("introductionMonths", form.introductionMonths), ("statusMeetingEveryWeeks", form.statusMeetingEveryWeeks),
            ("mentoringMonths", form.mentoringMonths), ("weeklyDialogueWeeks", form.weeklyDialogueWeeks),
            ("dialogueEveryWeeksAfter", form.dialogueEveryWeeksAfter), ("developmentTalkAtMonths", form.developmentTalkAtMonths),
            ("meetingMinutes", form.meetingMinutes),
        ].map { number($0.0, $0.1) }
        let time = LocalTime(typed: (form.meetingTime ?? "").trimmingCharacters(in: .whitespaces))
        if time == nil { errors["meetingTime"] = t.errorTime }
        guard errors.isEmpty, let time else { return try await refuse(req, loaded, form, errors) }
        let n = values.map { $0 ?? 0 }
        let template = ProgrammeTemplate(
            introductionMonths: n[0], statusMeetingEveryWeeks: n[1], mentoringMonths: n[2], weeklyDialogueWeeks: n[3],
            dialogueEveryWeeksAfter: n[4], developmentTalkAtMonths: n[5], meetingTime: time, meetingMinutes: n[6],
            stockholmCadence: form.stockholmCadence == "on")
        if let problem = template.problem {
            errors[field(of: problem)] = t.errorTemplate(problem)
            return try await refuse(req, loaded, form, errors)
        }
        if template != loaded.record.template {
            loaded.record.template = template
            loaded.record.changedAt = req.application.settings.now()
            try await loaded.record.update(on: req.db)
        }
        req.flash(t.templateSaved)
        return req.redirect(to: SiteURL.template(loaded.variant).path)
    }

    static func field(of problem: TemplateProblem) -> String {
        switch problem {
        case .introductionLength: "introductionMonths"
        case .mentoringLength: "mentoringMonths"
        case .statusCadence: "statusMeetingEveryWeeks"
        case .dialogueCadence: "dialogueEveryWeeksAfter"
        case .developmentTalkTooEarly: "developmentTalkAtMonths"
        case .meetingLength: "meetingMinutes"
        }
    }

    /// The checked item fields, or the errors by field. `title` is nil for a built-in item.
    static func checkedItem(_ form: TemplateForm, builtIn: Bool, _ t: Texts)
        -> ((title: String?, from: Int, to: Int, responsible: ProgrammeRole)?, [String: String])
    {
        var errors: [String: String] = [:]
        let title = builtIn ? nil : (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let from = Int((form.fromWeek ?? "").trimmingCharacters(in: .whitespaces))
        let to = Int((form.toWeek ?? "").trimmingCharacters(in: .whitespaces))
        let responsible = form.responsible.flatMap(ProgrammeRole.init(rawValue:)).flatMap { ChecklistRules.responsibleRoles.contains($0) ? $0 : nil }
        if from == nil { errors["fromWeek"] = t.errorWholeNumber }
        if to == nil { errors["toWeek"] = t.errorWholeNumber }
        if responsible == nil { errors["responsible"] = t.errorUnknownChoice }
        let fields: [TemplateItemRules.Field: String] = [.title: "title", .fromWeek: "fromWeek", .toWeek: "toWeek"]
        for (field, problem) in TemplateItemRules.problems(fromWeek: from, toWeek: to, title: title) {
            errors[fields[field]!] = t.errorTemplateItem(problem)
        }
        guard errors.isEmpty, let from, let to, let responsible else { return (nil, errors) }
        return ((title, from, to, responsible), errors)
    }

    @Sendable static func addItem(req: Request) async throws -> Response {
        let loaded = try await load(req, try variantParameter(req))
        let t = req.language.texts
        var form = req.form(TemplateForm.self)
        form.form = "item"
        let (checked, errors) = checkedItem(form, builtIn: false, t)
        guard let checked else { return try await refuse(req, loaded, form, errors) }
        let item = TemplateChecklistItem(
            organisationID: loaded.coordinator.$organisation.id, variant: loaded.variant, templateKey: nil, customTitle: checked.title,
            fromWeek: checked.from, toWeek: checked.to, responsible: checked.responsible,
            position: (loaded.items.map(\.position).max() ?? -1) + 1)
        try await req.db.transaction { db in
            try await item.create(on: db)
            try await changed(loaded.record, req, on: db)
        }
        req.flash(t.templateItemAdded)
        return req.redirect(to: SiteURL.template(loaded.variant).path + "#template-item-\(item.id!.uuidString.lowercased())")
    }

    private static func changed(_ record: ProgrammeTemplateRecord, _ req: Request, on db: Database) async throws {
        record.changedAt = req.application.settings.now()
        try await record.update(on: db)
    }

    static func item(_ req: Request) async throws -> (TemplateChecklistItem, Loaded) {
        let person = try coordinator(req)
        guard let item = try await TemplateChecklistItem.find(try req.idParameter(), on: req.db),
              item.$organisation.id == person.$organisation.id,
              let variant = ProgrammeVariant(rawValue: item.variant) else { throw Abort(.notFound) }
        return (item, try await load(req, variant))
    }

    @Sendable static func showItem(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        return TemplatePages.item(try await context(req), loaded, item, typed: TemplateForm(item), errors: [:])
    }

    @Sendable static func saveItem(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        let t = req.language.texts
        let form = req.form(TemplateForm.self)
        let (checked, errors) = checkedItem(form, builtIn: item.builtIn != nil, t)
        guard let checked else {
            let response = TemplatePages.item(try await context(req), loaded, item, typed: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        if item.builtIn == nil { item.customTitle = checked.title }
        item.fromWeek = checked.from
        item.toWeek = checked.to
        item.responsibleRole = checked.responsible.rawValue
        try await req.db.transaction { db in
            try await item.update(on: db)
            try await changed(loaded.record, req, on: db)
        }
        req.flash(t.templateItemSaved)
        return req.redirect(to: SiteURL.template(loaded.variant).path + "#template-item-\(item.id!.uuidString.lowercased())")
    }

    @Sendable static func removeItem(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        try await req.db.transaction { db in
            try await item.delete(on: db)
            try await changed(loaded.record, req, on: db)
        }
        req.flash(req.language.texts.templateItemRemoved)
        return req.redirect(to: SiteURL.template(loaded.variant).path)
    }

    struct OrderForm: FormInput {
        var direction: String?
    }

    @Sendable static func moveItem(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        var items = loaded.items
        guard let index = items.firstIndex(where: { $0.id == item.id }) else { throw Abort(.notFound) }
        let target = req.form(OrderForm.self).direction == "up" ? index - 1 : index + 1
        if items.indices.contains(target) {
            items.swapAt(index, target)
            let reordered = items
            try await req.db.transaction { db in
                for (position, entry) in reordered.enumerated() where entry.position != position {
                    entry.position = position
                    try await entry.update(on: db)
                }
                try await changed(loaded.record, req, on: db)
            }
        }
        req.flash(req.language.texts.orderSaved)
        return req.redirect(to: SiteURL.template(loaded.variant).path + "#template-item-\(item.id!.uuidString.lowercased())")
    }

    @Sendable static func addActivity(req: Request) async throws -> Response {
        let loaded = try await load(req, try variantParameter(req))
        let t = req.language.texts
        var form = req.form(TemplateForm.self)
        form.form = "activity"
        func trimmed(_ s: String?) -> String { (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let kind = ActivityKind(rawValue: trimmed(form.activityKind))
        let title = trimmed(form.activityTitle)
        let week = Int(trimmed(form.week))
        let weekday = Int(trimmed(form.weekday))
        let time = LocalTime(typed: trimmed(form.activityTime))
        let minutes = Int(trimmed(form.activityMinutes))
        let place = trimmed(form.place)
        let runByText = trimmed(form.runBy)
        let runBy = runByText.isEmpty ? nil : loaded.colleagues.first { $0.id?.uuidString.lowercased() == runByText.lowercased() }
        var errors: [String: String] = [:]
        if kind == nil { errors["activityKind"] = t.errorUnknownChoice }
        if week == nil { errors["week"] = t.errorWholeNumber }
        if weekday == nil { errors["weekday"] = t.errorUnknownChoice }
        if time == nil { errors["activityTime"] = t.errorTime }
        if minutes == nil { errors["activityMinutes"] = t.errorWholeNumber }
        if !runByText.isEmpty && runBy == nil { errors["runBy"] = t.errorUnknownPerson }
        if place.count > 200 { errors["place"] = t.errorTooLongLimit(200) }
        let fields: [TemplateActivityRules.Field: String] = [.title: "activityTitle", .week: "week", .weekday: "weekday",
                                                             .minutes: "activityMinutes"]
        for (field, problem) in TemplateActivityRules.problems(week: week, weekday: weekday, minutes: minutes, title: title) {
            errors[fields[field]!] = t.errorTemplateActivity(problem)
        }
        guard errors.isEmpty, let kind, let week, let weekday, let time, let minutes else { return try await refuse(req, loaded, form, errors) }
        let activity = TemplateActivity(organisationID: loaded.coordinator.$organisation.id, variant: loaded.variant, builtIn: nil,
                                        kind: kind, customTitle: title, week: week, weekday: weekday, time: time, minutes: minutes,
                                        place: place.isEmpty ? nil : place, runByID: runBy?.id)
        try await req.db.transaction { db in
            try await activity.create(on: db)
            try await changed(loaded.record, req, on: db)
        }
        req.flash(t.templateActivityAdded)
        return req.redirect(to: SiteURL.template(loaded.variant).path + "#template-schedule-heading")
    }

    @Sendable static func removeActivity(req: Request) async throws -> Response {
        let person = try coordinator(req)
        guard let activity = try await TemplateActivity.find(try req.idParameter(), on: req.db),
              activity.$organisation.id == person.$organisation.id,
              let variant = ProgrammeVariant(rawValue: activity.variant) else { throw Abort(.notFound) }
        let loaded = try await load(req, variant)
        try await req.db.transaction { db in
            try await activity.delete(on: db)
            try await changed(loaded.record, req, on: db)
        }
        req.flash(req.language.texts.templateActivityRemoved)
        return req.redirect(to: SiteURL.template(variant).path + "#template-schedule-heading")
    }

    @Sendable static func apply(req: Request) async throws -> Response {
        let loaded = try await load(req, try variantParameter(req))
        let t = req.language.texts
        var form = req.form(TemplateForm.self)
        form.form = "apply"
        let chosen = Set((form.programmes ?? []).compactMap(UUID.init(uuidString:)))
        let programmes = loaded.running.map(\.programme).filter { chosen.contains($0.id!) }
        guard !programmes.isEmpty else { return try await refuse(req, loaded, form, ["programmes": t.errorNoProgrammeChosen]) }
        let now = req.application.settings.now()
        let template = IntroductionTemplate(record: loaded.record, items: loaded.items, activities: loaded.activities)
        let organisation = try await loaded.coordinator.$organisation.get(on: req.db)
        for programme in programmes {
            try await ProgrammeRealignment.apply(programme, to: template, variant: loaded.variant, organisation: organisation, now: now, on: req.db)
        }
        req.flash(t.appliedFlash(programmes.count))
        return req.redirect(to: SiteURL.template(loaded.variant).path + "#apply-heading")
    }

    /// A temporary hire made permanent: the programme becomes the variant it upgrades to, in place.
    @Sendable static func upgrade(req: Request) async throws -> Response {
        let person = try coordinator(req)
        guard let programme = try await Programme.find(try req.idParameter(), on: req.db),
              programme.$organisation.id == person.$organisation.id, programme.endedAt == nil,
              let target = programme.programmeVariant.upgradesTo else { throw Abort(.notFound) }
        let organisation = try await person.$organisation.get(on: req.db)
        let template = try await IntroductionTemplate.load(of: try organisation.requireID(), target, on: req.db)
        try await ProgrammeRealignment.apply(programme, to: template, variant: target, organisation: organisation,
                                             now: req.application.settings.now(), on: req.db)
        let t = req.language.texts
        req.flash(t.upgradedFlash(variant: t.variant(target)))
        return req.redirect(to: SiteURL.programme(programme.id).path)
    }
}

extension TemplateController.TemplateForm {
    init(_ record: ProgrammeTemplateRecord) {
        let t = record.template
        self.init()
        introductionMonths = String(t.introductionMonths)
        statusMeetingEveryWeeks = String(t.statusMeetingEveryWeeks)
        mentoringMonths = String(t.mentoringMonths)
        weeklyDialogueWeeks = String(t.weeklyDialogueWeeks)
        dialogueEveryWeeksAfter = String(t.dialogueEveryWeeksAfter)
        developmentTalkAtMonths = String(t.developmentTalkAtMonths)
        meetingTime = t.meetingTime.text
        meetingMinutes = String(t.meetingMinutes)
        stockholmCadence = t.stockholmCadence ? "on" : nil
    }

    init(_ item: TemplateChecklistItem) {
        self.init()
        title = item.customTitle
        fromWeek = String(item.fromWeek)
        toWeek = String(item.toWeek)
        responsible = item.responsibleRole
    }
}
