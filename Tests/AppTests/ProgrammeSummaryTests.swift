import Fluent
import GodstartCore
import SQLKit
import XCTVapor
@testable import App

/// Issue 24, item 3: the overview and the alerts API list kept summaries per programme. The database
/// marks a summary stale in the same transaction as any write to the facts it comes from, whatever
/// code writes; `godstart check` finds a summary that differs from its records and rebuilds them.
final class ProgrammeSummaryTests: AppTestCase {
    struct Kept {
        let version: Int
        let computedFor: String?
    }

    func kept(_ programme: UUID) async throws -> Kept? {
        let rows = try await app.db.sql().raw("SELECT version, computed_for FROM programme_summaries WHERE programme_id = \(bind: programme)")
            .plainRows()
        return try rows.first.map { Kept(version: try $0.int("version"), computedFor: try $0.optionalString("computed_for")) }
    }

    var organisation: Organisation {
        get async throws { try await person("marianne").$organisation.get(on: app.db) }
    }

    /// Works out the organisation's stale summaries, as a list does before it reads them.
    func refresh() async throws {
        let organisation = try await organisation
        try await ProgrammeSummaries.refresh(organisation: organisation.id!, timeZone: organisation.timeZone, now: testNow, on: app.db)
    }

    func assertFresh(_ programme: UUID, _ message: String, line: UInt = #line) async throws {
        let today = LocalDate(testNow, in: try await organisation.timeZone).iso
        let computed = try await kept(programme)?.computedFor
        XCTAssertEqual(computed, today, message, line: line)
    }

    func assertStale(_ programme: UUID, _ message: String, line: UInt = #line) async throws {
        let row = try await kept(programme)
        XCTAssertNotNil(row, message, line: line)
        XCTAssertNil(row?.computedFor, message, line: line)
    }

    func testEveryProgrammeHasItsRowFromTheStart() async throws {
        let programmes = try await Programme.query(on: app.db).all()
        XCTAssertFalse(programmes.isEmpty)
        for programme in programmes {
            let row = try await kept(programme.id!)
            XCTAssertNotNil(row, "a summary row is made with the programme")
        }
    }

    /// Every table the summary is worked out from: a row changed, deleted or added by any code marks
    /// its programme's summary stale in the same transaction.
    func testAnyWriteToAFactMarksItsProgrammeStale() async throws {
        let ida = try await programme(of: "ida")
        let request = MentorChangeRequest(programmeID: ida.id!, requestedByID: ida.$newcomer.id, reason: .betterFit)
        try await request.create(on: app.db)
        try await assertStale(ida.id!, "a request for a new mentor")
        let sql = try app.db.sql()
        for table in M045_CreateProgrammeSummaries.factTables {
            let rows = try await sql.raw("SELECT id, programme_id FROM \(ident: table) WHERE programme_id = \(bind: ida.id!)").plainRows()
            let row = try XCTUnwrap(rows.first, "\(table) has a row of Ida's programme")
            let id = try row.uuid("id")
            try await refresh()
            try await assertFresh(ida.id!, "\(table): worked out")

            try await sql.raw("UPDATE \(ident: table) SET programme_id = programme_id WHERE id = \(bind: id)").run()
            try await assertStale(ida.id!, "\(table): a row changed")
            try await refresh()

            // A copy of the row under another id is added, and the copy (or, where the row is unique to
            // its programme, author and kind, the original) deleted: other rows may refer to the original.
            try await sql.raw("CREATE TEMPORARY TABLE kept_row AS SELECT * FROM \(ident: table) WHERE id = \(bind: id)").run()
            let copy = UUID()
            try await sql.raw("UPDATE kept_row SET id = \(bind: copy)").run()
            let unique = table == EvaluationAnswers.schema
            if unique {
                try await sql.raw("DELETE FROM \(ident: table) WHERE id = \(bind: id)").run()
                try await assertStale(ida.id!, "\(table): a row deleted")
                try await refresh()
            }
            try await sql.raw("INSERT INTO \(ident: table) SELECT * FROM kept_row").run()
            try await sql.raw("DROP TABLE kept_row").run()
            try await assertStale(ida.id!, "\(table): a row added")
            try await refresh()
            try await assertFresh(ida.id!, "\(table): worked out again")
            if !unique {
                try await sql.raw("DELETE FROM \(ident: table) WHERE id = \(bind: copy)").run()
                try await assertStale(ida.id!, "\(table): a row deleted")
            }
        }
        try await refresh()
        ida.mentoringStartedAt = testNow
        try await ida.update(on: app.db)
        try await assertStale(ida.id!, "the programme itself changed")
        let emma = try await programme(of: "emma")
        try await assertFresh(emma.id!, "another programme's summary holds")
    }

    /// What a person does in the product, through its pages, shows in the overview at once: the
    /// kept summaries never differ from the records (`godstart check`).
    func testTheOverviewFollowsWhatPeopleDo() async throws {
        let marianne = try await signedIn("marianne")
        let t = Language.da.texts
        func overview() async throws -> TestBrowser.Page { try await marianne.get(SiteURL.programmes.path) }
        func assertKeptRight(_ step: String, line: UInt = #line) async throws {
            _ = try await overview()
            let result = try await ProgrammeSummaries.check(now: testNow, on: app.db)
            XCTAssertGreaterThan(result.checked, 0, step, line: line)
            XCTAssertEqual(result.differences.map(\.description), [], step, line: line)
        }
        let before = try await overview()
        XCTAssertTrue(before.contains(HTMLEscape.text(t.overdueMeetings(1))), "the demo leaves Ida's latest meeting unmarked")

        // The mentor marks Ida's overdue meeting as held: the alert goes.
        let idasMeetings = try await meetings(of: "ida")
        let overdue = try XCTUnwrap(idasMeetings.first { $0.isOpen && $0.startsAt < testNow.addingTimeInterval(-86_400) })
        let held = try await signedIn("thomas").post(SiteURL.meetingHeld(overdue.id).path, ["held": "yes"])
        XCTAssertEqual(held.status, .seeOther)
        let after = try await overview()
        XCTAssertFalse(after.contains(HTMLEscape.text(t.overdueMeetings(1))), "held: no longer overdue")
        try await assertKeptRight("a meeting held")

        // The mentor cancels the meetings ahead: too few are planned.
        let thomas = try await signedIn("thomas")
        for meeting in try await meetings(of: "ida", .dialogueMeeting).filter({ $0.startsAt > testNow }).dropFirst() {
            _ = try await thomas.post(SiteURL.meetingCancel(meeting.id).path, ["restore": "no"])
        }
        let cancelled = try await overview()
        XCTAssertTrue(cancelled.contains(HTMLEscape.text(t.flagFewerThanTwo)))
        try await assertKeptRight("meetings cancelled")

        // A checklist item covered: one fewer waiting.
        let jonas = try await programme(of: "jonas")
        let waiting = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == jonas.id!).filter(\.$coveredAt == nil).all()
        for item in waiting { item.coveredAt = testNow; try await item.update(on: app.db) }
        let covered = try await overview()
        XCTAssertFalse(covered.contains(HTMLEscape.text(t.checklistWaitingFlag(1))))
        try await assertKeptRight("checklist items covered")

        // Ida asks for a new mentor: the coordinator sees it first.
        let ida = try await programme(of: "ida")
        try await MentorChangeRequest(programmeID: ida.id!, requestedByID: ida.$newcomer.id, reason: .betterFit).create(on: app.db)
        let asked = try await overview()
        XCTAssertTrue(asked.contains(HTMLEscape.text(t.mentorChangeRequestedFlag)))
        try await assertKeptRight("a new mentor asked for")
    }

    /// A summary worked out from facts read before a write, stored after it, is not taken as
    /// today's: the write moved the version, and the next list works it out again.
    func testASummaryOfFactsChangedMeanwhileIsWorkedOutAgain() async throws {
        let ida = try await programme(of: "ida")
        try await refresh()
        let row = try await kept(ida.id!)
        let read = try XCTUnwrap(row)
        let organisation = try await organisation
        let summaries = try await ProgrammeSummaries.worked([ida.id!], timeZone: organisation.timeZone, now: testNow, on: app.db)
        // Meanwhile the mentor writes.
        let meeting = try await meetings(of: "ida").first!
        meeting.minutes += 15
        try await meeting.update(on: app.db)
        try await ProgrammeSummaries.store(summaries, versions: [ida.id!: read.version], today: LocalDate(testNow, in: organisation.timeZone).iso,
                                           on: app.db)
        try await assertStale(ida.id!, "stored, but not as today's")
        try await refresh()
        try await assertFresh(ida.id!, "worked out again")
    }

    func testTheCheckFindsASummaryThatDiffersFromItsRecordsAndRebuildsIt() async throws {
        try await refresh()
        let first = try await ProgrammeSummaries.check(now: testNow, on: app.db)
        XCTAssertEqual(first.differences.count, 0)
        let ida = try await programme(of: "ida")
        // Nothing in the product writes a summary but its lists; a hand in the database might.
        try await app.db.sql().raw("UPDATE programme_summaries SET alerts = '', alert_count = 0 WHERE programme_id = \(bind: ida.id!)").run()
        let second = try await ProgrammeSummaries.check(now: testNow, on: app.db)
        XCTAssertEqual(second.differences.map(\.programme), [ida.id!])
        let third = try await ProgrammeSummaries.check(now: testNow, on: app.db)
        XCTAssertEqual(third.differences.count, 0, "rebuilt")
        let programmes = try await Programme.query(on: app.db).count()
        XCTAssertEqual(third.checked, programmes)
    }

    /// A new day can change a summary without any write (a meeting becomes overdue): the list
    /// works out again every summary not made for the organisation's today.
    func testANewDayIsWorkedOutAgain() async throws {
        try await refresh()
        let ida = try await programme(of: "ida")
        let organisation = try await organisation
        let tomorrow = testNow.addingTimeInterval(86_400)
        try await ProgrammeSummaries.refresh(organisation: organisation.id!, timeZone: organisation.timeZone, now: tomorrow, on: app.db)
        let computed = try await kept(ida.id!)?.computedFor
        XCTAssertEqual(computed, LocalDate(tomorrow, in: organisation.timeZone).iso)
    }

    /// A summary is for today or, once its programme ended, for always; any other day is stale,
    /// before today or after it (a clock set back), and is worked out again.
    func testOnlyTodaysAndEndedSummariesAreTakenAsTheyAre() async throws {
        try await refresh()
        let ida = try await programme(of: "ida")
        let organisation = try await organisation
        let today = LocalDate(testNow, in: organisation.timeZone)
        for day in [today.adding(days: -1), today.adding(days: 1), today.adding(months: 20)] {
            try await app.db.sql().raw("UPDATE programme_summaries SET computed_for = \(bind: day.iso) WHERE programme_id = \(bind: ida.id!)").run()
            try await refresh()
            let computed = try await kept(ida.id!)?.computedFor
            XCTAssertEqual(computed, today.iso, "kept for \(day.iso)")
        }
        let ended = try await app.db.sql().raw("SELECT COUNT(*) AS n FROM programme_summaries WHERE computed_for = \(bind: ProgrammeSummaries.always)")
            .plainRows().first?.int("n")
        let endedProgrammes = try await Programme.query(on: app.db).filter(\.$endedAt != nil).count()
        XCTAssertEqual(ended, endedProgrammes, "an ended programme's summary holds for always")
    }

    /// The key the database orders the overview by gives the order `Alerts.moreUrgent` gives.
    func testTheUrgencyKeySortsAsTheAlertsDo() {
        var generator = SystemRandomNumberGenerator()
        let kinds = AlertKind.allCases
        let summaries: [(ProgrammeSummary, LocalDate, Date?)] = (0..<400).map { _ in
            let id = UUID()
            let alerts = Alerts.ordered((0..<Int.random(in: 0...3, using: &generator)).map { _ in
                ProgrammeAlert(kind: kinds.randomElement(using: &generator)!, programme: id, count: Int.random(in: -40...90, using: &generator))
            })
            let ended: Date? = Bool.random(using: &generator) && alerts.isEmpty ? testNow.addingTimeInterval(-Double.random(in: 0...9e7)) : nil
            let stage = ProgrammeStage(part: ended != nil || (alerts.isEmpty && Bool.random()) ? .finished : .mentoring, phase: nil)
            let firstDay = LocalDate(year: 2025, month: Int.random(in: 1...12), day: Int.random(in: 1...28))
            return (ProgrammeSummary(stage: stage, nextMeeting: nil, closingMeeting: nil, closingStartsAt: nil, alerts: alerts), firstDay, ended)
        }
        func expectedBefore(_ a: (ProgrammeSummary, LocalDate, Date?), _ b: (ProgrammeSummary, LocalDate, Date?)) -> Bool? {
            if Alerts.moreUrgent(a.0.alerts, than: b.0.alerts) { return true }
            if Alerts.moreUrgent(b.0.alerts, than: a.0.alerts) { return false }
            let finished = (a.0.stage.part == .finished, b.0.stage.part == .finished)
            if finished.0 != finished.1 { return finished.1 }
            if (a.2 == nil) != (b.2 == nil) { return a.2 == nil }
            if let x = a.2, let y = b.2, Int(x.timeIntervalSince1970) != Int(y.timeIntervalSince1970) { return x > y }
            if a.1 != b.1 { return a.1 < b.1 }
            return nil
        }
        for (a, b) in zip(summaries, summaries.shuffled()) {
            guard let before = expectedBefore(a, b) else { continue }
            let keys = (a.0.urgencyKey(firstDay: a.1, endedAt: a.2), b.0.urgencyKey(firstDay: b.1, endedAt: b.2))
            XCTAssertEqual(keys.0 < keys.1, before, "\(a.0.alerts) \(a.2 as Any) vs \(b.0.alerts) \(b.2 as Any)")
            XCTAssertTrue(keys.0.allSatisfy(\.isNumber))
        }
    }

    func testAlertsSurviveTheirColumn() {
        let id = UUID()
        let alerts = [ProgrammeAlert(kind: .mentorChangeAsked, programme: id), ProgrammeAlert(kind: .noMeetingForAMonth, programme: id, count: 45),
                      ProgrammeAlert(kind: .developmentTalkDue, programme: id, count: -12), ProgrammeAlert(kind: .checklistWaiting, programme: id, count: 3)]
        let summary = ProgrammeSummary(stage: .init(part: .mentoring, phase: .learning), nextMeeting: nil, closingMeeting: nil,
                                       closingStartsAt: nil, alerts: alerts)
        XCTAssertEqual(ProgrammeSummary.alerts(from: summary.alertsText, programme: id), alerts)
        XCTAssertEqual(ProgrammeSummary.alerts(from: "", programme: id), [])
        XCTAssertEqual(ProgrammeSummary.alerts(from: nil, programme: id), [])
        XCTAssertEqual(ProgrammeSummary.alerts(from: "x:1", programme: id), [], "not a column this code wrote")
    }
}
