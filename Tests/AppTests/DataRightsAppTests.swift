import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Retention and rights (issue 8): private texts purged when the storage period runs out, facts
/// kept; a person downloads everything held about them; an administrator erases a person and the
/// statistics keep their count.
final class DataRightsAppTests: AppTestCase {
    let t = Language.da.texts

    func notes(of key: String) async throws -> [MeetingNote] {
        let ids = try await meetings(of: key).compactMap(\.id)
        return try await MeetingNote.query(on: app.db).filter(\.$meeting.$id ~~ ids).all()
    }

    func testTextsArePurgedWhenTheStoragePeriodRunsOutAndTheFactsStay() async throws {
        let frederik = try await programme(of: "frederik")
        let before = (meetings: try await meetings(of: "frederik"), notes: try await notes(of: "frederik"))
        XCTAssertFalse(before.notes.isEmpty)
        let ratings = try await EvaluationAnswers.query(on: app.db).filter(\.$programme.$id == frederik.id!).all().map(\.rating)
        let goals = try await LearningGoal.query(on: app.db).filter(\.$programme.$id == frederik.id!).all()

        // Within the default period nothing goes.
        try await TextPurge.run(on: app.db, now: testNow)
        let kept = try await notes(of: "frederik")
        XCTAssertEqual(kept.count, before.notes.count, "Frederik ended under a year ago; the default is two years")

        let lone = try await signedIn("lone")
        let refused = try await lone.post(SiteURL.storage.path, ["months": "7"])
        XCTAssertEqual(refused.status, .unprocessableEntity, "not a period offered")
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorChooseStoragePeriod)))
        let saved = try await lone.post(SiteURL.storage.path, ["months": "6"])
        XCTAssertEqual(saved.status, .seeOther)
        try await TextPurge.run(on: app.db, now: testNow)

        let purgedNotes = try await notes(of: "frederik")
        XCTAssertTrue(purgedNotes.isEmpty)
        let after = try await meetings(of: "frederik")
        XCTAssertEqual(after.map(\.status), before.meetings.map(\.status), "the meetings and their statuses stay")
        let afterRatings = try await EvaluationAnswers.query(on: app.db).filter(\.$programme.$id == frederik.id!).all()
        XCTAssertEqual(afterRatings.map(\.rating), ratings, "ratings stay for the statistics")
        XCTAssertTrue(afterRatings.allSatisfy { $0.answers.values.allSatisfy { $0.isEmpty || $0 == TextPurge.placeholder } })
        let afterGoals = try await LearningGoal.query(on: app.db).filter(\.$programme.$id == frederik.id!).all()
        XCTAssertEqual(afterGoals.map(\.status), goals.map(\.status))
        XCTAssertTrue(afterGoals.allSatisfy { $0.note.isEmpty })
        let purged = try await Programme.find(frederik.id, on: app.db)!
        XCTAssertEqual(purged.textsPurgedAt, testNow)
        let idasNotes = try await notes(of: "ida")
        XCTAssertFalse(idasNotes.isEmpty, "a running programme keeps everything")

        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programme(frederik.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.programmeTextsPurged(DateText(language: .da, timeZone: TimeZone(identifier: "Europe/Copenhagen")!).day(testNow)))))
        let logged = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.erased.rawValue).all()
        XCTAssertEqual(logged.map(\.auditDetail), [.textsPurged])
        try await TextPurge.run(on: app.db, now: testNow.addingTimeInterval(86_400))
        let again = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.erased.rawValue).count()
        XCTAssertEqual(again, 1, "purged once")
    }

    func testAPersonDownloadsEverythingHeldAboutThemAndNothingOfOthers() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": "Min egen refleksion om hjemmebesøget"])
        let emma = try await signedIn("emma")
        _ = try await emma.post(SiteURL.logbook.path, ["unsure": "Emmas egen tanke"])

        let page = try await ida.get(SiteURL.myData.path)
        XCTAssertTrue(page.contains(SiteURL.myDataArchive.path))
        let archive = try await ida.get(SiteURL.myDataArchive.path)
        XCTAssertEqual(archive.status, .ok)
        XCTAssertTrue(archive.body.hasPrefix("PK\u{03}\u{04}"), "a ZIP archive")
        XCTAssertTrue(archive.contains("index.html") && archive.contains("data.json"))
        XCTAssertTrue(archive.contains("Min egen refleksion om hjemmebesøget"))
        XCTAssertTrue(archive.contains(DemoData.email("ida")))
        XCTAssertTrue(archive.contains("Fortrolig"), "the notes of her own mentoring")
        XCTAssertFalse(archive.contains("Emmas egen tanke"))
        let logged = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.exported.rawValue).all()
        XCTAssertEqual(logged.map(\.auditDetail), [.personalData])
    }

    func testTheAdministratorErasesAPersonAndTheStatisticsKeepTheirCount() async throws {
        let emma = try await person("emma")
        let emmaBrowser = try await signedIn("emma")
        _ = try await emmaBrowser.post(SiteURL.logbook.path, ["unsure": "Noget privat"])
        let employments = try await EmploymentRecord.query(on: app.db).count()
        let path = SiteURL.personErasure(emma.id).path

        let marianne = try await signedIn("marianne")
        let notAllowed = try await marianne.get(path)
        XCTAssertEqual(notAllowed.status, .notFound, "only the administrator")

        let lone = try await signedIn("lone")
        let list = try await lone.get(SiteURL.people.path)
        XCTAssertTrue(list.contains(path))
        let confirm = try await lone.get(path)
        XCTAssertTrue(confirm.contains(HTMLEscape.text(t.erasureConfirmTitle(emma.name))))
        let unconfirmed = try await lone.post(path, [:])
        XCTAssertEqual(unconfirmed.status, .unprocessableEntity)
        XCTAssertTrue(unconfirmed.contains(HTMLEscape.text(t.erasureConfirmMissing)))
        let erased = try await lone.post(path, ["confirm": "on"])
        XCTAssertEqual(erased.status, .seeOther)

        let after = try await Person.find(emma.id, on: app.db)!
        XCTAssertEqual(after.name, t.erasedPersonName)
        XCTAssertNotEqual(after.email, emma.email)
        XCTAssertNil(after.phone)
        XCTAssertNotNil(after.erasedAt)
        let entries = try await LogbookEntry.query(on: app.db).filter(\.$author.$id == emma.id!).count()
        XCTAssertEqual(entries, 0)
        let employmentsAfter = try await EmploymentRecord.query(on: app.db).count()
        XCTAssertEqual(employmentsAfter, employments, "the retention figures keep her employment")
        let named = try await EmploymentRecord.query(on: app.db).filter(\.$reference == emma.email).count()
        XCTAssertEqual(named, 0)
        let programme = try await Programme.query(on: app.db).filter(\.$newcomer.$id == emma.id!).first()
        XCTAssertNotNil(programme, "the programme stays, anonymous")

        let gone = try await emmaBrowser.get(SiteURL.myProgramme.path)
        XCTAssertEqual(gone.status, .seeOther, "her session has ended")
        let signIn = browser()
        try await signIn.get(SiteURL.signIn.path)
        let refused = try await signIn.post(SiteURL.signIn.path, ["email": emma.email, "password": DemoData.password])
        XCTAssertEqual(refused.status, .unauthorized)
        let listAfter = try await lone.get(SiteURL.people.path)
        XCTAssertFalse(listAfter.contains(path))
        let logged = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.erased.rawValue).all()
        XCTAssertEqual(logged.map(\.subjectID), [emma.id])

        // Not twice, and never oneself.
        let twice = try await lone.post(path, ["confirm": "on"])
        XCTAssertEqual(twice.status, .conflict)
        let loneID = try await person("lone").id
        let yourself = try await lone.post(SiteURL.personErasure(loneID).path, ["confirm": "on"])
        XCTAssertEqual(yourself.status, .conflict)
        XCTAssertTrue(yourself.contains(HTMLEscape.text(t.erasureRefusedYourself)))
    }
}
