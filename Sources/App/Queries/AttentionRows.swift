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
            .where(SQLIdentifier("programme_id"), .in, ids).where("resolved_at", .is, SQLLiteral.null).all() {
            result[try row.decode(column: "programme_id", as: UUID.self), default: .init()].mentorChangeAsked = true
        }

        var answered = Set<Answered>()
        for row in try await sql.select().columns("programme_id", "author_id", "kind").from(EvaluationAnswers.schema)
            .where(SQLIdentifier("programme_id"), .in, ids).all() {
            answered.insert(Answered(programme: try row.decode(column: "programme_id", as: UUID.self),
                                     author: try row.decode(column: "author_id", as: UUID.self),
                                     kind: try row.decode(column: "kind", as: String.self)))
        }
        for (facts, situation) in running where EvaluationRules.anyOverdue(facts, situation, answered: { author, kind in
            answered.contains(Answered(programme: facts.id, author: author, kind: kind.rawValue))
        }) {
            result[facts.id, default: .init()].evaluationOverdue = true
        }

        let today = Dictionary(uniqueKeysWithValues: running.map { ($0.facts.id, LocalDate($0.situation.now, in: $0.facts.timeZone)) })
        for row in try await sql.select()
            .columns("programme_id", "window_from", "window_to", "moved_to_learning_goal_id", "not_relevant_reason")
            .from(ChecklistItem.schema).where(SQLIdentifier("programme_id"), .in, ids).where("covered_at", .is, SQLLiteral.null).all() {
            let programme = try row.decode(column: "programme_id", as: UUID.self)
            let state = ChecklistItem.state(covered: false, movedToLearningGoal: try row.decode(column: "moved_to_learning_goal_id", as: UUID?.self),
                                            notRelevantReason: try row.decode(column: "not_relevant_reason", as: String?.self))
            let window = ChecklistItem.window(from: try row.decode(column: "window_from", as: String.self),
                                              to: try row.decode(column: "window_to", as: String.self))
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
