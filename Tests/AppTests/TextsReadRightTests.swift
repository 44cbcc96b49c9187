import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 23: texts that read right.
final class TextsReadRightTests: AppTestCase {
    func testScheduleEntriesSayTheirKindOnce() async throws {
        let jonas = try await programme(of: "jonas")
        let page = try await signedIn("jonas").get(SiteURL.schedule(jonas.id).path)
        XCTAssertEqual(page.status, .ok)
        let t = Language.da.texts
        for kind in ActivityKind.allCases {
            let said = HTMLEscape.text(t.activityKind(kind))
            XCTAssertFalse(page.body.contains("\(said): \(said)"), "\(kind) said twice")
        }
        XCTAssertTrue(page.body.contains(HTMLEscape.text(t.defaultActivity(.shadowingHomeVisit))), "a title beginning with its kind stands alone")
    }

    /// "0 af 9 mødte op" is not said of a group meeting still ahead.
    func testAttendanceIsCountedOnlyForMeetingsThatHaveBegun() async throws {
        let series = try await GatheringSeries.query(on: app.db).first()!
        let meetings = try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).all()
        let page = try await signedIn("marianne").get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertEqual(page.status, .ok)
        let counted = page.body.components(separatedBy: " mødte op").count - 1
        XCTAssertEqual(counted, meetings.filter { $0.startsAt <= testNow }.count)
        XCTAssertGreaterThan(meetings.filter { $0.startsAt > testNow }.count, 0, "the demo has meetings ahead")
    }

    func testTheSharedWithMePageDoesNotCallEveryReaderAMentor() {
        for language in Language.allCases {
            XCTAssertFalse(language.texts.sharedWithYouIntro.lowercased().contains("mentor"), "\(language)")
        }
    }

    /// A name that is too long says the limit, and the field carries it.
    func testATooLongNameSaysTheLimit() async throws {
        let marianne = try await signedIn("marianne")
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let page = try await marianne.post(SiteURL.programmes.path, [
            "name": String(repeating: "N", count: 201), "email": "lang@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-03-15", "variant": "standard",
        ])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.errorTooLongLimit(200))))
        XCTAssertTrue(page.contains("id=\"name\" name=\"name\"") && page.contains("maxlength=\"200\""))
    }

    /// A built-in activity nobody renamed is named in the reader's language, not the words stored
    /// in the organisation's (a Swedish reader of a Danish plan saw "Möte: Teammøde").
    func testABuiltInActivityIsNamedInTheReadersLanguage() async throws {
        let jonas = try await person("jonas")
        jonas.language = Language.sv.rawValue
        try await jonas.update(on: app.db)
        let programme = try await programme(of: "jonas")
        let page = try await signedIn("jonas").get(SiteURL.schedule(programme.id).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.sv.texts.defaultActivity(.meetTheTeam))))
        XCTAssertFalse(page.contains(HTMLEscape.text(Language.da.texts.defaultActivity(.meetTheTeam))))
    }

    /// A group session's themes and readings, planned in Danish from the built-in Stockholm themes,
    /// read in Swedish by a Swedish reader (on the page, in the list and in the calendar feed's
    /// events); a theme the coordinator rewrote stays as written.
    func testAGroupSessionsBuiltInThemesAreReadInTheReadersLanguage() async throws {
        let danish = Language.da.texts, swedish = Language.sv.texts
        let series = try await GatheringSeries.query(on: app.db).filter(\.$kind == GatheringKind.groupSessions.rawValue).first()!
        let meetings = try await Gathering.query(on: app.db).filter(\.$series.$id == series.id!).sort(\.$number).all()
        XCTAssertEqual(meetings.first?.theme, danish.stockholmTheme(.intakeAssessment), "the demo plans them in Danish")
        let rewritten = meetings[1]
        rewritten.theme = "Vores egen undersøgelse"
        try await rewritten.update(on: app.db)
        let marianne = try await person("marianne")
        marianne.language = Language.sv.rawValue
        try await marianne.update(on: app.db)
        let page = try await signedIn("marianne").get(SiteURL.gatheringSeries(series.id).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(swedish.stockholmTheme(.intakeAssessment))))
        XCTAssertTrue(page.contains(HTMLEscape.text(swedish.stockholmReading(.intakeAssessment))))
        XCTAssertFalse(page.contains(HTMLEscape.text(danish.stockholmTheme(.intakeAssessment))))
        XCTAssertFalse(page.contains(HTMLEscape.text(danish.stockholmReading(.intakeAssessment))))
        XCTAssertTrue(page.contains("Vores egen undersøgelse"), "a theme someone wrote is shown as written")
        XCTAssertEqual(series.title(for: swedish), series.title == danish.gatheringKind(.groupSessions) ? swedish.gatheringKind(.groupSessions) : series.title)
    }

    /// The same for the colleague who runs it: on their list of activities and in their calendar.
    /// A title someone wrote stays as they wrote it.
    func testTheColleagueRunningABuiltInActivityReadsItInTheirLanguage() async throws {
        let thomas = try await person("thomas")
        thomas.language = Language.sv.rawValue
        try await thomas.update(on: app.db)
        let programme = try await programme(of: "jonas")
        let activities = try await Activity.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
        let danish = Language.da.texts, swedish = Language.sv.texts
        let teamMeeting = try XCTUnwrap(activities.first { $0.title == danish.defaultActivity(.meetTheTeam) })
        let renamed = try XCTUnwrap(activities.first { $0.id != teamMeeting.id && $0.templateActivityID != nil })
        renamed.title = "Følg Anne til familierådslagning"
        for activity in [teamMeeting, renamed] {
            activity.$runBy.id = thomas.id
            activity.day = LocalDate(testNow, in: TimeZone(identifier: "Europe/Copenhagen")!).adding(days: 7).iso
            try await activity.update(on: app.db)
        }
        let page = try await signedIn("thomas").get(SiteURL.myActivities.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(swedish.defaultActivity(.meetTheTeam))), "in Swedish")
        XCTAssertFalse(page.contains(HTMLEscape.text(danish.defaultActivity(.meetTheTeam))))
        XCTAssertTrue(page.contains(HTMLEscape.text("Følg Anne til familierådslagning")), "a title someone wrote, as written")

        let organisation = try await Organisation.find(thomas.$organisation.id, on: app.db)!
        let events = try await CalendarEvents.of(thomas, organisation: organisation, texts: swedish, on: app.db)
        XCTAssertTrue(events.contains { $0.summary == swedish.defaultActivity(.meetTheTeam) }, "the calendar in Swedish")
        XCTAssertFalse(events.contains { $0.summary == danish.defaultActivity(.meetTheTeam) })
    }
}
