import Fluent
import Foundation
import GodstartCore

/// One item of a new hire's introduction checklist: from the template (titled by key, in the
/// reader's language) or added for this person (titled in the words typed).
final class ChecklistItem: Model, @unchecked Sendable {
    static let schema = "checklist_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @OptionalField(key: "template_key") var templateKey: String?
    @OptionalField(key: "custom_title") var customTitle: String?
    /// The window, as `yyyy-mm-dd` days in the organisation's time zone.
    @Field(key: "window_from") var windowFrom: String
    @Field(key: "window_to") var windowTo: String
    @Field(key: "responsible_role") var responsibleRole: String
    @OptionalField(key: "window_moved_reason") var windowMovedReason: String?
    @OptionalField(key: "covered_at") var coveredAt: Date?
    @OptionalParent(key: "covered_by_id") var coveredBy: Person?
    @OptionalField(key: "not_relevant_reason") var notRelevantReason: String?
    /// Not covered in the introduction and carried into the mentoring as this learning goal.
    @OptionalParent(key: "moved_to_learning_goal_id") var movedToLearningGoal: LearningGoal?
    /// The template item it came from; nil when it was added for this person.
    @OptionalField(key: "template_item_id") var templateItemID: UUID?
    /// Its place in the list; contact person and manager reorder it.
    @OptionalField(key: "position") var position: Int?
    /// The person it is assigned to by name; nil when it is whoever holds the responsible role.
    @OptionalParent(key: "assigned_person_id") var assignedPerson: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $templateKey, $customTitle, $windowFrom, $windowTo, $responsibleRole, $windowMovedReason,
         $coveredAt, $coveredBy, $notRelevantReason, $movedToLearningGoal, $templateItemID, $position, $assignedPerson,
         $createdAt]
    }

    init() {}

    init(programmeID: UUID, templateKey: DefaultChecklistItem?, customTitle: String?, window: ChecklistWindow, responsible: ProgrammeRole) {
        self.$programme.id = programmeID
        self.templateKey = templateKey?.rawValue
        self.customTitle = customTitle
        self.window = window
        self.responsibleRole = responsible.rawValue
    }

    var window: ChecklistWindow {
        get { Self.window(from: windowFrom, to: windowTo) }
        set {
            windowFrom = newValue.from.iso
            windowTo = newValue.to.iso
        }
    }

    var responsible: ProgrammeRole { ProgrammeRole(rawValue: responsibleRole) ?? .contactPerson }
    var isSocialTask: Bool { responsible == .buddy }

    var state: ChecklistState {
        Self.state(covered: coveredAt != nil, movedToLearningGoal: $movedToLearningGoal.id, notRelevantReason: notRelevantReason)
    }

    /// The window from its stored days (`yyyy-mm-dd`), for this model and the lists that read plain rows.
    static func window(from: String, to: String) -> ChecklistWindow {
        ChecklistWindow(from: LocalDate(iso: from) ?? LocalDate(year: 2000, month: 1, day: 1),
                        to: LocalDate(iso: to) ?? LocalDate(year: 2000, month: 1, day: 1))
    }

    /// Its state from its stored columns, for this model and the lists that read plain rows.
    static func state(covered: Bool, movedToLearningGoal: UUID?, notRelevantReason: String?) -> ChecklistState {
        if covered { return .covered }
        if movedToLearningGoal != nil { return .movedToMentoring }
        if notRelevantReason != nil { return .notRelevant }
        return .open
    }

    /// What the template item it came from is recognised by (see `TemplateChecklistItem.matchKeys`);
    /// empty for an item added for this person.
    var matchKeys: Set<String> {
        var keys = Set<String>()
        if let templateItemID { keys.insert("id:\(templateItemID.uuidString)") }
        if let templateKey { keys.insert("key:\(templateKey)") }
        if templateItemID != nil, let customTitle { keys.insert("title:\(customTitle.lowercased())") }
        return keys
    }

    /// The order of a checklist before anyone reordered it: by window, then as created.
    static func windowOrder(_ a: ChecklistItem, _ b: ChecklistItem) -> Bool {
        (a.windowFrom, a.windowTo, a.createdAt ?? .distantPast) < (b.windowFrom, b.windowTo, b.createdAt ?? .distantPast)
    }

    /// Carries the item, not covered in the introduction, into the mentoring as a learning goal
    /// under its title. The caller saves the item.
    func carryIntoMentoring(title: String, by personID: UUID, on db: Database) async throws {
        let goal = LearningGoal(programmeID: $programme.id, catalogueEntryID: nil, ownTitle: title, createdByID: personID)
        try await goal.create(on: db)
        $movedToLearningGoal.id = try goal.requireID()
    }

    func title(_ t: Texts) -> String {
        customTitle ?? templateKey.flatMap(DefaultChecklistItem.init(rawValue:)).map(t.checklistItem) ?? ""
    }

    /// The item as a learning goal of the mentoring, when it is carried there: a built-in item in a
    /// goal's words, one of the workplace's own as it was written.
    func goalTitle(_ t: Texts) -> String {
        customTitle ?? templateKey.flatMap(DefaultChecklistItem.init(rawValue:)).map(t.checklistItemAsGoal) ?? ""
    }
}
