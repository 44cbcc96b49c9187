import Fluent
import Foundation
import GodstartCore

/// A meeting of a programme's plan. Its kind decides who takes part and which agenda it follows.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    enum Status: String, Codable, Sendable { case planned, held, cancelled }

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "kind") var kind: String
    @Field(key: "number") var number: Int
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "place") var place: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "held_at") var heldAt: Date?
    /// Someone planned or moved it by hand: bringing the programme in line with a template leaves it be.
    @OptionalField(key: "planned_by_hand") var plannedByHand: Bool?
    /// Grows with each change, so a subscribed calendar replaces the event (ICS SEQUENCE).
    @Field(key: "sequence") var sequence: Int

    var properties: [any AnyProperty] {
        [$id, $programme, $kind, $number, $startsAt, $minutes, $place, $status, $heldAt, $plannedByHand, $sequence]
    }

    init() {}

    init(id: UUID? = nil, programmeID: UUID, kind: MeetingKind, number: Int, startsAt: Date, minutes: Int, place: String? = nil) {
        self.id = id
        self.$programme.id = programmeID
        self.kind = kind.rawValue
        self.number = number
        self.startsAt = startsAt
        self.minutes = minutes
        self.place = place
        self.status = Status.planned.rawValue
    }

    var meetingKind: MeetingKind { MeetingKind(rawValue: kind) ?? .dialogueMeeting }
    var isHeld: Bool { status == Status.held.rawValue }
    var isCancelled: Bool { status == Status.cancelled.rawValue }
    /// Still to be held: neither held nor cancelled.
    var isOpen: Bool { status == Status.planned.rawValue }

    var fact: MeetingFact {
        MeetingFact(kind: meetingKind, startsAt: startsAt, held: isHeld, heldAt: heldAt, cancelled: isCancelled)
    }
}

/// What the participants wrote under one point of a meeting's agenda.
final class MeetingNote: Model, @unchecked Sendable {
    static let schema = "meeting_notes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "agenda_point") var agendaPoint: String
    @Field(key: "text") var sealedText: String
    var text: String {
        get { TextSealing.open(sealedText) }
        set { sealedText = TextSealing.seal(newValue) }
    }
    @Parent(key: "updated_by_id") var updatedBy: Person
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] { [$id, $meeting, $agendaPoint, $sealedText, $updatedBy, $updatedAt] }

    init() {}

    init(id: UUID? = nil, meetingID: UUID, agendaPoint: AgendaPoint, text: String, updatedByID: UUID) {
        self.id = id
        self.$meeting.id = meetingID
        self.agendaPoint = agendaPoint.rawValue
        self.text = text
        self.$updatedBy.id = updatedByID
    }
}

/// A note written during an earlier mentorship, set aside when the mentor changed. The new mentor
/// never reads it (the mentorship it was written in is over, whatever the meeting's date); the
/// mentee keeps it, and so does a manager who took part in the meeting. It is kept as it was.
final class EarlierMeetingNote: Model, @unchecked Sendable {
    static let schema = "earlier_meeting_notes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    /// The mentorship it was written in.
    @Parent(key: "former_mentorship_id") var formerMentorship: FormerMentorship
    @Field(key: "agenda_point") var agendaPoint: String
    @Field(key: "text") var sealedText: String
    var text: String {
        get { TextSealing.open(sealedText) }
        set { sealedText = TextSealing.seal(newValue) }
    }
    @Parent(key: "updated_by_id") var updatedBy: Person
    @OptionalField(key: "updated_at") var updatedAt: Date?

    var properties: [any AnyProperty] { [$id, $meeting, $formerMentorship, $agendaPoint, $sealedText, $updatedBy, $updatedAt] }

    init() {}

    /// The note as it stood when the mentorship ended; the text stays sealed as it was.
    init(setAside note: MeetingNote, formerMentorshipID: UUID) {
        self.$meeting.id = note.$meeting.id
        self.$formerMentorship.id = formerMentorshipID
        self.agendaPoint = note.agendaPoint
        self.sealedText = note.sealedText
        self.$updatedBy.id = note.$updatedBy.id
        self.updatedAt = note.updatedAt
    }
}
