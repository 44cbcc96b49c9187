import Fluent
import Foundation

/// The new hire sent the advice to their mentor from one of their evaluation answers (3 or 6
/// months): the mentor at the time may read that one answer, and nothing else of the evaluation.
/// Taking it back deletes the row. The text stays in the answers (`EvaluationAnswers`).
final class SharedAdvice: Model, @unchecked Sendable {
    static let schema = "shared_advice"

    @ID(key: .id) var id: UUID?
    @Parent(key: "answers_id") var answers: EvaluationAnswers
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "shared_with_id") var sharedWith: Person
    @Field(key: "shared_at") var sharedAt: Date

    var properties: [any AnyProperty] { [$id, $answers, $programme, $sharedWith, $sharedAt] }

    init() {}

    init(answersID: UUID, programmeID: UUID, sharedWithID: UUID, sharedAt: Date) {
        self.$answers.id = answersID
        self.$programme.id = programmeID
        self.$sharedWith.id = sharedWithID
        self.sharedAt = sharedAt
    }
}
