import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// The logbook and process journals belong to the new hire. The mentor reads an item only
/// while it is shared with them; managers and coordinators never read them.
final class PrivateWritingTests: AppTestCase {
    let reflection = "Jeg er i tvivl om, hvornår jeg skal inddrage min leder"

    func writeEntry(as key: String = "ida") async throws -> (TestBrowser, LogbookEntry) {
        let ida = try await signedIn(key)
        let created = try await ida.post(SiteURL.logbook.path, ["unsure": reflection, "learned": "At spørge tidligt"])
        XCTAssertEqual(created.status, .seeOther)
        let entry = try await LogbookEntry.query(on: app.db).sort(\.$createdAt, .descending).first()!
        XCTAssertEqual(entry.unsure, reflection)
        return (ida, entry)
    }

    func status(_ key: String, _ path: String) async throws -> HTTPStatus {
        let browser = try await signedIn(key)
        return try await browser.get(path).status
    }

    func testAnEmptyEntryIsRefusedWithAMessage() async throws {
        let ida = try await signedIn("ida")
        let page = try await ida.post(SiteURL.logbook.path, ["unsure": "  ", "learned": ""])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.errorEntryEmpty)))
        let count = try await LogbookEntry.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }

    func testALogbookEntryIsPrivateUntilSharedAndCanBeTakenBack() async throws {
        let (ida, entry) = try await writeEntry()
        let path = SiteURL.logbookEntry(entry.id).path
        for key in ["thomas", "henrik", "marianne", "karen", "sofie", "rasmus", "lone"] {
            let code = try await status(key, path)
            XCTAssertEqual(code, .notFound, key)
        }

        let shared = try await ida.post(SiteURL.logbookEntrySharing(entry.id).path, ["share": "yes"])
        XCTAssertEqual(shared.status, .seeOther)
        let thomas = try await signedIn("thomas")
        let read = try await thomas.get(path)
        XCTAssertEqual(read.status, .ok)
        XCTAssertTrue(read.contains(HTMLEscape.text(reflection)))
        XCTAssertFalse(read.contains("<textarea"), "the mentor reads, the author writes")
        let list = try await thomas.get(SiteURL.sharedWithMe.path)
        XCTAssertTrue(list.contains(path))
        // The mentor cannot change it, and the manager still sees nothing.
        let write = try await thomas.post(path, ["unsure": "ændret"])
        XCTAssertEqual(write.status, .notFound)
        let henrik = try await status("henrik", path)
        XCTAssertEqual(henrik, .notFound)

        _ = try await ida.post(SiteURL.logbookEntrySharing(entry.id).path, ["share": "no"])
        let after = try await thomas.get(path)
        XCTAssertEqual(after.status, .notFound)
        let emptyList = try await thomas.get(SiteURL.sharedWithMe.path)
        XCTAssertFalse(emptyList.contains(path))
    }

    func testAFormerMentorKeepsWhatWasSharedUntilTheProgrammeEnds() async throws {
        let (ida, entry) = try await writeEntry()
        _ = try await ida.post(SiteURL.logbookEntrySharing(entry.id).path, ["share": "yes"])
        let programme = try await programme(of: "ida")
        programme.$mentor.id = try await person("peter").id!
        try await programme.update(on: app.db)

        let path = SiteURL.logbookEntry(entry.id).path
        let thomas = try await status("thomas", path)
        XCTAssertEqual(thomas, .ok, "shared while he was the mentor")
        let peter = try await status("peter", path)
        XCTAssertEqual(peter, .notFound, "the new mentor sees only what is shared with him")

        programme.endedAt = testNow
        try await programme.update(on: app.db)
        let ended = try await status("thomas", path)
        XCTAssertEqual(ended, .notFound)
    }

    func testAJournalWithACPRNumberIsNotStoredUntilItIsReplaced() async throws {
        let ida = try await signedIn("ida")
        let fields = [
            "title": "Første hjemmebesøg", "facts": "Mor, 34 år, to børn.",
            "account": "Mor sagde: \"Mit cpr er 010190-1234, ring på 23 45 67 89.\"", "thoughts": "", "reflections": "",
        ]
        let stopped = try await ida.post(SiteURL.journals.path, fields)
        XCTAssertEqual(stopped.status, .unprocessableEntity)
        let t = Language.da.texts
        XCTAssertTrue(stopped.contains(HTMLEscape.text(t.findingKind(.cprNumber))))
        XCTAssertTrue(stopped.contains("<mark>010190-1234</mark>"))
        XCTAssertTrue(stopped.contains("Første hjemmebesøg"), "what was typed is kept")
        var count = try await ProcessJournal.query(on: app.db).count()
        XCTAssertEqual(count, 0, "nothing is stored while a finding is open")

        var replaceOne = fields
        replaceOne["action"] = "replace|account|010190-1234"
        let stillPhone = try await ida.post(SiteURL.journals.path, replaceOne)
        XCTAssertEqual(stillPhone.status, .unprocessableEntity, "the phone number is still there")
        XCTAssertTrue(stillPhone.contains("[CPR]"))
        count = try await ProcessJournal.query(on: app.db).count()
        XCTAssertEqual(count, 0)

        var replaceAll = fields
        replaceAll["account"] = "Mor sagde: \"Mit cpr er [CPR], ring på 23 45 67 89.\""
        replaceAll["action"] = "replaceAll"
        let preview = try await ida.post(SiteURL.journals.path, replaceAll)
        XCTAssertEqual(preview.status, .ok, "the writer reads the result of replacing all before it is stored")
        XCTAssertTrue(preview.contains(HTMLEscape.text(t.replacedAllReadBeforeSaving)))
        let replaced = "Mor sagde: \"Mit cpr er [CPR], ring på [telefon].\""
        XCTAssertTrue(preview.contains(HTMLEscape.text(replaced)))
        count = try await ProcessJournal.query(on: app.db).count()
        XCTAssertEqual(count, 0, "nothing is stored before the writer saves")

        // Reading it through, she adds a detail in another shape: the scan of what is saved stops it.
        var edited = fields
        edited["account"] = replaced + " Fars cpr er 120385 1234."
        let second = try await ida.post(SiteURL.journals.path, edited)
        XCTAssertEqual(second.status, .unprocessableEntity)
        XCTAssertTrue(second.contains("<mark>120385 1234</mark>"))
        count = try await ProcessJournal.query(on: app.db).count()
        XCTAssertEqual(count, 0)

        var save = fields
        save["account"] = replaced
        let saved = try await ida.post(SiteURL.journals.path, save)
        XCTAssertEqual(saved.status, .seeOther)
        let journal = try await ProcessJournal.query(on: app.db).first()!
        XCTAssertEqual(journal.account, replaced)
    }

    func testTheWriterCanKeepWhatIsNotAPersonalDetail() async throws {
        let ida = try await signedIn("ida")
        let fields = ["title": "Samtale om bolig", "account": "Vi talte om Boligvej 12, som er et bosted, ikke en adresse på borgeren."]
        let stopped = try await ida.post(SiteURL.journals.path, fields)
        XCTAssertEqual(stopped.status, .unprocessableEntity)
        var keep = fields
        keep["action"] = "keep|Boligvej 12"
        let saved = try await ida.post(SiteURL.journals.path, keep)
        XCTAssertEqual(saved.status, .seeOther)
        let journal = try await ProcessJournal.query(on: app.db).first()!
        XCTAssertTrue(journal.account.contains("Boligvej 12"))
    }

    func testALongJournalIsAcceptedAndMissingPartsAreNamed() async throws {
        let ida = try await signedIn("ida")
        let missing = try await ida.post(SiteURL.journals.path, ["title": "", "account": ""])
        XCTAssertEqual(missing.status, .unprocessableEntity)
        XCTAssertTrue(missing.contains(HTMLEscape.text(Language.da.texts.errorJournalEmpty)))

        let long = String(repeating: "Borgeren fortalte roligt om sin hverdag og sine bekymringer. ", count: 340)
        XCTAssertGreaterThan(long.count, 20_000)
        let saved = try await ida.post(SiteURL.journals.path, ["title": "Lang samtale", "account": long])
        XCTAssertEqual(saved.status, .seeOther)
        let journal = try await ProcessJournal.query(on: app.db).first()!
        XCTAssertEqual(journal.account, long.trimmingCharacters(in: .whitespaces))
    }

    func testAJournalIsSharedWithTheMentorOnly() async throws {
        let ida = try await signedIn("ida")
        let saved = try await ida.post(SiteURL.journals.path, ["title": "Svær samtale", "account": "Hun græd, og jeg blev stille."])
        let journal = try await ProcessJournal.query(on: app.db).first()!
        XCTAssertEqual(saved.location, SiteURL.journal(journal.id).path)
        let path = SiteURL.journal(journal.id).path
        let before = try await status("thomas", path)
        XCTAssertEqual(before, .notFound)
        _ = try await ida.post(SiteURL.journalSharing(journal.id).path, ["share": "yes"])
        let thomas = try await signedIn("thomas")
        let page = try await thomas.get(path)
        XCTAssertTrue(page.contains("Hun græd, og jeg blev stille."))
        for key in ["henrik", "marianne", "karen"] {
            let code = try await status(key, path)
            XCTAssertEqual(code, .notFound, key)
        }
    }
}
