import Fluent
import Foundation
import GodstartCore

/// A document of the materials library, as the list shows it. Its bytes are in `MaterialFile`.
final class Material: Model, @unchecked Sendable {
    static let schema = "materials"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var details: String?
    @Field(key: "phase") var phase: String
    /// The roles it is for, comma-separated `ProgrammeRole` raw values; empty: everyone.
    @Field(key: "roles") var roles: String
    @Field(key: "language") var language: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "file_kind") var fileKind: String
    @Field(key: "byte_count") var byteCount: Int
    @OptionalParent(key: "uploaded_by_id") var uploadedBy: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $title, $details, $phase, $roles, $language, $fileName, $fileKind, $byteCount,
         $uploadedBy, $createdAt, $updatedAt]
    }

    init() {}

    var materialPhase: MaterialPhase { MaterialPhase(rawValue: phase) ?? .any }
    var roleList: [ProgrammeRole] { roles.split(separator: ",").compactMap { ProgrammeRole(rawValue: String($0)) } }
    var kind: MaterialFileKind? { MaterialFileKind(rawValue: fileKind) }
    var materialLanguage: Language? { Language(rawValue: language) }
}

/// The bytes of one document of the library.
final class MaterialFile: Model, @unchecked Sendable {
    static let schema = "material_files"

    @ID(key: .id) var id: UUID?
    @Parent(key: "material_id") var material: Material
    @Field(key: "bytes") var bytes: Data

    var properties: [any AnyProperty] { [$id, $material, $bytes] }

    init() {}

    init(materialID: UUID, bytes: Data) {
        self.$material.id = materialID
        self.bytes = bytes
    }
}
