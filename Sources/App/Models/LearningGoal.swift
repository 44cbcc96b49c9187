import Fluent
import Foundation
import GodstartCore

/// One typical learning goal in an organisation's catalogue, titled in each language the
/// coordinator wrote it in.
final class CatalogueEntry: Model, @unchecked Sendable {
    static let schema = "learning_goal_catalogue"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    /// The typical goal the entry started from; nil for entries the coordinator added.
    @OptionalField(key: "typical_key") var typicalKey: String?
    /// Title by language code (`da`, `sv`, `en`).
    @Field(key: "titles") var titles: [String: String]
    @Field(key: "position") var position: Int
    @Field(key: "retired") var retired: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $organisation, $typicalKey, $titles, $position, $retired, $createdAt] }

    init() {}

    init(organisationID: UUID, typicalKey: String?, titles: [String: String], position: Int) {
        self.$organisation.id = organisationID
        self.typicalKey = typicalKey
        self.titles = titles
        self.position = position
        self.retired = false
    }

    /// The title in the reader's language, else Danish, else any language it has.
    func title(in language: Language) -> String {
        titles[language.rawValue] ?? titles[Language.fallback.rawValue] ?? titles.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

/// One of the mentee's learning goals: from the catalogue or their own.
final class LearningGoal: Model, @unchecked Sendable {
    static let schema = "learning_goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @OptionalParent(key: "catalogue_entry_id") var catalogueEntry: CatalogueEntry?
    /// The mentee's own words; nil for a goal from the catalogue.
    @OptionalField(key: "own_title") var sealedOwnTitle: String?
    var ownTitle: String? {
        get { TextSealing.open(sealedOwnTitle) }
        set { sealedOwnTitle = TextSealing.seal(newValue) }
    }
    @Field(key: "note") var sealedNote: String
    var note: String {
        get { TextSealing.open(sealedNote) }
        set { sealedNote = TextSealing.seal(newValue) }
    }
    @Field(key: "status") var status: String
    @OptionalField(key: "mentor_role") var mentorRole: String?
    /// The mentee chose to bring this goal to the development talk with the manager.
    @Field(key: "for_development_talk") var forDevelopmentTalk: Bool
    @Parent(key: "created_by_id") var createdBy: Person
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $catalogueEntry, $sealedOwnTitle, $sealedNote, $status, $mentorRole, $forDevelopmentTalk,
         $createdBy, $createdAt, $updatedAt]
    }

    init() {}

    init(programmeID: UUID, catalogueEntryID: UUID?, ownTitle: String?, createdByID: UUID) {
        self.$programme.id = programmeID
        self.$catalogueEntry.id = catalogueEntryID
        self.ownTitle = ownTitle
        self.note = ""
        self.status = LearningGoalStatus.notStarted.rawValue
        self.forDevelopmentTalk = false
        self.$createdBy.id = createdByID
    }

    var goalStatus: LearningGoalStatus { LearningGoalStatus(rawValue: status) ?? .notStarted }
    /// The roles the mentor takes for this goal, in the order roles are listed (several may go
    /// together: the seed's methods are not exclusive); stored comma-separated.
    var roles: [MentorRole] {
        get {
            let chosen = Set((mentorRole ?? "").split(separator: ",").compactMap { MentorRole(rawValue: String($0)) })
            return MentorRole.allCases.filter(chosen.contains)
        }
        set { mentorRole = newValue.isEmpty ? nil : MentorRole.allCases.filter(newValue.contains).map(\.rawValue).joined(separator: ",") }
    }
}

/// A mentoring meeting that worked on a learning goal.
final class LearningGoalMeeting: Model, @unchecked Sendable {
    static let schema = "learning_goal_meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "goal_id") var goal: LearningGoal
    @Parent(key: "meeting_id") var meeting: Meeting

    var properties: [any AnyProperty] { [$id, $goal, $meeting] }

    init() {}

    init(goalID: UUID, meetingID: UUID) {
        self.$goal.id = goalID
        self.$meeting.id = meetingID
    }
}
