import Fluent
import Foundation
import GodstartCore

/// An idea for the programme. Its author reads it and the answer; the coordinator reads it without
/// the author's name when it was sent anonymously.
final class Idea: Model, @unchecked Sendable {
    static let schema = "ideas"

    typealias Status = IdeaStatus

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    /// Kept so the author can follow their idea; never shown to anyone when `anonymous`.
    @Parent(key: "author_id") var author: Person
    @Field(key: "anonymous") var anonymous: Bool
    @Field(key: "text") var text: String
    @Field(key: "status") var status: String
    @OptionalField(key: "answer") var answer: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "answered_at") var answeredAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $author, $anonymous, $text, $status, $answer, $createdAt, $answeredAt]
    }

    init() {}

    init(organisationID: UUID, authorID: UUID, anonymous: Bool, text: String) {
        self.$organisation.id = organisationID
        self.$author.id = authorID
        self.anonymous = anonymous
        self.text = text
        self.status = Status.new.rawValue
    }

    var ideaStatus: Status { Status(rawValue: status) ?? .new }
}
