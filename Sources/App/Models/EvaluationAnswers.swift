import Fluent
import Foundation
import GodstartCore

/// One person's answers to one evaluation of one programme. Only its author reads it; the
/// coordinator sees totals across programmes.
final class EvaluationAnswers: Model, @unchecked Sendable {
    static let schema = "evaluation_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "author_id") var author: Person
    @Field(key: "kind") var kind: String
    /// The author's part in the mentoring when they answered (`newcomer` or `mentor`).
    @Field(key: "role") var role: String
    /// Answer text by question (`EvaluationQuestion` raw values).
    @Field(key: "answers") var sealedAnswers: [String: String]
    var answers: [String: String] {
        get { TextSealing.open(sealedAnswers) }
        set { sealedAnswers = TextSealing.seal(newValue) }
    }
    @Field(key: "rating") var rating: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $programme, $author, $kind, $role, $sealedAnswers, $rating, $createdAt, $updatedAt]
    }

    init() {}

    init(programmeID: UUID, authorID: UUID, kind: EvaluationKind, role: ProgrammeRole) {
        self.$programme.id = programmeID
        self.$author.id = authorID
        self.kind = kind.rawValue
        self.role = role.rawValue
        self.answers = [:]
        self.rating = 0
    }

    var evaluationKind: EvaluationKind? { EvaluationKind(rawValue: kind) }
}

/// A mentee's or coordinator's request for a new mentor, with its neutral reason.
final class MentorChangeRequest: Model, @unchecked Sendable {
    static let schema = "mentor_change_requests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "requested_by_id") var requestedBy: Person
    @Field(key: "reason") var reason: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "resolved_at") var resolvedAt: Date?

    var properties: [any AnyProperty] { [$id, $programme, $requestedBy, $reason, $createdAt, $resolvedAt] }

    init() {}

    init(programmeID: UUID, requestedByID: UUID, reason: MentorChangeReason) {
        self.$programme.id = programmeID
        self.$requestedBy.id = requestedByID
        self.reason = reason.rawValue
    }

    var changeReason: MentorChangeReason { MentorChangeReason(rawValue: reason) ?? .betterFit }
}

/// A mentor who was replaced: who, from when until when, and the neutral reason.
final class FormerMentorship: Model, @unchecked Sendable {
    static let schema = "former_mentorships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "mentor_id") var mentor: Person
    @OptionalField(key: "started_at") var from: Date?
    @Field(key: "ended_at") var until: Date
    @Field(key: "reason") var reason: String

    var properties: [any AnyProperty] { [$id, $programme, $mentor, $from, $until, $reason] }

    init() {}

    init(programmeID: UUID, mentorID: UUID, from: Date?, until: Date, reason: MentorChangeReason) {
        self.$programme.id = programmeID
        self.$mentor.id = mentorID
        self.from = from
        self.until = until
        self.reason = reason.rawValue
    }

    var changeReason: MentorChangeReason { MentorChangeReason(rawValue: reason) ?? .betterFit }
}

/// The figures of five answers to one evaluation in one role, as they stood when the batch closed
/// (`EvaluationBatches`): the coordinator's totals are the sum of these, never of live answers.
final class EvaluationBatch: Model, @unchecked Sendable {
    static let schema = "evaluation_batches"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "kind") var kind: String
    @Field(key: "role") var role: String
    /// 1 for the organisation's first batch of this evaluation and role, and so on.
    @Field(key: "number") var number: Int
    @Field(key: "answers") var answers: Int
    /// How many rated 1, 2, ... 5.
    @Field(key: "rating_counts") var ratingCounts: [Int]
    /// How many wrote something to each question, by question.
    @Field(key: "answered_per_question") var answeredPerQuestion: [String: Int]
    @Field(key: "closed_at") var closedAt: Date

    var properties: [any AnyProperty] {
        [$id, $organisation, $kind, $role, $number, $answers, $ratingCounts, $answeredPerQuestion, $closedAt]
    }

    init() {}

    init(organisationID: UUID, kind: EvaluationKind, role: ProgrammeRole, number: Int, figures: EvaluationFigures, closedAt: Date) {
        self.$organisation.id = organisationID
        self.kind = kind.rawValue
        self.role = role.rawValue
        self.number = number
        self.answers = figures.answers
        self.ratingCounts = figures.ratingCounts
        self.answeredPerQuestion = figures.answeredPerQuestion
        self.closedAt = closedAt
    }

    var figures: EvaluationFigures {
        EvaluationFigures(answers: answers, ratingCounts: ratingCounts, answeredPerQuestion: answeredPerQuestion)
    }
}
