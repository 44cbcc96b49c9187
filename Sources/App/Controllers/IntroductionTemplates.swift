import Fluent
import Foundation
import GodstartCore

/// The workplace's introduction template per variant: lengths and cadence, and the checklist.
/// Godstart's defaults are written the first time an organisation's variant is asked for.
enum IntroductionTemplates {
    /// Godstart's default checklist and activities for `variant`.
    static func seed(organisationID: UUID, variant: ProgrammeVariant, on db: Database) async throws {
        let items = DefaultChecklistItem.defaults(for: variant).enumerated().map { index, key in
            TemplateChecklistItem(organisationID: organisationID, variant: variant, templateKey: key, customTitle: nil,
                                  fromWeek: key.template.fromWeek, toWeek: key.template.toWeek,
                                  responsible: key.template.responsible, position: index)
        }
        try await items.create(on: db)
        let activities = DefaultActivity.allCases.map { activity in
            TemplateActivity(organisationID: organisationID, variant: variant, builtIn: activity, kind: activity.kind, customTitle: nil,
                             week: activity.week, weekday: activity.weekday, time: activity.time, minutes: activity.minutes,
                             place: nil, runByID: nil)
        }
        try await activities.create(on: db)
    }

    /// The lengths and cadences of each variant as the organisation has set them (the defaults for
    /// a variant it has not touched), read without creating anything.
    static func templates(of organisationID: UUID, on db: Database) async throws -> [ProgrammeVariant: ProgrammeTemplate] {
        let records = try await ProgrammeTemplateRecord.query(on: db).filter(\.$organisation.$id == organisationID).all()
        return Dictionary(uniqueKeysWithValues: ProgrammeVariant.allCases.map { variant in
            (variant, records.first { $0.variant == variant.rawValue }?.template ?? .defaults(for: variant))
        })
    }

    /// The organisation's template for `variant`, created from the defaults when it has none yet.
    static func record(of organisationID: UUID, _ variant: ProgrammeVariant, on db: Database) async throws -> ProgrammeTemplateRecord {
        if let record = try await ProgrammeTemplateRecord.query(on: db)
            .filter(\.$organisation.$id == organisationID).filter(\.$variant == variant.rawValue).first() {
            return record
        }
        let record = ProgrammeTemplateRecord(organisationID: organisationID, variant: variant, template: .defaults(for: variant))
        try await db.transaction { db in
            try await record.create(on: db)
            try await seed(organisationID: organisationID, variant: variant, on: db)
        }
        return record
    }
}

/// One variant of the workplace's introduction template, whole.
struct IntroductionTemplate {
    let record: ProgrammeTemplateRecord
    /// The checklist, in its order.
    let items: [TemplateChecklistItem]
    /// The schedule's activities, by week, weekday and time.
    let activities: [TemplateActivity]

    var lengths: ProgrammeTemplate { record.template }

    static func load(of organisationID: UUID, _ variant: ProgrammeVariant, on db: Database) async throws -> IntroductionTemplate {
        let record = try await IntroductionTemplates.record(of: organisationID, variant, on: db)
        let items = try await TemplateChecklistItem.query(on: db)
            .filter(\.$organisation.$id == organisationID).filter(\.$variant == variant.rawValue)
            .sort(\.$position).all()
        let activities = try await TemplateActivity.query(on: db)
            .filter(\.$organisation.$id == organisationID).filter(\.$variant == variant.rawValue).all()
            .sorted { ($0.week, $0.weekday, $0.time) < ($1.week, $1.weekday, $1.time) }
        return IntroductionTemplate(record: record, items: items, activities: activities)
    }
}

extension IntroductionTemplates {
    /// The texts of the organisation's own language, in which planned activities are titled.
    static func texts(of organisation: Organisation) -> Texts {
        (Language(rawValue: organisation.defaultLanguage) ?? .da).texts
    }
}

/// The order of a programme's checklist: by the week its window starts (the page's headings), and
/// within a week by position, which contact person and manager change.
enum ChecklistOrder {
    static func sorted(_ items: [ChecklistItem], firstDay: LocalDate) -> [ChecklistItem] {
        items.map { ($0.window.weeks(firstDay: firstDay).lowerBound, $0) }
            .sorted { a, b in
                (a.0, a.1.position ?? Int.max, a.1.windowFrom, a.1.createdAt ?? .distantPast)
                    < (b.0, b.1.position ?? Int.max, b.1.windowFrom, b.1.createdAt ?? .distantPast)
            }
            .map(\.1)
    }

    /// A new item comes last in its week.
    static func nextPosition(_ items: [ChecklistItem]) -> Int { (items.compactMap(\.position).max() ?? -1) + 1 }

    /// Moves `item` one place up or down within its week; returns the items whose position changed.
    static func move(_ item: ChecklistItem, up: Bool, in items: [ChecklistItem], firstDay: LocalDate) -> [ChecklistItem] {
        let list = sorted(items, firstDay: firstDay)
        guard let index = list.firstIndex(where: { $0 === item }),
              let target = ChecklistRules.neighbour(of: index, up: up, weeks: weeks(list, firstDay)) else { return [] }
        var changed: [ChecklistItem] = []
        for (position, entry) in list.enumerated() {
            let wanted = position == index ? target : position == target ? index : position
            if entry.position != wanted {
                entry.position = wanted
                changed.append(entry)
            }
        }
        return changed
    }

    /// Whether `item` can move up (or down) within its week.
    static func canMove(_ item: ChecklistItem, up: Bool, in sortedItems: [ChecklistItem], firstDay: LocalDate) -> Bool {
        guard let index = sortedItems.firstIndex(where: { $0 === item }) else { return false }
        return ChecklistRules.neighbour(of: index, up: up, weeks: weeks(sortedItems, firstDay)) != nil
    }

    private static func weeks(_ items: [ChecklistItem], _ firstDay: LocalDate) -> [Int] {
        items.map { $0.window.weeks(firstDay: firstDay).lowerBound }
    }
}
