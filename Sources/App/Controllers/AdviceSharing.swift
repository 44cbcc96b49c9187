import Fluent
import GodstartCore
import SQLKit
import Vapor

/// The new hire's advice to the mentor in the 3- and 6-month evaluations: private like the rest of
/// the answers, unless the new hire sends it to the mentor (ACCESS.md: S, per answer, undoable).
/// The mentor then reads that one answer, marked as coming from the evaluation; a mentor who is
/// replaced keeps it until the programme ends, and a new mentor sees it only if it is sent again.
enum AdviceSharing {
    /// One piece of advice as its reader sees it.
    struct Advice {
        let programme: UUID
        let kind: EvaluationKind
        let text: String
        let author: String
        let sharedAt: Date
        let answersID: UUID
    }

    /// Sends the advice of `answers` to `mentor`, or takes it back (`mentor` nil), and says so in
    /// the audit log under the one who gained or lost it.
    static func set(_ answers: EvaluationAnswers, to mentor: Person?, current: SharedAdvice?, programme: UUID,
                    _ req: Request, on db: any Database) async throws {
        let before = current?.$sharedWith.id
        let after = mentor?.id
        guard before != after else { return }
        let answersID = try answers.requireID()
        if let current { try await current.delete(on: db) }
        if let after {
            try await SharedAdvice(answersID: answersID, programmeID: programme, sharedWithID: after,
                                   sharedAt: req.application.settings.now()).create(on: db)
        }
        try await PrivateWriting.recordSharing(.evaluationAnswers, item: answersID, before: before, after: after,
                                               programme: programme, req, on: db)
    }

    /// The advice the author of `answers` (of one programme) has sent, by evaluation, with whom it was sent to.
    static func sent(_ answers: [EvaluationAnswers], on db: any Database) async throws -> [EvaluationKind: SharedAdvice] {
        let byAnswers = try await sent(answersIDs: answers.compactMap(\.id), on: db)
        var byKind: [EvaluationKind: SharedAdvice] = [:]
        for answer in answers {
            guard let id = answer.id, let row = byAnswers[id], let kind = answer.evaluationKind, byKind[kind] == nil else { continue }
            byKind[kind] = row
        }
        return byKind
    }

    /// The advice sent from these answers, by answers, with whom it was sent to.
    static func sent(answersIDs: [UUID], on db: any Database) async throws -> [UUID: SharedAdvice] {
        guard !answersIDs.isEmpty else { return [:] }
        let rows = try await SharedAdvice.query(on: db).filter(\.$answers.$id ~~ answersIDs).with(\.$sharedWith).all()
        return Dictionary(rows.map { ($0.$answers.id, $0) }) { first, _ in first }
    }

    /// The advice sent to `person` that the policy still lets them read, in `files` (all of them
    /// when nil), from one evaluation or all, newest first. Each one read is in the audit log when
    /// `recordingReads`.
    static func received(by person: Person, in files: [ProgrammeView]? = nil, of kind: EvaluationKind? = nil, _ req: Request,
                         recordingReads: Bool) async throws -> [Advice] {
        let personID = try person.requireID()
        if files?.isEmpty == true { return [] }
        let rows = try await PlainColumnRows.all(SharedAdvice.self, on: req.db) { select in
            select.where("shared_with_id", .equal, SQLBind(personID))
            if let files { select.where("programme_id", .in, files.map(\.id)) }
            select.orderBy("shared_at", .descending)
        }
        guard !rows.isEmpty else { return [] }
        let answersByID = Dictionary(uniqueKeysWithValues: try await PlainColumnRows.all(
            EvaluationAnswers.self, where: "id", in: rows.map { $0.$answers.id }, on: req.db).map { ($0.id!, $0) })
        let known = Dictionary(uniqueKeysWithValues: (files ?? []).map { ($0.id, $0) })
        let missing = Set(rows.map { $0.$programme.id }).subtracting(known.keys)
        let loaded = missing.isEmpty ? [] : try await ProgrammeQueries.views(
            of: Programme.query(on: req.db).filter(\.$id ~~ Array(missing)).all(), on: req.db)
        let byID = known.merging(loaded.map { ($0.id, $0) }) { first, _ in first }
        let now = req.application.settings.now()
        var advice: [Advice] = []
        for row in rows {
            guard let answers = answersByID[row.$answers.id], let file = byID[row.$programme.id],
                  let found = answers.evaluationKind, kind == nil || found == kind, let question = found.adviceForTheMentor,
                  PrivateWriting.decide(.evaluationAnswers, .read, file: file, person: person, authorID: answers.$author.id,
                                        sharedWithID: row.$sharedWith.id, now: now) == .allow,
                  let text = answers.answers[question.rawValue], !text.isEmpty else { continue }
            if recordingReads {
                try await AuditLog.read(.evaluationAnswers, item: answers.id, author: answers.$author.id, in: file,
                                        context: AccessContext(isSharedWithPerson: true), req)
            }
            advice.append(Advice(programme: file.id, kind: found, text: text, author: file.people[answers.$author.id]?.name ?? "",
                                 sharedAt: row.sharedAt, answersID: try answers.requireID()))
        }
        return advice
    }
}
