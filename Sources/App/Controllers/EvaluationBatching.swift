import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// Closes the organisation's evaluation answers into batches of five and sums the closed batches
/// (`EvaluationBatches`). A batch closes the first time the coordinator's totals are read after its
/// fifth answer came in; its figures are stored then and never change, so an answer changed later
/// does not move the figures either.
enum EvaluationBatching {
    /// The answer's batch, on `evaluation_answers`.
    static let column = "batch_id"

    struct Key: Hashable {
        let kind: EvaluationKind
        let role: ProgrammeRole
    }

    struct Published {
        var figures = EvaluationFigures()
        var waiting = 0
    }

    static func published(in organisationID: UUID, now: Date, on db: Database, logger: Logger) async throws -> [Key: Published] {
        var waiting = try await waitingAnswers(in: organisationID, on: db)
        for (key, ids) in waiting where EvaluationBatches.toClose(waiting: ids.count) > 0 {
            do {
                try await close(ids, key, in: organisationID, now: now, on: db)
            } catch {
                // Another instance closed the same batch at the same moment; its figures stand.
                logger.warning("An evaluation batch was not closed here: \(String(reflecting: error))")
            }
        }
        waiting = try await waitingAnswers(in: organisationID, on: db)
        var result: [Key: Published] = [:]
        for batch in try await EvaluationBatch.query(on: db).filter(\.$organisation.$id == organisationID).all() {
            guard let kind = EvaluationKind(rawValue: batch.kind), let role = ProgrammeRole(rawValue: batch.role) else { continue }
            result[Key(kind: kind, role: role), default: Published()].figures += batch.figures
        }
        for (key, ids) in waiting { result[key, default: Published()].waiting = ids.count }
        return result
    }

    /// Closes the full batches of `ids` (oldest first) in one transaction: one read of their answers,
    /// one insert of the batches, one update for each batch (each batch is closed once, ever).
    private static func close(_ ids: [UUID], _ key: Key, in organisationID: UUID, now: Date, on db: Database) async throws {
        let chunks = stride(from: 0, to: EvaluationBatches.toClose(waiting: ids.count) * EvaluationBatches.size, by: EvaluationBatches.size)
            .map { Array(ids[$0..<($0 + EvaluationBatches.size)]) }
        try await db.transaction { db in
            let highest = try await EvaluationBatch.query(on: db).filter(\.$organisation.$id == organisationID)
                .filter(\.$kind == key.kind.rawValue).filter(\.$role == key.role.rawValue).max(\.$number) ?? 0
            let answers = Dictionary(uniqueKeysWithValues: try await EvaluationAnswers.query(on: db)
                .filter(\.$id ~~ chunks.flatMap { $0 }).all().map { ($0.id!, $0) })
            let batches = chunks.enumerated().map { index, chunk in
                let inBatch = chunk.compactMap { answers[$0] }
                return EvaluationBatch(organisationID: organisationID, kind: key.kind, role: key.role, number: highest + index + 1,
                                       figures: .of(ratings: inBatch.map(\.rating), answers: inBatch.map(\.answers)), closedAt: now)
            }
            try await batches.create(on: db)
            for (batch, chunk) in zip(batches, chunks) {
                try await db.sql().update(EvaluationAnswers.schema).set(SQLIdentifier(column), to: SQLBind(try batch.requireID()))
                    .where(SQLIdentifier("id"), .in, chunk).run()
            }
        }
    }

    /// The answers not yet in a batch, oldest first, by evaluation and role.
    private static func waitingAnswers(in organisationID: UUID, on db: Database) async throws -> [Key: [UUID]] {
        struct Row: Decodable {
            let id: UUID
            let kind: String
            let role: String
        }
        let rows = try await db.sql().select()
            .column(SQLColumn("id", table: "a")).column(SQLColumn("kind", table: "a")).column(SQLColumn("role", table: "a"))
            .from(SQLAlias(SQLIdentifier(EvaluationAnswers.schema), as: SQLIdentifier("a")))
            .join(SQLAlias(SQLIdentifier(Programme.schema), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"), .equal,
                  SQLColumn("programme_id", table: "a"))
            .where(SQLColumn("organisation_id", table: "p"), .equal, SQLBind(organisationID))
            .where(SQLColumn(column, table: "a"), .is, SQLLiteral.null)
            .orderBy(SQLColumn("created_at", table: "a")).orderBy(SQLColumn("id", table: "a"))
            .all(decoding: Row.self)
        var result: [Key: [UUID]] = [:]
        for row in rows {
            guard let kind = EvaluationKind(rawValue: row.kind), let role = ProgrammeRole(rawValue: row.role) else { continue }
            result[Key(kind: kind, role: role), default: []].append(row.id)
        }
        return result
    }

}
