import Fluent
import Foundation

/// One person's answers to their preparation questions in one programme. Private to the author
/// until the author shares them with the other half of the mentoring.
final class PreparationAnswers: Model, @unchecked Sendable {
    static let schema = "preparation_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "author_id") var author: Person
    /// Answer text by question key.
    @Field(key: "answers") var sealedAnswers: [String: String]
    var answers: [String: String] {
        get { TextSealing.open(sealedAnswers) }
        set { sealedAnswers = TextSealing.seal(newValue) }
    }
    @OptionalParent(key: "shared_with_id") var sharedWith: Person?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] { [$id, $programme, $author, $sealedAnswers, $sharedWith, $updatedAt] }

    init() {}

    init(programmeID: UUID, authorID: UUID) {
        self.$programme.id = programmeID
        self.$author.id = authorID
        self.answers = [:]
    }
}
