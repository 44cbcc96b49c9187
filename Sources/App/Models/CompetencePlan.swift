import Fluent
import Foundation
import GodstartCore

/// One row of the learning and competence plan: a type of task and what the mentee learns from it.
final class CompetencePlanRow: Model, @unchecked Sendable {
    static let schema = "competence_plan_rows"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    /// Text by column (`CompetencePlanField` raw values).
    @Field(key: "fields") var sealedFields: [String: String]
    var fields: [String: String] {
        get { TextSealing.open(sealedFields) }
        set { sealedFields = TextSealing.seal(newValue) }
    }
    @OptionalField(key: "removed_at") var removedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $programme, $sealedFields, $removedAt, $createdAt] }

    init() {}

    init(programmeID: UUID, fields: [CompetencePlanField: String]) {
        self.$programme.id = programmeID
        self.planFields = fields
    }

    var planFields: [CompetencePlanField: String] {
        get { CompetencePlanRow.typed(fields) }
        set { fields = CompetencePlanRow.untyped(newValue) }
    }

    var taskType: String { fields[CompetencePlanField.taskType.rawValue] ?? "" }

    static func typed(_ raw: [String: String]) -> [CompetencePlanField: String] {
        var result: [CompetencePlanField: String] = [:]
        for (key, value) in raw { if let field = CompetencePlanField(rawValue: key) { result[field] = value } }
        return result
    }

    static func untyped(_ fields: [CompetencePlanField: String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.key.rawValue, $0.value) })
    }
}

/// One change to the plan, kept so that both can see how the plan grew.
final class CompetencePlanChange: Model, @unchecked Sendable {
    static let schema = "competence_plan_changes"

    enum Kind: String { case added, changed, removed }

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "row_id") var row: CompetencePlanRow
    @Parent(key: "changed_by_id") var changedBy: Person
    @Field(key: "kind") var kind: String
    @Field(key: "before") var sealedBefore: [String: String]
    var before: [String: String] {
        get { TextSealing.open(sealedBefore) }
        set { sealedBefore = TextSealing.seal(newValue) }
    }
    @Field(key: "after") var sealedAfter: [String: String]
    var after: [String: String] {
        get { TextSealing.open(sealedAfter) }
        set { sealedAfter = TextSealing.seal(newValue) }
    }
    @Field(key: "changed_at") var changedAt: Date

    var properties: [any AnyProperty] { [$id, $programme, $row, $changedBy, $kind, $sealedBefore, $sealedAfter, $changedAt] }

    init() {}

    init(row: CompetencePlanRow, by personID: UUID, kind: Kind, before: [String: String], at date: Date) throws {
        self.$programme.id = row.$programme.id
        self.$row.id = try row.requireID()
        self.$changedBy.id = personID
        self.kind = kind.rawValue
        self.before = before
        self.after = kind == .removed ? [:] : row.fields
        self.changedAt = date
    }

    var changeKind: Kind { Kind(rawValue: kind) ?? .changed }
}
