import Crypto
import Fluent
import GodstartCore
import SQLKit
import XCTVapor
@testable import App

/// Encryption at rest (issue 8): the private texts are stored sealed with AES-GCM, read as plain
/// text by the pages, sealed again under a new key by rotation, and a wrong key stops the start.
final class SealingTests: AppTestCase {
    let reflection = "Jeg var usikker på, om jeg skulle ringe til skolen"

    /// Every stored private text of the demo and this test, as the database holds it.
    func storedColumns() async throws -> [String] {
        let sql = app.db as! any SQLDatabase
        let columns = [
            ("logbook_entries", ["unsure", "learned", "remember", "act_on", "know_more"]),
            ("process_journals", ["title", "facts", "account", "thoughts", "reflections"]),
            ("meeting_notes", ["text"]), ("agreement_versions", ["texts"]), ("evaluation_answers", ["answers"]),
            ("preparation_answers", ["answers"]), ("competence_plan_rows", ["fields"]),
            ("competence_plan_changes", ["before", "after"]), ("learning_goals", ["own_title", "note"]),
        ]
        var values: [String] = []
        for (table, names) in columns {
            for name in names {
                let rows = try await sql.raw("SELECT CAST(\(ident: name) AS TEXT) AS v FROM \(ident: table)").all()
                values += try rows.compactMap { try $0.decodeNil(column: "v") ? nil : $0.decode(column: "v", as: String.self) }
            }
        }
        return values
    }

    func testPrivateTextsAreStoredSealedAndReadAsTheyWereWritten() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": reflection, "learned": "At spørge tidligt"])
        let entry = try await LogbookEntry.query(on: app.db).all().first { $0.unsure == reflection }!
        XCTAssertTrue(entry.sealedUnsure.hasPrefix("gs1."))
        let page = try await ida.get(SiteURL.logbookEntry(entry.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(reflection)), "the author reads her text")

        let stored = try await storedColumns().joined(separator: "\n")
        XCTAssertFalse(stored.contains(reflection))
        XCTAssertFalse(stored.contains("At spørge tidligt"))
        for (_, note) in DemoData.sampleNotes(.dialogueMeeting, number: 1) {
            XCTAssertFalse(stored.contains(String(note.prefix(30))), "demo notes are sealed too")
        }
        let notes = try await MeetingNote.query(on: app.db).all()
        XCTAssertFalse(notes.isEmpty)
        XCTAssertTrue(notes.allSatisfy { $0.sealedText.hasPrefix("gs1.") })
        XCTAssertTrue(notes.contains { $0.text.hasPrefix("Fortrolig") }, "and read as written")
    }

    func testRotationSealsEverythingUnderTheNewKeyLeavingTimesAsTheyWere() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": reflection])
        let before = try await LogbookEntry.query(on: app.db).all().first { $0.unsure == reflection }!
        let old = app.settings.textKeys
        let fresh = SymmetricKey(size: .bits256)

        TextSealing.use(TextKeys([fresh] + old.all))
        let written = try await SealedTexts.resealAll(on: app.db)
        XCTAssertGreaterThan(written, 10)
        try await SealingCheck.moveToCurrentKey(on: app.db)
        let again = try await SealedTexts.resealAll(on: app.db)
        XCTAssertEqual(again, 0, "nothing left under the old key")

        TextSealing.use(TextKeys([fresh]))
        try await SealingCheck.verify(on: app.db)
        let after = try await LogbookEntry.find(before.id, on: app.db)!
        XCTAssertEqual(after.unsure, reflection)
        XCTAssertNotEqual(after.sealedUnsure, before.sealedUnsure)
        XCTAssertEqual(after.updatedAt, before.updatedAt, "sealing again is not a change by anyone")
        let page = try await ida.get(SiteURL.logbookEntry(before.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(reflection)))

        // A key that never sealed anything here stops the start.
        TextSealing.use(TextKeys([SymmetricKey(size: .bits256)]))
        do {
            try await SealingCheck.verify(on: app.db)
            XCTFail("a wrong key was accepted")
        } catch let error as StartupError {
            XCTAssertTrue(error.description.contains("GODSTART_TEXT_KEYS"))
        }
        TextSealing.use(old)
    }

    func testSealingAgainStopsAtATextNoConfiguredKeyOpensAndChangesNothing() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": reflection])
        let before = try await LogbookEntry.query(on: app.db).all().first { $0.unsure == reflection }!
        let old = app.settings.textKeys
        TextSealing.use(TextKeys([SymmetricKey(size: .bits256)]))
        do {
            try await SealedTexts.resealAll(on: app.db)
            XCTFail("sealed the unreadable marker over a text")
        } catch let error as SealedTexts.UnopenableText {
            XCTAssertTrue(error.description.contains("nothing was changed"))
        }
        TextSealing.use(old)
        let after = try await LogbookEntry.find(before.id, on: app.db)!
        XCTAssertEqual(after.sealedUnsure, before.sealedUnsure)
        XCTAssertEqual(after.unsure, reflection)
    }

    func testTextsWrittenBeforeEncryptionAreReadAndThenSealed() async throws {
        let sql = app.db as! any SQLDatabase
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": "noget"])
        let entry = try await LogbookEntry.query(on: app.db).first()!
        try await sql.raw("UPDATE logbook_entries SET unsure = \(bind: "Skrevet før krypteringen") WHERE id = \(bind: entry.id!)").run()
        let plain = try await LogbookEntry.find(entry.id, on: app.db)!
        XCTAssertEqual(plain.unsure, "Skrevet før krypteringen")
        try await SealedTexts.resealAll(on: app.db)
        let sealed = try await LogbookEntry.find(entry.id, on: app.db)!
        XCTAssertTrue(sealed.sealedUnsure.hasPrefix("gs1."))
        XCTAssertEqual(sealed.unsure, "Skrevet før krypteringen")
    }

    func testKeysComeFromConfigurationOrAKeyFileBesideTheDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("godstart-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("godstart.sqlite").path
        let first = try TextKeys.from(environment: [:], database: .sqliteFile(database), demo: true)
        let file = folder.appendingPathComponent("godstart.key").path
        XCTAssertEqual(first.file, file)
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600, "only the owner reads the key")
        let second = try TextKeys.from(environment: [:], database: .sqliteFile(database), demo: false)
        XCTAssertEqual(second.currentID, first.currentID, "the same key at the next start")

        let given = TextKeys.encoded(SymmetricKey(size: .bits256))
        let configured = try TextKeys.from(environment: ["GODSTART_TEXT_KEYS": given + ", " + TextKeys.encoded(first.current)],
                                           database: .postgres("postgres://x"), demo: false)
        XCTAssertEqual(configured.all.count, 2)
        XCTAssertThrowsError(try TextKeys.from(environment: ["GODSTART_TEXT_KEYS": "kort"], database: .sqliteMemory, demo: false))
        XCTAssertThrowsError(try TextKeys.from(environment: [:], database: .postgres("postgres://x"), demo: false)) { error in
            XCTAssertTrue("\(error)".contains("GODSTART_TEXT_KEYS"))
        }
    }
}
