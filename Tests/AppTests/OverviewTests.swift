import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class OverviewTests: AppTestCase {
    let t = Language.da.texts

    func testTheCoordinatorFiltersTheOverviewByUnitAndPart() async throws {
        let marianne = try await signedIn("marianne")
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let byUnit = try await marianne.get(SiteURL.programmes.path + "?unit=\(unit.id!.uuidString.lowercased())&part=")
        XCTAssertEqual(byUnit.status, .ok)
        XCTAssertTrue(byUnit.contains("Emma Rasmussen") && byUnit.contains("Ida Christensen"))
        XCTAssertFalse(byUnit.contains("Jonas Poulsen"), "Jonas is in another unit")
        XCTAssertTrue(byUnit.contains("<option value=\"\(unit.id!.uuidString.lowercased())\" selected>"), "the filter shows what was chosen")

        let mentoring = try await marianne.get(SiteURL.programmes.path + "?unit=&part=mentoring")
        XCTAssertTrue(mentoring.contains("Ida Christensen"))
        for name in ["Emma Rasmussen", "Jonas Poulsen", "Laura Thomsen", "Frederik Larsen"] {
            XCTAssertFalse(mentoring.contains(">\(name)<"), name)
        }
        let finished = try await marianne.get(SiteURL.programmes.path + "?part=finished")
        XCTAssertTrue(finished.contains("Frederik Larsen"))

        let none = try await marianne.get(SiteURL.programmes.path + "?unit=\(unit.id!.uuidString)&part=finished")
        XCTAssertTrue(none.contains(HTMLEscape.text(t.noProgrammesMatch)))
        let nonsense = try await marianne.get(SiteURL.programmes.path + "?unit=nowhere&part=someday")
        XCTAssertTrue(nonsense.contains("Jonas Poulsen") && nonsense.contains("Emma Rasmussen"), "unknown filters show everything")
    }

    /// Each line's next meeting and the coming closing meetings are read with their programmes in
    /// the overview's statements: they must be the meetings the programmes' own records name.
    func testTheOverviewShowsEachProgrammesNextMeetingAndTheComingClosings() async throws {
        let marianne = try await person("marianne")
        let organisation = try await marianne.$organisation.get(on: app.db)
        let programmes = try await Programme.query(on: app.db).filter(\.$organisation.$id == organisation.requireID()).all()
        let views = try await ProgrammeQueries.views(of: programmes, on: app.db).map { $0.situated(at: testNow) }
        let byID = Dictionary(uniqueKeysWithValues: views.map { ($0.id, $0) })
        let horizon = testNow.addingTimeInterval(Double(EvaluationRules.closingInvitationWeeks) * 7 * 86_400)

        // Now, and a week before a running programme's closing meeting.
        let closingAhead = try XCTUnwrap(views.filter { $0.programme.endedAt == nil }
            .flatMap { $0.meetings.filter { $0.meetingKind == .mentoringClosing && $0.startsAt > testNow } }.map(\.startsAt).min())
        var nextMeetings = 0
        var closings = 0
        for now in [testNow, closingAhead.addingTimeInterval(-7 * 86_400)] {
            let overview = try await OverviewQuery.run(organisation: organisation.requireID(), timeZone: organisation.timeZone,
                                                       filter: .init(), now: now, on: app.db)
            XCTAssertFalse(overview.rows.isEmpty)
            for row in overview.rows {
                let view = try XCTUnwrap(byID[row.id])
                let expected = view.situated(at: now).nextMeeting(now: now)
                XCTAssertEqual(row.nextMeeting?.id, expected?.id, row.newcomerName)
                XCTAssertEqual(row.nextMeeting?.fact, expected?.fact, row.newcomerName)
                XCTAssertEqual(row.nextMeeting?.place, expected?.place, row.newcomerName)
                if row.nextMeeting != nil { nextMeetings += 1 }
            }
            let window = now ... now.addingTimeInterval(horizon.timeIntervalSince(testNow))
            let expected = views.flatMap { view in
                view.meetings.filter { $0.meetingKind == .mentoringClosing && window.contains($0.startsAt) && view.programme.endedAt == nil }
                    .map { (name: view.newcomer?.name ?? "", id: $0.id) }
            }
            XCTAssertEqual(Set(overview.closings.map { "\($0.name) \($0.meeting.id!)" }), Set(expected.map { "\($0.name) \($0.id!)" }))
            closings += overview.closings.count
        }
        XCTAssertGreaterThan(nextMeetings, 0, "the demo's programmes have meetings ahead")
        XCTAssertGreaterThan(closings, 0, "some closing meeting falls in the coming weeks")
    }

    func testTheAlertListPutsTheMostUrgentFirst() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programmes.path)
        guard let start = page.body.range(of: "id=\"alerts-heading\""),
              let end = page.body.range(of: "</section>", range: start.upperBound..<page.body.endIndex) else {
            return XCTFail("no alert list")
        }
        let section = String(page.body[start.upperBound..<end.lowerBound])
        // The demo leaves Ida's latest meeting unmarked and Jonas with one checklist item waiting.
        let overdue = try XCTUnwrap(section.range(of: HTMLEscape.text(t.overdueMeetings(1))))
        let waiting = try XCTUnwrap(section.range(of: HTMLEscape.text(t.checklistWaitingFlag(1))))
        XCTAssertLessThan(overdue.lowerBound, waiting.lowerBound, "an overdue meeting before a waiting item")
        XCTAssertFalse(section.contains("Frederik Larsen"), "a finished programme needs nothing")
    }

    func testTheOverviewReadsTheRunningAndTheLatelyEndedNotTheWholeHistory() async throws {
        let frederik = try await programme(of: "frederik")
        frederik.endedAt = testNow.addingTimeInterval(-Double(OverviewQuery.endedShownForDays + 1) * 86_400)
        try await frederik.update(on: app.db)
        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programmes.path)
        XCTAssertFalse(overview.contains(">Frederik Larsen<"), "ended long ago: not in the everyday overview")
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.overviewEndedHint(months: 18))))
        XCTAssertTrue(overview.contains("Emma Rasmussen"))
        let finished = try await marianne.get(SiteURL.programmes.path + "?part=finished")
        XCTAssertTrue(finished.contains("Frederik Larsen"), "still found under finished")
    }

    func testAManagerReadsTheirOwnNewHiresNotTheWholeOverview() async throws {
        let henrik = try await signedIn("henrik")
        let overview = try await henrik.get(SiteURL.programmes.path)
        XCTAssertEqual(overview.status, .notFound)
        let team = try await henrik.get(SiteURL.team.path)
        XCTAssertEqual(team.status, .ok)
    }

    /// The pages that show a programme's unit read its name themselves (the other pages of a
    /// programme do not read units at all): the manager's home and the programme page name it.
    func testTheManagersHomeAndTheProgrammePageNameTheUnit() async throws {
        let ida = try await programme(of: "ida")
        let found = try await OrganisationUnit.find(ida.$unit.id, on: app.db)
        let unit = try XCTUnwrap(found)
        let henrik = try await signedIn("henrik")
        let team = try await henrik.get(SiteURL.team.path)
        XCTAssertTrue(team.contains(HTMLEscape.text(unit.name)), "the manager's home")
        let page = try await henrik.get(SiteURL.programme(ida.id).path)
        XCTAssertTrue(page.contains("<dd>\(HTMLEscape.text(unit.name))</dd>"), "the programme page")
    }

    func testHoldingTheDevelopmentTalkEndsTheProgramme() async throws {
        let ida = try await programme(of: "ida")
        let mentoringBefore = try await AssignmentCandidates.load(ida.$organisation.id, now: testNow, on: app.db).candidates[ida.$mentor.id]?.mentoring
        let talk = try await meetings(of: "ida", .developmentTalk).first!
        talk.startsAt = testNow.addingTimeInterval(-3600)
        try await talk.update(on: app.db)
        let henrik = try await signedIn("henrik")
        let held = try await henrik.post(SiteURL.meetingHeld(talk.id).path, ["held": "yes"])
        XCTAssertEqual(held.status, .seeOther)
        let ended = try await Programme.find(ida.id, on: app.db)!
        XCTAssertEqual(ended.endedAt, testNow, "the talk held ends the programme")
        let mentoringAfter = try await AssignmentCandidates.load(ida.$organisation.id, now: testNow, on: app.db).candidates[ida.$mentor.id]?.mentoring
        XCTAssertEqual(mentoringAfter, (mentoringBefore ?? 0) - 1, "her mentor is free for another new hire")
        let marianne = try await signedIn("marianne")
        let finished = try await marianne.get(SiteURL.programmes.path + "?part=finished")
        XCTAssertTrue(finished.contains("Ida Christensen"))
    }

    // MARK: A page at a time, the most urgent first (issue 24)

    /// The new hires' names in the overview's table, in order.
    func names(in page: TestBrowser.Page) -> [String] {
        page.tableRows.compactMap { row in
            guard let link = row.range(of: "/programmes/"), let open = row.range(of: ">", range: link.upperBound..<row.endIndex),
                  let close = row.range(of: "</a>", range: open.upperBound..<row.endIndex) else { return nil }
            return String(row[open.upperBound..<close.lowerBound])
        }
    }

    func testTheOverviewShowsFiftyAPageAndEveryProgrammeOnce() async throws {
        let coordinator = try await municipality(staff: 400, activeProgrammes: 70, seed: 7, signedInAs: "tovholder")
        let first = try await coordinator.get(SiteURL.programmes.path)
        XCTAssertEqual(first.status, .ok)
        let firstNames = names(in: first)
        XCTAssertEqual(firstNames.count, OverviewQuery.pageSize)
        let pages = try XCTUnwrap((2...20).first { first.contains(HTMLEscape.text(t.pageOf(1, pages: $0))) }, "which page of how many")
        XCTAssertTrue(first.contains("rel=\"next\""))
        XCTAssertFalse(first.contains("rel=\"prev\""))

        var seen = firstNames
        var number = 2
        while true {
            let page = try await coordinator.get(SiteURL.programmes.path + "?page=\(number)")
            let found = names(in: page)
            seen += found
            if !page.contains("rel=\"next\"") { break }
            XCTAssertEqual(found.count, OverviewQuery.pageSize)
            number += 1
        }
        let organisation = try await Organisation.query(on: app.db).filter(\.$slug == "kommune-001").first()!
        let lately = testNow.addingTimeInterval(-Double(OverviewQuery.endedShownForDays) * 86_400)
        let expected = try await Programme.query(on: app.db).filter(\.$organisation.$id == organisation.id!)
            .group(.or) { $0.filter(\.$endedAt == nil).filter(\.$endedAt >= lately) }.with(\.$newcomer).all()
        XCTAssertGreaterThan(expected.count, 100)
        XCTAssertEqual(seen.count, expected.count, "every programme on one page, none twice")
        XCTAssertEqual(Set(seen), Set(expected.map(\.newcomer.name)))
        XCTAssertTrue(first.contains(HTMLEscape.text(t.rowsShown(from: 1, to: 50, of: expected.count))))

        // The counts by part add up to the programmes listed.
        var total = 0
        for part in ProgrammeStage.Part.allCases {
            let label = HTMLEscape.text("\(t.part(part)) (")
            let option = try XCTUnwrap(first.body.range(of: label), "\(part)")
            let digits = first.body[option.upperBound...].prefix { $0.isNumber }
            total += Int(digits) ?? 0
        }
        XCTAssertEqual(total, expected.count)

        // A page past the last shows the last; nonsense shows the first.
        let past = try await coordinator.get(SiteURL.programmes.path + "?page=999")
        XCTAssertEqual(number, pages)
        let last = try await coordinator.get(SiteURL.programmes.path + "?page=\(number)")
        XCTAssertEqual(names(in: past), names(in: last))
        let nonsense = try await coordinator.get(SiteURL.programmes.path + "?page=x")
        XCTAssertEqual(names(in: nonsense), firstNames)
    }

    func testTheProgrammesWithTheMostUrgentAlertsComeFirst() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programmes.path)
        let order = names(in: page)
        // Ida's latest meeting is overdue, Jonas has an item waiting, Emma (starts next week) has nothing.
        let ida = try XCTUnwrap(order.firstIndex(of: "Ida Christensen"))
        let jonas = try XCTUnwrap(order.firstIndex(of: "Jonas Poulsen"))
        let emma = try XCTUnwrap(order.firstIndex(of: "Emma Rasmussen"))
        XCTAssertLessThan(ida, jonas)
        XCTAssertLessThan(jonas, emma)
        XCTAssertEqual(order.last, "Frederik Larsen", "a finished programme needs nothing: last")
    }

    func testTheCoordinatorFindsANewHireByPartOfTheName() async throws {
        let marianne = try await signedIn("marianne")
        for query in ["ida", "CHRISTENSEN", "Ida%20Chr"] {
            let found = try await marianne.get(SiteURL.programmes.path + "?q=\(query)")
            XCTAssertEqual(names(in: found), ["Ida Christensen"], query)
            XCTAssertTrue(found.contains("value=\"\(query.removingPercentEncoding!)\""), "the search stays in its field")
        }
        let nobody = try await marianne.get(SiteURL.programmes.path + "?q=Zacharias")
        XCTAssertEqual(names(in: nobody), [])
        XCTAssertTrue(nobody.contains(HTMLEscape.text(t.noProgrammesMatch)))
        let hostile = try await marianne.get(SiteURL.programmes.path + "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%25%27%22")
        XCTAssertEqual(hostile.status, .ok)
        XCTAssertFalse(hostile.body.contains("<script>alert(1)"), "the search is shown escaped")
    }

    /// The overview reads plain rows; the programme's own pages and the Monday mail work from its
    /// records. Both must find the same alerts.
    func testTheOverviewFindsTheSameAlertsAsTheProgrammesOwnRecords() async throws {
        let organisation = try await person("marianne").$organisation.get(on: app.db)
        for now in [testNow, testNow.addingTimeInterval(-90 * 86_400), testNow.addingTimeInterval(60 * 86_400)] {
            let files = try await ProgrammeQueries.files(ProgrammeQueries.running(of: organisation.id!, on: app.db), on: app.db)
            let attention = try await AttentionRows.load(files.map { ($0.facts, $0.situation(at: now)) }, on: app.db)
            let fromRecords = Alerts.ordered(files.flatMap { $0.alerts(now: now, attention: attention[$0.id] ?? .init()) })
            let fromRows = try await OverviewQuery.alerts(organisation: organisation.id!, timeZone: organisation.timeZone, now: now, on: app.db)
            if now == testNow { XCTAssertFalse(fromRows.isEmpty) }
            XCTAssertEqual(Set(fromRows.map { "\($0.programme) \($0.kind) \($0.count)" }),
                           Set(fromRecords.map { "\($0.programme) \($0.kind) \($0.count)" }), "\(now)")
        }
    }

    func testTheCoordinatorSeesAProgrammesAlertsOnItsPageAndItsPeopleDoNot() async throws {
        let ida = try await programme(of: "ida")
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programme(ida.id).path)
        XCTAssertTrue(page.contains("<dt>\(HTMLEscape.text(t.alertsHeading))</dt>"))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.overdueMeetings(1))), "the same alert as in the overview")
        let mentor = try await Person.find(ida.$mentor.id, on: app.db)!
        let browser = browser()
        try await browser.signIn(mentor.email)
        let own = try await browser.get(SiteURL.programme(ida.id).path)
        XCTAssertEqual(own.status, .ok)
        XCTAssertFalse(own.contains("<dt>\(HTMLEscape.text(t.alertsHeading))</dt>"), "the coordinator's list, not the mentor's")
    }
}
