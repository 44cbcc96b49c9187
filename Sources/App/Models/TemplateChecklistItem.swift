import Fluent
import Foundation
import GodstartCore

/// One item of the checklist of a variant of the workplace's introduction template: built in
/// (titled by key, in the reader's language) or the coordinator's own (titled in the words typed).
/// Its window is counted in weeks from the first day; week 0 is the time before it.
final class TemplateChecklistItem: Model, @unchecked Sendable {
    static let schema = "template_checklist_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "variant") var variant: String
    @OptionalField(key: "template_key") var templateKey: String?
    @OptionalField(key: "custom_title") var customTitle: String?
    @Field(key: "from_week") var fromWeek: Int
    @Field(key: "to_week") var toWeek: Int
    @Field(key: "responsible_role") var responsibleRole: String
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $variant, $templateKey, $customTitle, $fromWeek, $toWeek, $responsibleRole, $position,
         $createdAt]
    }

    init() {}

    init(organisationID: UUID, variant: ProgrammeVariant, templateKey: DefaultChecklistItem?, customTitle: String?,
         fromWeek: Int, toWeek: Int, responsible: ProgrammeRole, position: Int) {
        self.$organisation.id = organisationID
        self.variant = variant.rawValue
        self.templateKey = templateKey?.rawValue
        self.customTitle = customTitle
        self.fromWeek = fromWeek
        self.toWeek = toWeek
        self.responsibleRole = responsible.rawValue
        self.position = position
    }

    var responsible: ProgrammeRole { ProgrammeRole(rawValue: responsibleRole) ?? .contactPerson }
    var builtIn: DefaultChecklistItem? { templateKey.flatMap(DefaultChecklistItem.init(rawValue:)) }

    func title(_ t: Texts) -> String { customTitle ?? builtIn.map(t.checklistItem) ?? "" }

    /// What a programme's item that came from this one is recognised by, across variants too:
    /// its id, its built-in key, or its own title.
    var matchKeys: Set<String> {
        var keys: Set<String> = ["id:\(id?.uuidString ?? "")"]
        if let templateKey { keys.insert("key:\(templateKey)") }
        if let customTitle { keys.insert("title:\(customTitle.lowercased())") }
        return keys
    }
}
