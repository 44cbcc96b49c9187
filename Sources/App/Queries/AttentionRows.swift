import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// What needs the coordinator in many programmes besides their meetings (an open request for a
/// new mentor, an evaluation waiting, checklist items past their window), read as plain rows in
/// three statements however many programmes there are. Only facts: no answer or note is read.
enum AttentionRows {
    static func load(_ programmes: [(facts: ProgrammeFacts, situation: ProgrammeSituation)],
                     on db: any Database) async throws -> [UUID: AttentionFacts] {
        let running = programmes.filter { !$0.situation.isFinished }
        let ids = running.map(\.facts.id)
        guard !ids.isEmpty else { return [:] }
        let sql = try db.sql()
        var result: [UUID: AttentionFacts] = [:]

        for row in try await sql.select().column("programme_id").from(MentorChangeRequest.schema)
            .where(SQLIdentifier("programme_id"), .in, ids).where("resolved_at", .is, SQLLiteral.null).plainRows() {
            result[try row.uuid("programme_id"), default: .init()].mentorChangeAsked = true
        }

        var answered = Set<Answered>()
        for row in try await sql.select().columns("programme_id", "author_id", "kind").from(EvaluationAnswers.schema)
            .where(SQLIdentifier("programme_id"), .in, ids).plainRows() {
            answered.insert(Answered(programme: try row.uuid("programme_id"),
                                     author: try row.uuid("author_id"),
                                     kind: try row.string("kind")))
        }
        for (facts, situation) in running where EvaluationRules.anyOverdue(facts, situation, answered: { author, kind in
            answered.contains(Answered(programme: facts.id, author: author, kind: kind.rawValue))
        }) {
            result[facts.id, default: .init()].evaluationOverdue = true
        }

        let today = Dictionary(uniqueKeysWithValues: running.map { ($0.facts.id, LocalDate($0.situation.now, in: $0.facts.timeZone)) })
        for row in try await sql.select()
            .columns("programme_id", "window_from", "window_to", "moved_to_learning_goal_id", "not_relevant_reason")
            .from(ChecklistItem.schema).where(SQLIdentifier("programme_id"), .in, ids).where("covered_at", .is, SQLLiteral.null).plainRows() {
            let programme = try row.uuid("programme_id")
            let state = ChecklistItem.state(covered: false, movedToLearningGoal: try row.optionalUUID("moved_to_learning_goal_id"),
                                            notRelevantReason: try row.optionalString("not_relevant_reason"))
            let window = ChecklistItem.window(from: try row.string("window_from"),
                                              to: try row.string("window_to"))
            if let today = today[programme], ChecklistRules.isWaiting(state, window: window, today: today) {
                result[programme, default: .init()].checklistWaiting += 1
            }
        }
        return result
    }

    private struct Answered: Hashable {
        let programme: UUID
        let author: UUID
        let kind: String
    }
}
