import Fluent
import Foundation
import GodstartCore

/// A series of group sessions, network meetings, experience exchanges or an introduction day.
final class GatheringSeries: Model, @unchecked Sendable {
    static let schema = "gathering_series"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $organisation, $kind, $title, $createdAt] }

    init() {}

    init(organisationID: UUID, kind: GatheringKind, title: String) {
        self.$organisation.id = organisationID
        self.kind = kind.rawValue
        self.title = title
    }

    var gatheringKind: GatheringKind { GatheringKind(rawValue: kind) ?? .groupSessions }
}

/// One meeting of a series: its theme, what to read before it, when and where.
final class Gathering: Model, @unchecked Sendable {
    static let schema = "gatherings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "series_id") var series: GatheringSeries
    @Field(key: "number") var number: Int
    @Field(key: "theme") var theme: String
    @OptionalField(key: "reading") var reading: String?
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "place") var place: String?
    /// Grows with each change, so a subscribed calendar replaces the event (ICS SEQUENCE).
    @Field(key: "sequence") var sequence: Int

    var properties: [any AnyProperty] { [$id, $series, $number, $theme, $reading, $startsAt, $minutes, $place, $sequence] }

    init() {}

    init(seriesID: UUID, number: Int, theme: String, reading: String?, startsAt: Date, minutes: Int, place: String?) {
        self.$series.id = seriesID
        self.number = number
        self.theme = theme
        self.reading = reading
        self.startsAt = startsAt
        self.minutes = minutes
        self.place = place
    }
}

/// A person invited to a series, in the role that brought them.
final class GatheringParticipant: Model, @unchecked Sendable {
    static let schema = "gathering_participants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "series_id") var series: GatheringSeries
    @Parent(key: "person_id") var person: Person
    @Field(key: "role") var role: String

    var properties: [any AnyProperty] { [$id, $series, $person, $role] }

    init() {}

    init(seriesID: UUID, personID: UUID, role: ProgrammeRole) {
        self.$series.id = seriesID
        self.$person.id = personID
        self.role = role.rawValue
    }
}

/// A participant came to a meeting.
final class GatheringAttendance: Model, @unchecked Sendable {
    static let schema = "gathering_attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "gathering_id") var gathering: Gathering
    @Parent(key: "person_id") var person: Person

    var properties: [any AnyProperty] { [$id, $gathering, $person] }

    init() {}

    init(gatheringID: UUID, personID: UUID) {
        self.$gathering.id = gatheringID
        self.$person.id = personID
    }
}

/// One participant's evaluation of a series: only its author reads it; the coordinator sees the group's.
final class GatheringEvaluation: Model, @unchecked Sendable {
    static let schema = "gathering_evaluations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "series_id") var series: GatheringSeries
    @Parent(key: "author_id") var author: Person
    @Field(key: "rating") var rating: Int
    @OptionalField(key: "worked") var sealedWorked: String?
    var worked: String? {
        get { TextSealing.open(sealedWorked) }
        set { sealedWorked = TextSealing.seal(newValue) }
    }
    @OptionalField(key: "change") var sealedChange: String?
    var change: String? {
        get { TextSealing.open(sealedChange) }
        set { sealedChange = TextSealing.seal(newValue) }
    }
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $series, $author, $rating, $sealedWorked, $sealedChange, $createdAt, $updatedAt]
    }

    init() {}
}
