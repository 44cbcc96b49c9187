import Fluent
import Foundation
import GodstartCore

/// One area a colleague is the one to ask about: a system, a law, a method.
final class KnowledgeArea: Model, @unchecked Sendable {
    static let schema = "knowledge_areas"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "person_id") var person: Person
    @Field(key: "area") var area: String
    @Field(key: "kind") var kind: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    var properties: [any AnyProperty] { [$id, $organisation, $person, $area, $kind, $createdAt] }

    init() {}

    init(organisationID: UUID, personID: UUID, area: String, kind: KnowledgeKind) {
        self.$organisation.id = organisationID
        self.$person.id = personID
        self.area = area
        self.kind = kind.rawValue
    }

    var knowledgeKind: KnowledgeKind { KnowledgeKind(rawValue: kind) ?? .other }
}
