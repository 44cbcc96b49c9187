import Fluent
import Foundation
import GodstartCore

/// The checklist and the schedule's activities of each variant of a workplace's introduction template; where each programme's
/// items came from, their order and the person they are assigned to; which meetings people planned
/// or moved by hand; when a template last changed and when a programme was last brought in line;
/// when the introduction was closed and the mentoring started.
struct M016_CreateIntroductionTemplates: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("template_checklist_items")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("variant", .string, .required)
            .field("template_key", .string)
            .field("custom_title", .string)
            .field("from_week", .int, .required)
            .field("to_week", .int, .required)
            .field("responsible_role", .string, .required)
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("template_items_org_idx", on: "template_checklist_items", columns: ["organisation_id", "variant"])
        try await database.schema("template_activities")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("variant", .string, .required)
            .field("template_key", .string)
            .field("kind", .string, .required)
            .field("custom_title", .string)
            .field("week", .int, .required)
            .field("weekday", .int, .required)
            .field("time", .string, .required)
            .field("minutes", .int, .required)
            .field("place", .string)
            .field("run_by_id", .uuid, .references("people", "id"))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("template_activities_org_idx", on: "template_activities", columns: ["organisation_id", "variant"])
        try await database.schema("activities").field("template_activity_id", .uuid).update()
        // SQLite adds one column per statement.
        try await database.schema("checklist_items").field("template_item_id", .uuid).update()
        try await database.schema("checklist_items").field("position", .int).update()
        try await database.schema("checklist_items").field("assigned_person_id", .uuid, .references("people", "id")).update()
        try await database.schema("meetings").field("planned_by_hand", .bool).update()
        try await database.schema("programme_templates").field("changed_at", .datetime).update()
        try await database.schema("programmes").field("template_applied_at", .datetime).update()
        try await database.schema("programmes").field("mentoring_started_at", .datetime).update()

        for record in try await ProgrammeTemplateRecord.query(on: database).all() {
            try await IntroductionTemplates.seed(organisationID: record.$organisation.id,
                                                         variant: ProgrammeVariant(rawValue: record.variant) ?? .standard, on: database)
        }
        var byProgramme: [UUID: [ChecklistItem]] = [:]
        for item in try await ChecklistItem.query(on: database).all() { byProgramme[item.$programme.id, default: []].append(item) }
        for items in byProgramme.values {
            for (index, item) in items.sorted(by: ChecklistItem.windowOrder).enumerated() {
                item.position = index
                try await item.update(on: database)
            }
        }
    }

    func revert(on database: Database) async throws {
        try await database.schema("programmes").deleteField("mentoring_started_at").update()
        try await database.schema("programmes").deleteField("template_applied_at").update()
        try await database.schema("programme_templates").deleteField("changed_at").update()
        try await database.schema("meetings").deleteField("planned_by_hand").update()
        try await database.schema("checklist_items").deleteField("assigned_person_id").update()
        try await database.schema("checklist_items").deleteField("position").update()
        try await database.schema("checklist_items").deleteField("template_item_id").update()
        try await database.schema("activities").deleteField("template_activity_id").update()
        try await database.schema("template_activities").delete()
        try await database.schema("template_checklist_items").delete()
    }
}
