import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class GatheringAppTests: AppTestCase {
    let t = Language.da.texts

    func plan(_ overrides: [String: String] = [:]) async throws -> (TestBrowser, TestBrowser.Page) {
        let marianne = try await signedIn("marianne")
        var fields = ["kind": "groupSessions", "title": "", "firstDay": "11.1.2027", "time": "13:00", "everyWeeks": "",
                      "count": "", "minutes": "", "place": "Mødelokale 2"]
        for (key, value) in overrides { fields[key] = value }
        return (marianne, try await marianne.post(SiteURL.gatherings.path, fields))
    }

    /// The series a plan created: the one its redirect leads to.
    func series(_ created: TestBrowser.Page) async throws -> GatheringSeries {
        let id = created.location.flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) }
        return try await GatheringSeries.find(try XCTUnwrap(id), on: app.db)!
    }

    func testTheCoordinatorPlansTheSixThemesAndInvitesNewHiresAndMentors() async throws {
        let (marianne, created) = try await plan()
        XCTAssertEqual(created.status, .seeOther)
        let page = try await marianne.follow(created)
        for theme in StockholmTheme.allCases { XCTAssertTrue(page.contains(HTMLEscape.text(t.stockholmTheme(theme))), theme.rawValue) }
        XCTAssertTrue(page.contains(HTMLEscape.text(t.stockholmReading(.riskAndNeeds))))
        let series = try await series(created)
        let meetings = try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).sort(\.$startsAt).all()
        XCTAssertEqual(meetings.count, 6)
        XCTAssertEqual(LocalDate(meetings[1].startsAt, in: TimeZone(identifier: "Europe/Copenhagen")!).iso, "2027-02-01", "three weeks apart")
        let invited = try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).all()
        let running = try await Programme.query(on: app.db).filter(\.$endedAt == nil).all()
        XCTAssertEqual(Set(invited.map { $0.$person.id }), Set(running.map { $0.$newcomer.id } + running.map { $0.$mentor.id }))
        XCTAssertFalse(invited.contains { $0.$person.id == running.first!.$manager.id }, "managers are not invited to group sessions")

        let again = try await marianne.post(SiteURL.gatheringInvitations(series.id).path, [:])
        XCTAssertEqual(again.status, .seeOther)
        let count = try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).count()
        XCTAssertEqual(count, invited.count, "inviting again invites nobody twice")
    }

    func testBadInputIsExplainedAndKept() async throws {
        let before = try await GatheringSeries.query(on: app.db).count()
        let (_, refused) = try await plan(["firstDay": "32.1.2027", "everyWeeks": "0", "place": "Stillerummet"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorDate)))
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorNumberBetween(1, 26))))
        XCTAssertTrue(refused.contains("value=\"32.1.2027\""))
        XCTAssertTrue(refused.contains("value=\"Stillerummet\""))
        let count = try await GatheringSeries.query(on: app.db).count()
        XCTAssertEqual(count, before)
    }

    func testTheInvitedReadTheSeriesAndOthersDoNot() async throws {
        let series = try await series(try await plan().1)
        let emma = try await signedIn("emma")
        let list = try await emma.get(SiteURL.gatherings.path)
        XCTAssertTrue(list.contains(HTMLEscape.text(series.title)))
        let page = try await emma.get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.contains(SiteURL.gatheringAttendance(nil).path.replacingOccurrences(of: ":id/attendance", with: "")),
                       "no attendance links for a participant")
        let rasmus = try await signedIn("rasmus")
        let refused = try await rasmus.get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertEqual(refused.status, .notFound)
        let nothing = try await rasmus.get(SiteURL.gatherings.path)
        XCTAssertTrue(nothing.contains(HTMLEscape.text(t.notInvitedToGatherings)))
        let meeting = try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).first()!
        let edit = try await emma.get(SiteURL.gatheringMeeting(meeting.id).path)
        XCTAssertEqual(edit.status, .notFound)
    }

    func testTheCoordinatorAdaptsAMeetingAndRecordsWhoCame() async throws {
        let (marianne, created) = try await plan()
        let meeting = try await Gathering.query(on: app.db).filter(\.$series.$id == (try await series(created)).id!).sort(\.$startsAt).first()!
        let bad = try await marianne.post(SiteURL.gatheringMeeting(meeting.id).path,
                                          ["theme": "Underretninger i praksis", "reading": "", "date": "2027-01-12", "time": "25:00",
                                           "minutes": "120", "place": ""])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains("value=\"Underretninger i praksis\""))
        let saved = try await marianne.post(SiteURL.gatheringMeeting(meeting.id).path,
                                            ["theme": "Underretninger i praksis", "reading": "", "date": "2027-01-12", "time": "9:30",
                                             "minutes": "90", "place": "Kantinen"])
        XCTAssertEqual(saved.status, .seeOther)
        let changed = try await Gathering.find(meeting.id, on: app.db)!
        XCTAssertEqual(changed.theme, "Underretninger i praksis")
        XCTAssertNil(changed.reading)
        XCTAssertEqual(changed.minutes, 90)

        let emmaID = try await person("emma").id!
        let rasmusID = try await person("rasmus").id!
        let recorded = try await marianne.post(SiteURL.gatheringAttendance(meeting.id).path,
                                               pairs: [("came[]", emmaID.uuidString), ("came[]", rasmusID.uuidString)])
        XCTAssertEqual(recorded.status, .seeOther)
        let came = try await GatheringAttendance.query(on: app.db).filter(\.$gathering.$id == meeting.id!).all().map { $0.$person.id }
        XCTAssertEqual(came, [emmaID], "only the invited can be recorded")
    }

    func testTheGroupEvaluationOpensAtTheLastMeetingAndTheCoordinatorSeesItWithoutNames() async throws {
        let (marianne, created) = try await plan()
        let series = try await series(created)
        let emma = try await signedIn("emma")
        let early = try await emma.get(SiteURL.gatheringEvaluation(series.id).path)
        XCTAssertEqual(early.status, .notFound, "not before the last meeting")
        // The last meeting was yesterday: the evaluation is open for two weeks.
        let meetings = try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).all()
        func moveSeries(lastMeetingDaysAgo days: Double) async throws {
            let shift = testNow.addingTimeInterval(-days * 86_400).timeIntervalSince(meetings.map(\.startsAt).max()!)
            for meeting in meetings {
                meeting.startsAt = meeting.startsAt.addingTimeInterval(shift)
                try await meeting.update(on: app.db)
            }
        }
        try await moveSeries(lastMeetingDaysAgo: 1)
        let missing = try await emma.post(SiteURL.gatheringEvaluation(series.id).path, ["worked": "Casene", "change": ""])
        XCTAssertEqual(missing.status, .unprocessableEntity)
        XCTAssertTrue(missing.contains(HTMLEscape.text(t.errorGroupRatingMissing)))
        XCTAssertTrue(missing.contains("Casene"))
        let saved = try await emma.post(SiteURL.gatheringEvaluation(series.id).path, ["rating": "4", "worked": "Casene fra hverdagen", "change": ""])
        XCTAssertEqual(saved.status, .seeOther)

        let few = try await marianne.get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertTrue(few.contains(HTMLEscape.text(t.groupEvaluationAnswers(1, minimum: 5))))
        XCTAssertFalse(few.contains("Casene fra hverdagen"), "one answer could be recognised")
        let emmaID = try await person("emma").id!
        let others = try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).all().filter { $0.$person.id != emmaID }
        XCTAssertGreaterThanOrEqual(others.count, 4)
        for participant in others.prefix(4) {
            let evaluation = GatheringEvaluation()
            evaluation.$series.id = series.id!
            evaluation.$author.id = participant.$person.id
            evaluation.rating = 5
            evaluation.change = "Mere tid til cases"
            try await evaluation.create(on: app.db)
        }
        // Five answers, but the evaluation is still open: only how many have answered.
        let stillOpen = try await marianne.get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertTrue(stillOpen.contains(HTMLEscape.text(t.groupEvaluationAnswers(5, minimum: 5))))
        XCTAssertFalse(stillOpen.contains("Casene fra hverdagen"), "shown while open, two readings would tell one answer")
        XCTAssertFalse(stillOpen.contains(HTMLEscape.text(t.ratingDistribution([0, 0, 0, 1, 4]))))

        // Two weeks after the last meeting it has closed: no more answers, and all of them are shown together.
        try await moveSeries(lastMeetingDaysAgo: 15)
        let late = try await emma.post(SiteURL.gatheringEvaluation(series.id).path, ["rating": "1", "worked": "Ændret", "change": ""])
        XCTAssertEqual(late.status, .notFound, "a closed evaluation takes no answers and no changes")
        let enough = try await marianne.get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertTrue(enough.contains("Casene fra hverdagen"))
        XCTAssertTrue(enough.contains(HTMLEscape.text(t.ratingDistribution([0, 0, 0, 1, 4]))))
        XCTAssertFalse(enough.contains("Emma Rasmussen: Casene"), "texts carry no names")
        let peter = try await signedIn("peter")
        let his = try await peter.get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertFalse(his.contains("Casene fra hverdagen"), "participants do not read others' evaluations")
    }

    func testASeriesThatHasEndedInvitesNobodyMore() async throws {
        let (marianne, created) = try await plan()
        let series = try await series(created)
        for meeting in try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).all() {
            meeting.startsAt = meeting.startsAt.addingTimeInterval(-300 * 86_400)
            try await meeting.update(on: app.db)
        }
        let before = try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).count()
        try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).delete()
        let refused = try await marianne.post(SiteURL.gatheringInvitations(series.id).path, [:])
        XCTAssertEqual(refused.status, .seeOther)
        let after = try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).count()
        XCTAssertEqual(after, 0, "nobody is invited after the last meeting (there were \(before))")
        let page = try await marianne.follow(refused)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.gatheringSeriesOver)))
    }
}
