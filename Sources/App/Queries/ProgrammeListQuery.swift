import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// The API's list of an organisation's programmes, in id order after a cursor: one statement over
/// the programmes and their kept summaries (`ProgrammeSummaries`), which say each one's part; no
/// programme is built with its meetings and people.
enum ProgrammeListQuery {
    struct Row: Sendable {
        let id: UUID
        let unitID: UUID
        let unitName: String
        let variant: String
        /// `yyyy-mm-dd`.
        let firstDay: String
        let part: ProgrammeStage.Part
        let ended: Bool
    }

    /// Up to `limit` programmes whose id comes after `after`, skipping `offset`; and how many the
    /// organisation has in all.
    static func run(organisation: UUID, timeZone: TimeZone, after: UUID?, limit: Int, offset: Int, now: Date,
                    on db: any Database) async throws -> (rows: [Row], total: Int) {
        try await ProgrammeSummaries.refresh(organisation: organisation, timeZone: timeZone, now: now, on: db)
        let total = try await Programme.query(on: db).filter(\.$organisation.$id == organisation).count()
        var condition: SQLQueryString = "p.organisation_id = \(bind: organisation)"
        if let after { condition += " AND p.id > \(bind: after)" }
        let rows = try await db.sql().raw("""
            SELECT p.id, p.unit_id, u.name AS unit_name, p.variant, p.first_day, p.ended_at, s.part
            FROM programmes p JOIN programme_summaries s ON s.programme_id = p.id LEFT JOIN units u ON u.id = p.unit_id
            WHERE \(condition) ORDER BY p.id LIMIT \(bind: limit) OFFSET \(bind: offset)
            """).plainRows().map { row in
                Row(id: try row.uuid("id"), unitID: try row.uuid("unit_id"), unitName: try row.optionalString("unit_name") ?? "",
                    variant: try row.string("variant"), firstDay: try row.string("first_day"),
                    part: ProgrammeSummary.stage(part: try row.optionalString("part"), phase: nil).part, ended: !(try row.isNull("ended_at")))
            }
        return (rows, total)
    }
}
