import Fluent
import Foundation

/// A model that holds private text sealed by `TextSealing`.
protocol SealedModel: Model where IDValue == UUID {
    /// The values as stored, to tell whether any is not sealed under the current key.
    var storedTexts: [String?] { get }
    /// Writes the texts again under the current key, leaving the row's "changed" time as it was.
    func reseal(on db: any Database) async throws
}

/// Every sealed text in the database, for sealing what was written before encryption (M032) and
/// for moving to a new key (`godstart rotate-text-key`).
enum SealedTexts {
    /// The tables that held private text when encryption at rest came (M032 sealed these).
    static let sealedAtM032: [any SealedModel.Type] = [
        LogbookEntry.self, ProcessJournal.self, MeetingNote.self, AgreementVersion.self, EvaluationAnswers.self,
        PreparationAnswers.self, CompetencePlanRow.self, CompetencePlanChange.self, LearningGoal.self, GatheringEvaluation.self,
    ]
    /// Every table with private text, those made since M032 too.
    static let models: [any SealedModel.Type] = sealedAtM032 + [EarlierMeetingNote.self]

    /// Seals every value not yet under the current key; returns how many rows were written.
    @discardableResult
    static func resealAll(_ models: [any SealedModel.Type] = models, on db: any Database) async throws -> Int {
        var written = 0
        for model in models { written += try await reseal(model, on: db) }
        return written
    }

    /// Rows in batches by id, so memory stays bounded however many there are.
    static func reseal<M: SealedModel>(_ type: M.Type, on db: any Database, batch: Int = 500) async throws -> Int {
        var written = 0
        var offset = 0
        while true {
            let rows = try await M.query(on: db).sort(.id).range(offset..<(offset + batch)).all()
            for row in rows where row.storedTexts.contains(where: { $0.map { !TextSealing.isCurrent($0) } ?? false }) {
                // Never seal the "unreadable" marker over a text a missing key would still open.
                guard row.storedTexts.allSatisfy({ $0.map(TextSealing.canOpen) ?? true }) else {
                    throw UnopenableText(table: M.schema, id: try row.requireID())
                }
                try await row.reseal(on: db)
                written += 1
            }
            guard rows.count == batch else { return written }
            offset += batch
        }
    }

    static func values(_ texts: [String: String]) -> [String?] { texts.values.map { $0 } }

    /// A stored text no configured key opens: sealing again stops, nothing is overwritten.
    struct UnopenableText: Error, CustomStringConvertible {
        let table: String
        let id: UUID
        var description: String {
            "A text in \(table) (row \(id)) is sealed under a key that is not configured. Add that key (GODSTART_TEXT_KEYS or the key file) and run the command again; nothing was changed."
        }
    }
}

extension LogbookEntry: SealedModel {
    var storedTexts: [String?] { [sealedUnsure, sealedLearned, sealedRemember, sealedActOn, sealedKnowMore] }
    func reseal(on db: any Database) async throws {
        try await LogbookEntry.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedUnsure, to: TextSealing.seal(unsure)).set(\.$sealedLearned, to: TextSealing.seal(learned))
            .set(\.$sealedRemember, to: TextSealing.seal(remember)).set(\.$sealedActOn, to: TextSealing.seal(actOn))
            .set(\.$sealedKnowMore, to: TextSealing.seal(knowMore)).set(\.$updatedAt, to: updatedAt).update()
    }
}

extension ProcessJournal: SealedModel {
    var storedTexts: [String?] { [sealedTitle, sealedFacts, sealedAccount, sealedThoughts, sealedReflections] }
    func reseal(on db: any Database) async throws {
        try await ProcessJournal.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedTitle, to: TextSealing.seal(title)).set(\.$sealedFacts, to: TextSealing.seal(facts))
            .set(\.$sealedAccount, to: TextSealing.seal(account)).set(\.$sealedThoughts, to: TextSealing.seal(thoughts))
            .set(\.$sealedReflections, to: TextSealing.seal(reflections)).set(\.$updatedAt, to: updatedAt).update()
    }
}

extension MeetingNote: SealedModel {
    var storedTexts: [String?] { [sealedText] }
    func reseal(on db: any Database) async throws {
        try await MeetingNote.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedText, to: TextSealing.seal(text)).set(\.$updatedAt, to: updatedAt).update()
    }
}

extension EarlierMeetingNote: SealedModel {
    var storedTexts: [String?] { [sealedText] }
    func reseal(on db: any Database) async throws {
        try await EarlierMeetingNote.query(on: db).filter(\.$id == requireID()).set(\.$sealedText, to: TextSealing.seal(text)).update()
    }
}

extension AgreementVersion: SealedModel {
    var storedTexts: [String?] { SealedTexts.values(sealedTexts) }
    func reseal(on db: any Database) async throws {
        try await AgreementVersion.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedTexts, to: TextSealing.seal(texts)).set(\.$updatedAt, to: updatedAt).update()
    }
}

extension EvaluationAnswers: SealedModel {
    var storedTexts: [String?] { SealedTexts.values(sealedAnswers) }
    func reseal(on db: any Database) async throws {
        try await EvaluationAnswers.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedAnswers, to: TextSealing.seal(answers)).set(\.$updatedAt, to: updatedAt).update()
    }
}

extension PreparationAnswers: SealedModel {
    var storedTexts: [String?] { SealedTexts.values(sealedAnswers) }
    func reseal(on db: any Database) async throws {
        try await PreparationAnswers.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedAnswers, to: TextSealing.seal(answers)).set(\.$updatedAt, to: updatedAt).update()
    }
}

extension CompetencePlanRow: SealedModel {
    var storedTexts: [String?] { SealedTexts.values(sealedFields) }
    func reseal(on db: any Database) async throws {
        try await CompetencePlanRow.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedFields, to: TextSealing.seal(fields)).update()
    }
}

extension CompetencePlanChange: SealedModel {
    var storedTexts: [String?] { SealedTexts.values(sealedBefore) + SealedTexts.values(sealedAfter) }
    func reseal(on db: any Database) async throws {
        try await CompetencePlanChange.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedBefore, to: TextSealing.seal(before)).set(\.$sealedAfter, to: TextSealing.seal(after)).update()
    }
}

extension LearningGoal: SealedModel {
    var storedTexts: [String?] { [sealedOwnTitle, sealedNote] }
    func reseal(on db: any Database) async throws {
        try await LearningGoal.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedOwnTitle, to: TextSealing.seal(ownTitle)).set(\.$sealedNote, to: TextSealing.seal(note))
            .set(\.$updatedAt, to: updatedAt).update()
    }
}

extension GatheringEvaluation: SealedModel {
    var storedTexts: [String?] { [sealedWorked, sealedChange] }
    func reseal(on db: any Database) async throws {
        try await GatheringEvaluation.query(on: db).filter(\.$id == requireID())
            .set(\.$sealedWorked, to: TextSealing.seal(worked)).set(\.$sealedChange, to: TextSealing.seal(change))
            .set(\.$updatedAt, to: updatedAt).update()
    }
}

/// One sealed value kept to check at start that the configured keys open this database's texts:
/// a wrong key stops the start instead of showing unreadable texts.
final class SealingCheck: Model, @unchecked Sendable {
    static let schema = "sealing_checks"

    @ID(key: .id) var id: UUID?
    @Field(key: "sealed") var sealed: String

    var properties: [any AnyProperty] { [$id, $sealed] }

    init() {}

    static let plain = "godstart"

    /// Run at start, after the migrations.
    static func verify(on db: any Database) async throws {
        guard let check = try await SealingCheck.query(on: db).first() else {
            let check = SealingCheck()
            check.sealed = TextSealing.seal(plain)
            try await check.create(on: db)
            return
        }
        guard TextSealing.open(check.sealed) == plain else {
            throw StartupError("The text keys do not open this database's private texts. Configure the key they were sealed with (GODSTART_TEXT_KEYS or GODSTART_TEXT_KEY_FILE).")
        }
    }

    /// After every text was sealed again: the check moves to the current key last, so a rotation
    /// that stopped half-way still needs the old key at the next start.
    static func moveToCurrentKey(on db: any Database) async throws {
        try await SealingCheck.query(on: db).set(\.$sealed, to: TextSealing.seal(plain)).update()
    }
}
