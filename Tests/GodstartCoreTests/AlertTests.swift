import XCTest
@testable import GodstartCore

final class AlertTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 11, day: 23)

    func testAProgrammeGoesQuietAfterAMonthWithoutAMeeting() {
        XCTAssertNil(Alerts.quietFor(lastHeld: today.adding(days: -29), firstDay: today.adding(days: -200), today: today))
        XCTAssertEqual(Alerts.quietFor(lastHeld: today.adding(days: -30), firstDay: today.adding(days: -200), today: today), 30)
        XCTAssertNil(Alerts.quietFor(lastHeld: nil, firstDay: today.adding(days: -10), today: today), "a new programme is not quiet")
        XCTAssertEqual(Alerts.quietFor(lastHeld: nil, firstDay: today.adding(days: -45), today: today), 45)
        XCTAssertNil(Alerts.quietFor(lastHeld: nil, firstDay: today.adding(days: 40), today: today), "not started yet")
    }

    func testADevelopmentTalkIsDueInItsLastMonthUntilHeld() {
        XCTAssertNil(Alerts.talkDueIn(talk: today.adding(days: 31), held: false, today: today))
        XCTAssertEqual(Alerts.talkDueIn(talk: today.adding(days: 30), held: false, today: today), 30)
        XCTAssertEqual(Alerts.talkDueIn(talk: today.adding(days: -3), held: false, today: today), -3)
        XCTAssertNil(Alerts.talkDueIn(talk: today.adding(days: -3), held: true, today: today))
        XCTAssertNil(Alerts.talkDueIn(talk: nil, held: false, today: today))
    }

    func testTheMostUrgentComeFirst() {
        let a = UUID(), b = UUID(), c = UUID()
        let ordered = Alerts.ordered([
            ProgrammeAlert(kind: .checklistWaiting, programme: a, count: 3),
            ProgrammeAlert(kind: .developmentTalkDue, programme: a, count: 20),
            ProgrammeAlert(kind: .developmentTalkDue, programme: b, count: 2),
            ProgrammeAlert(kind: .meetingsOverdue, programme: c, count: 1),
            ProgrammeAlert(kind: .meetingsOverdue, programme: b, count: 4),
            ProgrammeAlert(kind: .mentorChangeAsked, programme: c),
        ])
        XCTAssertEqual(ordered.map(\.kind), [.mentorChangeAsked, .meetingsOverdue, .meetingsOverdue, .developmentTalkDue,
                                             .developmentTalkDue, .checklistWaiting])
        XCTAssertEqual(ordered[1].programme, b, "more overdue meetings first")
        XCTAssertEqual(ordered[3].programme, b, "the nearer talk first")
    }

    // MARK: One programme's alerts from its facts (`Alerts.of`), as every list and the Monday mail take them

    let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!
    var now: Date { today.instant(at: .init(hour: 10), in: copenhagen) }

    func facts(firstDay: LocalDate, meetings: [MeetingFact], ended: Bool = false, mentoringStartedAt: Date? = nil) -> ProgrammeFacts {
        ProgrammeFacts(id: UUID(), members: ProgrammeMembers(organisation: UUID(), newcomer: UUID(), contactPerson: UUID(), mentor: UUID(),
                                                             buddy: nil, manager: UUID()),
                       firstDay: firstDay, mentoringStartedAt: mentoringStartedAt, ended: ended, timeZone: copenhagen, meetings: meetings)
    }

    func meeting(_ kind: MeetingKind, _ day: LocalDate, held: Bool = false, cancelled: Bool = false) -> MeetingFact {
        MeetingFact(kind: kind, startsAt: day.instant(at: .init(hour: 9), in: copenhagen), held: held, cancelled: cancelled)
    }

    func alerts(_ facts: ProgrammeFacts, _ attention: AttentionFacts = .init()) -> [ProgrammeAlert] {
        Alerts.of(facts, ProgrammeSituation.of(facts, at: now), attention: attention)
    }

    func testAMentoringWithOverdueAndTooFewPlannedMeetingsRaisesBoth() {
        // In the mentoring (started four months ago), the last held meeting six weeks back, one meeting
        // overdue, one ahead, the closing meeting months away.
        let programme = facts(firstDay: today.adding(days: -200), meetings: [
            meeting(.introductionClosing, today.adding(days: -120), held: true),
            meeting(.mentoringStart, today.adding(days: -119), held: true),
            meeting(.dialogueMeeting, today.adding(days: -42), held: true),
            meeting(.dialogueMeeting, today.adding(days: -3)),
            meeting(.dialogueMeeting, today.adding(days: 20)),
            meeting(.mentoringClosing, today.adding(days: 120)),
            meeting(.developmentTalk, today.adding(days: 160)),
        ])
        let found = alerts(programme, AttentionFacts(mentorChangeAsked: true, checklistWaiting: 2))
        XCTAssertEqual(found.map(\.kind), [.mentorChangeAsked, .noMeetingForAMonth, .meetingsOverdue, .fewerThanTwoPlanned, .checklistWaiting])
        XCTAssertEqual(found.first { $0.kind == .noMeetingForAMonth }?.count, 42)
        XCTAssertEqual(found.first { $0.kind == .meetingsOverdue }?.count, 1)
        XCTAssertTrue(found.allSatisfy { $0.programme == programme.id })
    }

    func testAFinishedProgrammeRaisesNothing() {
        let ended = facts(firstDay: today.adding(days: -400), meetings: [meeting(.dialogueMeeting, today.adding(days: -300))], ended: true)
        XCTAssertEqual(alerts(ended, AttentionFacts(mentorChangeAsked: true, evaluationOverdue: true, checklistWaiting: 4)), [])
        let talkHeld = facts(firstDay: today.adding(days: -400), meetings: [meeting(.developmentTalk, today.adding(days: -5), held: true)])
        XCTAssertEqual(alerts(talkHeld), [])
    }

    func testTheDevelopmentTalkIsDueFromItsLastMonthAndACancelledOneDoesNotCount() {
        let programme = facts(firstDay: today.adding(days: -330), meetings: [
            meeting(.mentoringClosing, today.adding(days: -10), held: true),
            meeting(.developmentTalk, today.adding(days: 5), cancelled: true),
            meeting(.developmentTalk, today.adding(days: 12)),
        ])
        let found = alerts(programme)
        XCTAssertEqual(found.first { $0.kind == .developmentTalkDue }?.count, 12, "the talk that is not cancelled")
    }

    func testProgrammesAreOrderedByTheirMostUrgentAlert() {
        let a = UUID(), b = UUID()
        let asked = [ProgrammeAlert(kind: .mentorChangeAsked, programme: a)]
        let overdueTwice = [ProgrammeAlert(kind: .meetingsOverdue, programme: b, count: 2)]
        let overdueOnce = [ProgrammeAlert(kind: .meetingsOverdue, programme: b, count: 1), ProgrammeAlert(kind: .checklistWaiting, programme: b, count: 9)]
        XCTAssertTrue(Alerts.moreUrgent(asked, than: overdueTwice))
        XCTAssertFalse(Alerts.moreUrgent(overdueTwice, than: asked))
        XCTAssertTrue(Alerts.moreUrgent(overdueTwice, than: overdueOnce), "more meetings overdue first")
        XCTAssertTrue(Alerts.moreUrgent(overdueOnce, than: []), "any alert before none")
        XCTAssertFalse(Alerts.moreUrgent([], than: []))
        XCTAssertFalse(Alerts.moreUrgent(asked, than: asked), "a strict order: never before itself")
    }
}

final class AlertCursorTests: XCTestCase {
    func testEveryAlertHasOnePlaceAndItsCursorNamesIt() {
        let a = UUID(), b = UUID()
        let alerts = [ProgrammeAlert(kind: .developmentTalkDue, programme: a, count: -3), ProgrammeAlert(kind: .meetingsOverdue, programme: b, count: 2),
                      ProgrammeAlert(kind: .meetingsOverdue, programme: a, count: 2), ProgrammeAlert(kind: .developmentTalkDue, programme: b, count: 12)]
        let placed = Alerts.inPlaces(alerts)
        XCTAssertEqual(Alerts.inPlaces(placed.reversed()), placed, "one order, whatever order they came in")
        XCTAssertEqual(placed.map(\.kind), [.meetingsOverdue, .meetingsOverdue, .developmentTalkDue, .developmentTalkDue])
        for alert in alerts {
            XCTAssertEqual(ProgrammeAlert(cursor: alert.cursor), alert, alert.cursor)
            XCTAssertNotNil(ApiPage.read(limit: "2", offset: nil, after: alert.cursor), "a cursor passes as one")
        }
        for text in ["", "1-2", "x-2-\(a.uuidString)", "1-x-\(a.uuidString)", "99-2-\(a.uuidString)", "1-2-nothing"] {
            XCTAssertNil(ProgrammeAlert(cursor: text), text)
        }
        XCTAssertEqual(ApiPage.read(limit: "2", offset: "3", after: a.uuidString), ApiPage(limit: 2, offset: 3, after: a.uuidString),
                       "the offset counts from the cursor")
        for alert in alerts {
            XCTAssertNotNil(alert.cursor.range(of: ApiPage.alertCursorPattern, options: .regularExpression), alert.cursor)
        }
        XCTAssertNotNil(a.uuidString.range(of: ApiPage.idCursorPattern, options: .regularExpression))
        XCTAssertNil(ApiPage.read(limit: "2", offset: nil, after: "a b"))
        XCTAssertNil(ApiPage.read(limit: "2", offset: nil, after: String(repeating: "a", count: 101)))
    }
}

final class ApiPageSliceTests: XCTestCase {
    let ids = (0..<7).map { _ in UUID() }.sorted(by: UUIDOrder.precedes)

    func testAShortListIsReadAfterItsCursor() throws {
        let first = try XCTUnwrap(ApiPage(limit: 3).slice(ids, id: { $0 }))
        XCTAssertEqual(first.items, Array(ids[0..<3]))
        XCTAssertEqual(first.continueAfter, ids[2])
        let second = try XCTUnwrap(ApiPage(limit: 3, after: ids[2].uuidString.lowercased()).slice(ids, id: { $0 }))
        XCTAssertEqual(second.items, Array(ids[3..<6]))
        let last = try XCTUnwrap(ApiPage(limit: 3, after: ids[5].uuidString).slice(ids, id: { $0 }))
        XCTAssertEqual(last.items, [ids[6]])
        XCTAssertNil(last.continueAfter, "the last page links nowhere")
        XCTAssertEqual(ApiPage(limit: 3, offset: 5).slice(ids, id: { $0 })?.items, Array(ids[5...]))
        XCTAssertNil(ApiPage(limit: 7).slice(ids, id: { $0 })?.continueAfter, "exactly one page")
        XCTAssertEqual(try XCTUnwrap(ApiPage(limit: 7).slice(ids.reversed(), id: { $0 })).items, ids, "in id order")
        let anyID = UUID()
        let afterAny = try XCTUnwrap(ApiPage(limit: 7, after: anyID.uuidString).slice(ids, id: { $0 }), "any id is a cursor")
        XCTAssertEqual(afterAny.items, ids.filter { UUIDOrder.precedes(anyID, $0) })
        XCTAssertNil(ApiPage(limit: 3, after: "nonsense").slice(ids, id: { $0 }), "not an id")
    }
}
