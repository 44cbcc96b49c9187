import Fluent
import GodstartCore
import Vapor

/// The introduction's checklist: items with a window of weeks and a "covered" state.
enum ChecklistController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let relations: Set<ProgrammeRelation>
        /// In the order of the page: by the week the window starts, then as placed.
        let items: [ChecklistItem]
        /// Everyone who covered an item or has one assigned, by id.
        let people: [UUID: Person]
        let today: LocalDate

        /// Contact person and manager adapt the plan: add, set aside, move windows.
        var mayAdapt: Bool { ChecklistRules.mayAdapt(relations) }

        func mayCover(_ item: ChecklistItem) -> Bool {
            AccessPolicy.decide(relations, .introductionChecklist, .write, AccessContext(isSocialTask: item.isSocialTask)) == .allow
        }

        /// Who sees to an item: the person it is assigned to, or whoever holds its role.
        func owner(of item: ChecklistItem) -> Person? {
            item.$assignedPerson.id.flatMap { people[$0] } ?? file.person(item.responsible)
        }

        var introductionEnds: LocalDate {
            file.firstMeeting(.introductionClosing).map(file.date(of:)) ?? file.programme.firstLocalDay.adding(months: 3)
        }
    }

    static func load(_ req: Request, programmeID: UUID) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(programmeID, by: person, on: req.db)
        guard AccessPolicy.decide(relations, .introductionChecklist, .read) == .allow else { throw Abort(.notFound) }
        let items = ChecklistOrder.sorted(try await ChecklistItem.query(on: req.db).filter(\.$programme.$id == file.id).all(),
                                          firstDay: file.programme.firstLocalDay)
        let coverers = Set(items.compactMap { $0.$coveredBy.id } + items.compactMap { $0.$assignedPerson.id }).subtracting(file.people.keys)
        var people = file.people
        if !coverers.isEmpty {
            for p in try await Person.query(on: req.db).filter(\.$id ~~ Array(coverers)).all() { people[p.id!] = p }
        }
        return Loaded(file: file, person: person, relations: relations, items: items, people: people,
                      today: LocalDate(req.application.settings.now(), in: file.timeZone))
    }

    static func item(_ req: Request) async throws -> (ChecklistItem, Loaded) {
        guard let found = try await ChecklistItem.find(try req.idParameter(), on: req.db) else { throw Abort(.notFound) }
        let loaded = try await load(req, programmeID: found.$programme.id)
        guard let item = loaded.items.first(where: { $0.id == found.id }) else { throw Abort(.notFound) }
        return (item, loaded)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        return ChecklistPages.list(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: AddForm(), errors: [:])
    }

    struct CoverForm: FormInput {
        var covered: String?
    }

    @Sendable static func cover(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        guard loaded.mayCover(item) else { throw Abort(.notFound) }
        if req.form(CoverForm.self).covered == "yes" {
            item.coveredAt = req.application.settings.now()
            item.$coveredBy.id = try loaded.person.requireID()
            item.notRelevantReason = nil
        } else {
            item.coveredAt = nil
            item.$coveredBy.id = nil
        }
        try await item.update(on: req.db)
        req.flash(req.language.texts.checklistItemSaved)
        return req.redirect(to: SiteURL.checklist(loaded.file.id).path + "#item-\(item.id!.uuidString.lowercased())")
    }

    @Sendable static func showItem(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        return ChecklistPages.item(try await PrivateWriting.pageContext(req, loaded.file), loaded, item,
                                   typed: WindowForm(item), colleagues: try await colleagues(loaded, on: req.db), errors: [:])
    }

    /// Everyone in the organisation an item can be assigned to, besides the people of the programme.
    static func colleagues(_ loaded: Loaded, on db: Database) async throws -> [Person] {
        try await Person.query(on: db).filter(\.$organisation.$id == loaded.file.programme.$organisation.id).sort(\.$name).all()
            .filter { loaded.file.people[$0.id!] == nil }
    }

    struct OrderForm: FormInput {
        var direction: String?
    }

    /// Moves an item one place up or down within its week.
    @Sendable static func move(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        let up = req.form(OrderForm.self).direction == "up"
        try await req.db.transaction { db in
            for changed in ChecklistOrder.move(item, up: up, in: loaded.items, firstDay: loaded.file.programme.firstLocalDay) {
                try await changed.update(on: db)
            }
        }
        req.flash(req.language.texts.orderSaved)
        return req.redirect(to: SiteURL.checklist(loaded.file.id).path + "#item-\(item.id!.uuidString.lowercased())")
    }

    struct AssignmentForm: FormInput {
        var assignedTo: String?
    }

    /// Assigns an item to a named person in the organisation, or back to whoever holds its role.
    @Sendable static func assign(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        let t = req.language.texts
        let raw = (req.form(AssignmentForm.self).assignedTo ?? "").trimmingCharacters(in: .whitespaces)
        let colleagues = try await colleagues(loaded, on: req.db)
        if raw.isEmpty {
            item.$assignedPerson.id = nil
        } else if let id = UUID(uuidString: raw), loaded.file.people[id] != nil || colleagues.contains(where: { $0.id == id }) {
            item.$assignedPerson.id = id
        } else {
            let response = ChecklistPages.item(try await PrivateWriting.pageContext(req, loaded.file), loaded, item,
                                               typed: WindowForm(item), colleagues: colleagues, errors: ["assignedTo": t.errorUnknownPerson])
            response.status = .unprocessableEntity
            return response
        }
        try await item.update(on: req.db)
        req.flash(t.checklistItemSaved)
        return req.redirect(to: SiteURL.checklist(loaded.file.id).path + "#item-\(item.id!.uuidString.lowercased())")
    }

    struct WindowForm: FormInput {
        var from: String?
        var to: String?
        var reason: String?
        var setAside: String?

        init() {}

        init(_ item: ChecklistItem) {
            from = item.windowFrom
            to = item.windowTo
        }
    }

    /// Moves the window (with a reason), sets the item aside (with a reason) or brings it back.
    @Sendable static func adapt(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        let t = req.language.texts
        var form = req.form(WindowForm.self)
        let reason = (form.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [String: String] = [:]
        if reason.count > ChecklistRules.maximumReasonLength { errors["reason"] = t.errorTooLongLimit(ChecklistRules.maximumReasonLength) }
        switch form.setAside {
        case "yes":
            if reason.isEmpty { errors["reason"] = t.errorReasonMissing }
            if errors.isEmpty {
                item.notRelevantReason = reason
                item.coveredAt = nil
                item.$coveredBy.id = nil
            }
        case "no":
            item.notRelevantReason = nil
        default:
            let from = form.from.flatMap(LocalDate.init(typed:))
            let to = form.to.flatMap(LocalDate.init(typed:))
            if from == nil { errors["from"] = t.errorDate }
            if to == nil { errors["to"] = t.errorDate }
            if let from, let to {
                if let (field, message) = windowError(ChecklistWindow(from: from, to: to), reason: reason, loaded, isNew: false, t) {
                    errors[field] = message
                } else if errors.isEmpty {
                    item.window = ChecklistWindow(from: from, to: to)
                    item.windowMovedReason = reason
                }
            }
        }
        guard errors.isEmpty else {
            form.reason = form.reason ?? ""
            let response = ChecklistPages.item(try await PrivateWriting.pageContext(req, loaded.file), loaded, item, typed: form,
                                               colleagues: try await colleagues(loaded, on: req.db), errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        try await item.update(on: req.db)
        req.flash(t.checklistItemSaved)
        return req.redirect(to: SiteURL.checklist(loaded.file.id).path + "#item-\(item.id!.uuidString.lowercased())")
    }

    /// The field and the message for a window that cannot be used, or nil.
    static func windowError(_ window: ChecklistWindow, reason: String?, _ loaded: Loaded, isNew: Bool, _ t: Texts) -> (String, String)? {
        switch ChecklistRules.problem(moving: window, reason: reason, firstDay: loaded.file.programme.firstLocalDay,
                                      introductionEnds: loaded.introductionEnds, isNew: isNew) {
        case .endBeforeStart: ("to", t.errorWindowEndBeforeStart)
        case .outsideProgramme: ("to", t.errorWindowOutsideProgramme)
        case .reasonMissing: ("reason", t.errorReasonMissing)
        case nil: nil
        }
    }

    struct AddForm: FormInput {
        var title: String?
        var from: String?
        var to: String?
        var responsible: String?
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter())
        guard loaded.mayAdapt else { throw Abort(.notFound) }
        let t = req.language.texts
        let form = req.form(AddForm.self)
        let title = (form.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let from = form.from.flatMap(LocalDate.init(typed:))
        let to = form.to.flatMap(LocalDate.init(typed:))
        let responsible = form.responsible.flatMap(ProgrammeRole.init(rawValue:)).flatMap { ChecklistRules.responsibleRoles.contains($0) ? $0 : nil }
        var errors: [String: String] = [:]
        if title.isEmpty { errors["title"] = t.errorItemTitleMissing }
        if title.count > ChecklistRules.maximumTitleLength { errors["title"] = t.errorTooLongLimit(ChecklistRules.maximumTitleLength) }
        if from == nil { errors["from"] = t.errorDate }
        if to == nil { errors["to"] = t.errorDate }
        if responsible == nil { errors["responsible"] = t.errorUnknownChoice }
        if let from, let to, let (field, message) = windowError(ChecklistWindow(from: from, to: to), reason: nil, loaded, isNew: true, t) {
            errors[field] = message
        }
        guard errors.isEmpty, let from, let to, let responsible else {
            let response = ChecklistPages.list(try await PrivateWriting.pageContext(req, loaded.file), loaded, typed: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let item = ChecklistItem(programmeID: loaded.file.id, templateKey: nil, customTitle: title,
                                 window: ChecklistWindow(from: from, to: to), responsible: responsible)
        item.position = ChecklistOrder.nextPosition(loaded.items)
        try await item.create(on: req.db)
        req.flash(t.checklistItemAdded)
        return req.redirect(to: SiteURL.checklist(loaded.file.id).path + "#item-\(item.id!.uuidString.lowercased())")
    }

    /// At the introduction's end, an item not covered becomes a learning goal of the mentoring.
    @Sendable static func moveToMentoring(req: Request) async throws -> Response {
        let (item, loaded) = try await item(req)
        guard loaded.mayAdapt, item.state == .open else { throw Abort(.notFound) }
        let t = req.language.texts
        let personID = try loaded.person.requireID()
        try await req.db.transaction { db in
            try await item.carryIntoMentoring(title: item.title(t), by: personID, on: db)
            try await item.update(on: db)
        }
        req.flash(t.movedToMentoringFlash)
        return req.redirect(to: SiteURL.checklist(loaded.file.id).path + "#item-\(item.id!.uuidString.lowercased())")
    }
}
