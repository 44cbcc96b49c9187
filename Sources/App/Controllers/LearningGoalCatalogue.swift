import Fluent
import GodstartCore
import Vapor

/// An organisation's catalogue of typical learning goals. It starts from the typical goals of the
/// source material, titled in every language Godstart speaks, the first time anyone needs it.
enum LearningGoalCatalogue {
    static func entries(of organisationID: UUID, on db: Database) async throws -> [CatalogueEntry] {
        let existing = try await query(organisationID, on: db)
        guard existing.isEmpty else { return existing }
        do {
            try await db.transaction { db in
                for (position, goal) in TypicalLearningGoal.allCases.enumerated() {
                    let titles = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, $0.texts.typicalLearningGoal(goal)) })
                    try await CatalogueEntry(organisationID: organisationID, typicalKey: goal.rawValue, titles: titles,
                                             position: position).create(on: db)
                }
            }
        } catch {
            // Another request started the catalogue at the same moment; its rows are as good.
        }
        return try await query(organisationID, on: db)
    }

    private static func query(_ organisationID: UUID, on db: Database) async throws -> [CatalogueEntry] {
        try await CatalogueEntry.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$position).all()
    }
}
