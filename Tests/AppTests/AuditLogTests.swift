import Fluent
import GodstartCore
import SQLKit
import XCTVapor
@testable import App

/// The audit log (issue 8): reads of someone else's private text, changes of access, roles and
/// assignments, exports and sign-ins are recorded, can be neither changed nor deleted, and are
/// shown to the administrator and to the people they concern, never with the text itself.
final class AuditLogTests: AppTestCase {
    let t = Language.da.texts
    let reflection = "Jeg tvivler på, om jeg greb samtalen med borgeren rigtigt an"

    func entries(_ kind: AuditKind) async throws -> [AuditEntry] {
        try await AuditEntry.query(on: app.db).filter(\.$kind == kind.rawValue).sort(\.$occurredAt).all()
    }

    func testTheMentorReadingASharedEntryIsInTheAuthorsLogAndTheAuthorsOwnReadingIsNot() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": reflection])
        let entry = try await LogbookEntry.query(on: app.db).all().first { $0.unsure == reflection }!
        _ = try await ida.get(SiteURL.logbookEntry(entry.id).path)
        let ownReading = try await entries(.contentRead)
        XCTAssertEqual(ownReading.count, 0, "the author's own reading is not someone else's")

        _ = try await ida.post(SiteURL.logbookEntrySharing(entry.id).path, ["share": "yes"])
        let thomas = try await signedIn("thomas")
        let read = try await thomas.get(SiteURL.logbookEntry(entry.id).path)
        XCTAssertEqual(read.status, .ok)

        let (idaID, thomasID) = (try await person("ida").id, try await person("thomas").id)
        let reads = try await entries(.contentRead)
        XCTAssertEqual(reads.count, 1)
        XCTAssertEqual(reads.first?.actorID, thomasID)
        XCTAssertEqual(reads.first?.subjectID, idaID)
        XCTAssertEqual(reads.first?.auditResource, .logbookEntry)
        XCTAssertEqual(reads.first?.itemID, entry.id)
        let shared = try await entries(.accessChanged)
        XCTAssertEqual(shared.map(\.auditDetail), [.shared])
        XCTAssertEqual(shared.first?.actorID, idaID)
        XCTAssertEqual(shared.first?.subjectID, thomasID, "under the one who gained access")

        // Ida sees who read her entry, never the entry's text in the log.
        let own = try await ida.get(SiteURL.ownAuditLog.path)
        XCTAssertEqual(own.status, .ok)
        XCTAssertTrue(own.contains("Thomas Kristensen"))
        XCTAssertTrue(own.contains(HTMLEscape.text(t.auditWhat(.contentRead, nil, .logbookEntry))))
        XCTAssertFalse(own.contains(HTMLEscape.text(reflection)))
        // The manager's own log has nothing of it; the administrator's has it all.
        let henrik = try await signedIn("henrik")
        let henriksLog = try await henrik.get(SiteURL.ownAuditLog.path)
        XCTAssertFalse(henriksLog.contains(HTMLEscape.text(t.auditWhat(.contentRead, nil, .logbookEntry))))
        let lone = try await signedIn("lone")
        let all = try await lone.get(SiteURL.auditLog.path + "?kind=contentRead")
        XCTAssertEqual(all.status, .ok)
        XCTAssertTrue(all.contains("Thomas Kristensen"))
        XCTAssertTrue(all.contains("Ida Christensen"))
        XCTAssertFalse(all.contains(HTMLEscape.text(reflection)))
    }

    func testTheManagerReadingThePlanTheMenteeSharedIsRecordedTheMentorsWorkIsNot() async throws {
        let programme = try await programme(of: "ida")
        let thomas = try await signedIn("thomas")
        _ = try await thomas.get(SiteURL.competencePlan(programme.id).path)
        let byMentor = try await entries(.contentRead)
        XCTAssertEqual(byMentor.count, 0, "the mentor makes the plan with the mentee")

        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.competencePlanSharing(programme.id).path, ["share": "yes"])
        let henrik = try await signedIn("henrik")
        let page = try await henrik.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertEqual(page.status, .ok)
        let reads = try await entries(.contentRead)
        let henrikID = try await person("henrik").id
        XCTAssertEqual(reads.map(\.actorID), [henrikID])
        XCTAssertEqual(reads.first?.auditResource, .competencePlan)
        let access = try await entries(.accessChanged)
        XCTAssertEqual(access.map(\.subjectID), [henrikID])
    }

    func testSignInsAndFailuresAreRecorded() async throws {
        let ida = browser()
        try await ida.get(SiteURL.signIn.path)
        let wrong = try await ida.post(SiteURL.signIn.path, ["email": DemoData.email("ida"), "password": "forkert-kodeord"])
        XCTAssertEqual(wrong.status, .unauthorized)
        _ = try await ida.post(SiteURL.signIn.path, ["email": "ingen@demo.godstart.dk", "password": "forkert-kodeord"])
        try await ida.signIn(DemoData.email("ida"))

        let idaID = try await person("ida").id
        let failures = try await entries(.signInFailed)
        XCTAssertEqual(failures.map(\.auditDetail), [.password, .unknownAccount])
        XCTAssertEqual(failures.first?.subjectID, idaID)
        XCTAssertNil(failures.first?.actorID, "nobody was signed in")
        XCTAssertNil(failures.last?.organisationID, "an address nobody has belongs to no organisation")
        let successes = try await entries(.signedIn).filter { $0.subjectID == idaID }
        XCTAssertEqual(successes.map(\.auditDetail), [.password])
        XCTAssertEqual(successes.first?.actorID, idaID)

        let own = try await ida.get(SiteURL.ownAuditLog.path + "?kind=signInFailed")
        XCTAssertTrue(own.contains(HTMLEscape.text(t.auditWhat(.signInFailed, .password, nil))))
        XCTAssertFalse(own.contains(HTMLEscape.text(t.auditWhat(.signInFailed, .unknownAccount, nil))), "not hers")
    }

    func testAssignmentsAccessAndExportsAreRecordedInTheirTransaction() async throws {
        let programme = try await programme(of: "ida")
        let peter = try await person("peter")
        let marianne = try await signedIn("marianne")
        _ = try await marianne.post(SiteURL.mentorChange(programme.id).path, ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        let assignments = try await entries(.assignmentChanged)
        // One entry for each of the three it concerns: the new mentor, the mentee, the mentor who stopped.
        XCTAssertEqual(assignments.map(\.auditDetail), [.newMentor, .mentorChanged, .mentorshipEnded])
        let concerned = [peter.id, try await person("ida").id, try await person("thomas").id]
        XCTAssertEqual(assignments.map(\.subjectID), concerned)
        XCTAssertTrue(assignments.allSatisfy { $0.programmeID == programme.id })

        let lone = try await signedIn("lone")
        let tokenPage = try await lone.post(SiteURL.apiTokens.path, pairs: [("name", "HR"), ("scopes[]", ApiScope.programmes.rawValue)])
        let start = tokenPage.body.range(of: "value=\"gs_")!.upperBound
        let token = "gs_" + String(tokenPage.body[start...].prefix { $0 != "\"" })
        _ = try await browser().get(SiteURL.apiProgrammes.path, headers: [("Authorization", "Bearer \(token)")])
        _ = try await marianne.get(SiteURL.retentionCSV.path)
        let access = try await entries(.accessChanged)
        XCTAssertEqual(access.map(\.auditDetail), [.apiTokenCreated])
        let exports = try await entries(.exported)
        XCTAssertEqual(exports.map(\.auditDetail), [.api, .retentionFile])
        XCTAssertEqual(exports.first?.auditResource, .programme)

        let log = try await lone.get(SiteURL.auditLog.path)
        XCTAssertTrue(log.contains(HTMLEscape.text(t.auditWhat(.assignmentChanged, .newMentor, nil))))
        XCTAssertTrue(log.contains(HTMLEscape.text(t.auditNoActor(.exported))))
    }

    func testTheLogCannotBeChangedOrDeleted() async throws {
        let ida = try await signedIn("ida")
        _ = try await ida.get(SiteURL.root.path)
        let entry = try await AuditEntry.query(on: app.db).first()!
        entry.kind = AuditKind.exported.rawValue
        do {
            try await entry.update(on: app.db)
            XCTFail("an entry was changed")
        } catch {}
        do {
            try await AuditEntry.query(on: app.db).delete()
            XCTFail("entries were deleted")
        } catch {}
        let still = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.signedIn.rawValue).count()
        XCTAssertGreaterThan(still, 0)
    }

    func testOnlyTheAdministratorReadsTheWholeLogOnePageAtATime() async throws {
        for key in ["marianne", "henrik", "ida", "thomas"] {
            let other = try await signedIn(key)
            let page = try await other.get(SiteURL.auditLog.path)
            XCTAssertEqual(page.status, .notFound, key)
        }
        let ida = try await person("ida")
        let events = (0..<60).map { _ in AuditLog.Event(kind: .exported, detail: .calendarFile, subject: ida.id) }
        try await AuditLog.record(events, .init(actor: ida.id, organisation: ida.$organisation.id, address: "192.0.2.7", now: testNow),
                                  on: app.db)
        let lone = try await signedIn("lone")
        let first = try await lone.get(SiteURL.auditLog.path + "?kind=exported")
        XCTAssertTrue(first.contains("192.0.2.7"), "the administrator sees where it came from")
        let older = "?kind=exported&amp;page=2"
        XCTAssertTrue(first.contains(older), first.body)
        let second = try await lone.get(SiteURL.auditLog.path + "?kind=exported&page=2")
        XCTAssertEqual(second.status, .ok)
        XCTAssertTrue(second.contains(HTMLEscape.text(t.auditNewer)))
        XCTAssertFalse(second.contains(HTMLEscape.text(t.auditOlder)))
        let narrowed = try await lone.get(SiteURL.auditLog.path + "?person=\(ida.id!.uuidString.lowercased())")
        XCTAssertTrue(narrowed.contains(HTMLEscape.text(t.auditOnlyPerson(ida.name))))
        let nonsense = try await lone.get(SiteURL.auditLog.path + "?page=abc&kind=%00&person=x")
        XCTAssertEqual(nonsense.status, .ok)
    }
}
