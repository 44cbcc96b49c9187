import Fluent
import Foundation
import GodstartCore

/// The parts of a person's archive outside the programmes: the groups and networks they take part
/// in, and what they added for the whole organisation (materials, API keys).
extension PersonalData {
    static func gatherings(of id: UUID, dates: DateText, _ t: Texts, on db: any Database) async throws -> Section {
        let participations = try await GatheringParticipant.query(on: db).join(GatheringSeries.self, on: \GatheringParticipant.$series.$id == \GatheringSeries.$id)
            .filter(\.$person.$id == id).all()
        let attended = try await GatheringAttendance.query(on: db).join(Gathering.self, on: \GatheringAttendance.$gathering.$id == \Gathering.$id)
            .filter(\.$person.$id == id).all().map { try $0.joined(Gathering.self) }.sorted { $0.startsAt < $1.startsAt }
        return Section(title: t.archiveGatherings, items: try participations.map { participation in
            let series = try participation.joined(GatheringSeries.self)
            return Item(heading: series.title(for: t), fields: fields([
                (t.archiveYourRole, ProgrammeRole(rawValue: participation.role).map(t.role)),
                (t.archiveAttended, attended.filter { $0.$series.id == series.id }.map { dates.day($0.startsAt) }.joined(separator: ", ")),
            ]))
        })
    }

    static func addedForOrganisation(by id: UUID, dates: DateText, _ t: Texts, on db: any Database) async throws -> Section {
        let materials = try await Material.query(on: db).filter(\.$uploadedBy.$id == id).sort(\.$createdAt).all()
        let keys = try await ApiToken.query(on: db).filter(\.$createdBy.$id == id).sort(\.$createdAt).all()
        return Section(title: t.archiveAddedForOrganisation, items: materials.map { material in
            Item(heading: "\(t.archiveMaterial): \(material.title)", fields: fields([
                (t.archiveCreated, material.createdAt.map(dates.day)), (t.archiveChanged, material.updatedAt.map(dates.day)),
            ]))
        } + keys.map { key in
            Item(heading: "\(t.archiveApiKey): \(key.name)", fields: fields([
                (t.archiveCreated, key.createdAt.map(dates.day)), (t.archiveRevoked, key.revokedAt.map(dates.day)),
            ]))
        })
    }
}
