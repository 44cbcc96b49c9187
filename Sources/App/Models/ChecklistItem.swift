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
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(programmeID: UUID, templateKey: DefaultChecklistItem?, customTitle: String?, window: ChecklistWindow, responsible: ProgrammeRole) {
        self.$programme.id = programmeID
        self.templateKey = templateKey?.rawValue
        self.customTitle = customTitle
        self.window = window
        self.responsibleRole = responsible.rawValue
    }

    var window: ChecklistWindow {
        get {
            ChecklistWindow(from: LocalDate(iso: windowFrom) ?? LocalDate(year: 2000, month: 1, day: 1),
                            to: LocalDate(iso: windowTo) ?? LocalDate(year: 2000, month: 1, day: 1))
        }
        set {
            windowFrom = newValue.from.iso
            windowTo = newValue.to.iso
        }
    }

    var responsible: ProgrammeRole { ProgrammeRole(rawValue: responsibleRole) ?? .contactPerson }
    var isSocialTask: Bool { responsible == .buddy }

    var state: ChecklistState {
        if coveredAt != nil { return .covered }
        if $movedToLearningGoal.id != nil { return .movedToMentoring }
        if notRelevantReason != nil { return .notRelevant }
        return .open
    }

    func title(_ t: any Texts) -> String {
        customTitle ?? templateKey.flatMap(DefaultChecklistItem.init(rawValue:)).map(t.checklistItem) ?? ""
    }
}
