import Fluent
import Foundation
import GodstartCore

/// One version of a collaboration agreement between a mentee and their mentor. A version that
/// anyone confirmed is never changed again; a change after that is the next version.
final class AgreementVersion: Model, @unchecked Sendable {
    static let schema = "agreement_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    /// The mentor the agreement is made with; a new mentor makes a new agreement.
    @Parent(key: "mentor_id") var mentor: Person
    @Field(key: "number") var number: Int
    /// Text by topic (`AgreementTopic` raw values).
    @Field(key: "texts") var sealedTexts: [String: String]
    var texts: [String: String] {
        get { TextSealing.open(sealedTexts) }
        set { sealedTexts = TextSealing.seal(newValue) }
    }
    @Parent(key: "written_by_id") var writtenBy: Person
    @OptionalField(key: "mentee_confirmed_at") var menteeConfirmedAt: Date?
    @OptionalField(key: "mentor_confirmed_at") var mentorConfirmedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $mentor, $number, $sealedTexts, $writtenBy, $menteeConfirmedAt, $mentorConfirmedAt,
         $createdAt, $updatedAt]
    }

    init() {}

    init(programmeID: UUID, mentorID: UUID, number: Int, texts: [AgreementTopic: String], writtenByID: UUID) {
        self.$programme.id = programmeID
        self.$mentor.id = mentorID
        self.number = number
        self.topicTexts = texts
        self.$writtenBy.id = writtenByID
    }

    var topicTexts: [AgreementTopic: String] {
        get {
            var result: [AgreementTopic: String] = [:]
            for (key, value) in texts { if let topic = AgreementTopic(rawValue: key) { result[topic] = value } }
            return result
        }
        set { texts = Dictionary(uniqueKeysWithValues: newValue.map { ($0.key.rawValue, $0.value) }) }
    }

    var status: AgreementStatus {
        AgreementRules.status(menteeConfirmed: menteeConfirmedAt != nil, mentorConfirmed: mentorConfirmedAt != nil)
    }

    /// When both had confirmed.
    var confirmedAt: Date? {
        guard let mentee = menteeConfirmedAt, let mentor = mentorConfirmedAt else { return nil }
        return max(mentee, mentor)
    }
}
