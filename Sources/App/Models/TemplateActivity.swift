import Fluent
import Foundation
import GodstartCore

/// One activity of the schedule of a variant of the workplace's introduction template, placed by
/// week (1: the week of the first day) and weekday (1: Monday). Built in (titled by key, in the
/// reader's language) or the coordinator's own (titled in the words typed).
final class TemplateActivity: Model, @unchecked Sendable {
    static let schema = "template_activities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "variant") var variant: String
    @OptionalField(key: "template_key") var templateKey: String?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "custom_title") var customTitle: String?
    @Field(key: "week") var week: Int
    @Field(key: "weekday") var weekday: Int
    @Field(key: "time") var time: String
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "place") var place: String?
    @OptionalParent(key: "run_by_id") var runBy: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $variant, $templateKey, $kind, $customTitle, $week, $weekday, $time, $minutes, $place,
         $runBy, $createdAt]
    }

    init() {}

    init(organisationID: UUID, variant: ProgrammeVariant, builtIn: DefaultActivity?, kind: ActivityKind, customTitle: String?,
         week: Int, weekday: Int, time: LocalTime, minutes: Int, place: String?, runByID: UUID?) {
        self.$organisation.id = organisationID
        self.variant = variant.rawValue
        self.templateKey = builtIn?.rawValue
        self.kind = kind.rawValue
        self.customTitle = customTitle
        self.week = week
        self.weekday = weekday
        self.time = time.text
        self.minutes = minutes
        self.place = place
        self.$runBy.id = runByID
    }

    var builtIn: DefaultActivity? { templateKey.flatMap(DefaultActivity.init(rawValue:)) }
    var activityKind: ActivityKind { ActivityKind(rawValue: kind) ?? .other }
    var localTime: LocalTime { LocalTime(text: time) ?? LocalTime(hour: 9) }

    func title(_ t: Texts) -> String { customTitle ?? builtIn.map(t.defaultActivity) ?? "" }

    /// What an activity planned from this one is recognised by: its id, or its title.
    func matchKeys(_ t: Texts) -> Set<String> {
        ["id:\(id?.uuidString ?? "")", "title:\(title(t).lowercased())"]
    }

    /// The activity on one new hire's schedule, on `day`, titled in the organisation's language.
    func planned(for programmeID: UUID, on day: LocalDate, _ t: Texts) -> Activity {
        let activity = Activity(programmeID: programmeID, kind: activityKind, title: title(t), day: day, time: localTime,
                                minutes: minutes, place: place, runByID: $runBy.id, learningGoal: nil)
        activity.templateActivityID = id
        return activity
    }
}
