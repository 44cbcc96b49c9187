import Fluent
import Foundation
import GodstartCore

/// One activity on a new hire's introduction schedule: shadowing, side-by-side training, a course ...
final class Activity: Model, @unchecked Sendable {
    static let schema = "activities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    /// `yyyy-mm-dd` and `HH:mm` in the organisation's time zone.
    @Field(key: "day") var day: String
    @Field(key: "time") var time: String
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "place") var place: String?
    /// The colleague running it, often a knowledge person.
    @OptionalParent(key: "run_by_id") var runBy: Person?
    @OptionalField(key: "learning_goal") var learningGoal: String?
    /// The template activity it was planned from; nil when it was planned for this person.
    @OptionalField(key: "template_activity_id") var templateActivityID: UUID?
    /// Grows with each change, so a subscribed calendar replaces the event (ICS SEQUENCE).
    @Field(key: "sequence") var sequence: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $kind, $title, $day, $time, $minutes, $place, $runBy, $learningGoal, $templateActivityID,
         $sequence, $createdAt]
    }

    init() {}

    init(programmeID: UUID, kind: ActivityKind, title: String, day: LocalDate, time: LocalTime, minutes: Int,
         place: String?, runByID: UUID?, learningGoal: String?) {
        self.$programme.id = programmeID
        self.kind = kind.rawValue
        self.title = title
        self.day = day.iso
        self.time = time.text
        self.minutes = minutes
        self.place = place
        self.$runBy.id = runByID
        self.learningGoal = learningGoal
    }

    var activityKind: ActivityKind { ActivityKind(rawValue: kind) ?? .other }
    var localDay: LocalDate { LocalDate(iso: day) ?? LocalDate(year: 2000, month: 1, day: 1) }
    var localTime: LocalTime { LocalTime(text: time) ?? LocalTime(hour: 9) }
}
