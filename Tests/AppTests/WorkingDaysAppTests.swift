import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 23: plans on the real calendar. The demo is a Danish municipality; testNow is 23 November 2026.
final class WorkingDaysAppTests: AppTestCase {
    let t = Language.da.texts

    func calendar() async throws -> WorkingCalendar {
        let organisation = try await Organisation.query(on: app.db).filter(\.$slug == DemoData.slug).first()!
        return try await organisation.workingCalendar(on: app.db)
    }

    func registration(_ overrides: [String: String]) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        var fields = [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-03-15", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "mentor": try await person("karen").id!.uuidString,
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields
    }

    func testTheCoordinatorKeepsTheHolidaysAndTheOwnClosedDays() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.workingDays.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.closedDaysOfYear(2026))))
        XCTAssertTrue(page.contains("Juleaftensdag"))
        XCTAssertTrue(page.contains("Skærtorsdag"), "Danish holidays from the time zone")

        let bad = try await marianne.post(SiteURL.ownClosedDays.path, ["date": "2027-09-03", "name": String(repeating: "x", count: 101)])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains(HTMLEscape.text(t.errorTooLongLimit(WorkingDaysController.nameLimit))))
        XCTAssertTrue(bad.contains("value=\"2027-09-03\""), "what was typed is kept")
        let added = try await marianne.post(SiteURL.ownClosedDays.path, ["date": "3.9.2027", "name": "Personaledag"])
        XCTAssertEqual(added.status, .seeOther)
        let twice = try await marianne.post(SiteURL.ownClosedDays.path, ["date": "2027-09-03", "name": "Igen"])
        XCTAssertTrue(twice.contains(HTMLEscape.text(t.errorClosedDayTwice)))
        let calendar = try await calendar()
        XCTAssertEqual(calendar.closedDay(on: LocalDate(year: 2027, month: 9, day: 3)), .own("Personaledag"))

        // Sweden, without the customary days.
        let saved = try await marianne.post(SiteURL.workingDays.path, ["country": "SE"])
        XCTAssertEqual(saved.status, .seeOther)
        let swedish = try await marianne.get(SiteURL.workingDays.path)
        XCTAssertTrue(swedish.contains("Midsommeraften"))
        XCTAssertFalse(swedish.contains("Juleaftensdag"), "the customary days switched off")
        let own = try await OwnClosedDay.query(on: app.db).filter(\.$name == "Personaledag").filter(\.$date == "2027-09-03").first()!
        let removed = try await marianne.post(SiteURL.ownClosedDayRemoval(own.id).path, [:])
        XCTAssertEqual(removed.status, .seeOther)
        let left = try await OwnClosedDay.query(on: app.db).filter(\.$date == "2027-09-03").count()
        XCTAssertEqual(left, 0)

        let lone = try await signedIn("lone")   // the administrator keeps them too
        let asAdmin = try await lone.get(SiteURL.workingDays.path)
        XCTAssertEqual(asAdmin.status, .ok)
        for key in ["anne", "henrik", "emma"] {
            let status = try await signedIn(key).get(SiteURL.workingDays.path).status
            XCTAssertEqual(status, .notFound, key)
        }
    }

    func testAFirstDayOnAHolidayIsNamedAndKeptOnlyWhenConfirmed() async throws {
        let marianne = try await signedIn("marianne")
        // Good Friday 2027 is 26 March.
        let warned = try await marianne.post(SiteURL.programmes.path, try await registration(["firstDay": "2027-03-26"]))
        XCTAssertEqual(warned.status, .unprocessableEntity)
        XCTAssertTrue(warned.body.contains("er langfredag."), "the holiday is named")
        XCTAssertTrue(warned.contains("name=\"keepClosedDay\""))
        let kept = try await marianne.post(SiteURL.programmes.path, try await registration(["firstDay": "2027-03-26", "keepClosedDay": "on"]))
        XCTAssertEqual(kept.status, .seeOther)
        let nora = try await programme(of: "nora")
        XCTAssertEqual(nora.firstLocalDay, LocalDate(year: 2027, month: 3, day: 26))
        // The plan itself meets on working days only.
        let calendar = try await calendar()
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        for meeting in try await meetings(of: "nora") {
            XCTAssertTrue(calendar.isWorkingDay(LocalDate(meeting.startsAt, in: tz)), "\(meeting.meetingKind) \(meeting.number)")
        }
    }

    /// A year typed wrong ("2025" for "2027") made a finished programme with every meeting unheld:
    /// a first day weeks back or more than a year ahead is asked about, and kept once confirmed,
    /// with everything typed still there.
    func testAFirstDayWeeksBackOrAYearAheadIsAskedAboutAndKeptOnlyWhenConfirmed() async throws {
        let marianne = try await signedIn("marianne")
        // Today is Monday 23 November 2026.
        for (day, said) in [("2025-01-06", t.firstDayLongAgo(day: "mandag 6. januar 2025")),
                            ("2028-01-10", t.firstDayFarAhead(day: "mandag 10. januar 2028"))] {
            let warned = try await marianne.post(SiteURL.programmes.path, try await registration(["firstDay": day]))
            XCTAssertEqual(warned.status, .unprocessableEntity, day)
            XCTAssertTrue(warned.contains(HTMLEscape.text("\(said) \(t.firstDayConfirmHint)")), day)
            XCTAssertTrue(warned.contains("name=\"confirmFirstDay\""), day)
            XCTAssertTrue(warned.contains("value=\"Nora Vestergaard\""), "what was typed is kept")
        }
        let recent = try await marianne.post(SiteURL.programmes.path, try await registration(["firstDay": "2026-11-02"]))
        XCTAssertEqual(recent.status, .seeOther, "three weeks late is usual")
        let kept = try await marianne.post(SiteURL.programmes.path, try await registration([
            "firstDay": "2026-06-01", "confirmFirstDay": "on", "name": "Otto Berg", "email": "otto@demo.godstart.dk",
            "contactPerson": try await person("rasmus").id!.uuidString]))
        XCTAssertEqual(kept.status, .seeOther, "someone who began before Godstart did")
        let otto = try await programme(of: "otto")
        XCTAssertEqual(otto.firstLocalDay, LocalDate(year: 2026, month: 6, day: 1))
    }

    /// An own closed day counts in new plans, as a holiday does.
    func testAnOwnClosedDayKeepsNewPlansOffIt() async throws {
        let marianne = try await signedIn("marianne")
        // The standard template's first status meeting is two weeks after the first day.
        _ = try await marianne.post(SiteURL.ownClosedDays.path, ["date": "2027-03-29", "name": "Personaledag"])
        let created = try await marianne.post(SiteURL.programmes.path, try await registration(["firstDay": "2027-03-15"]))
        XCTAssertEqual(created.status, .seeOther)
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        let days = try await meetings(of: "nora").map { LocalDate($0.startsAt, in: tz) }
        XCTAssertFalse(days.contains(LocalDate(year: 2027, month: 3, day: 29)))
        XCTAssertTrue(days.contains(LocalDate(year: 2027, month: 3, day: 30)), "the status meeting moves to the next working day")
    }

    func testMovingAMeetingToAHolidayIsNamedAndKeptOnlyWhenConfirmed() async throws {
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        let path = SiteURL.meetingMove(meeting.id).path
        let warned = try await anne.post(path, ["date": "2026-12-24", "time": "09:15", "place": ""])
        XCTAssertEqual(warned.status, .unprocessableEntity)
        XCTAssertTrue(warned.body.contains("er juleaftensdag."))
        let moved = try await anne.post(path, ["date": "2026-12-24", "time": "09:15", "place": "", "keepClosedDay": "on"])
        XCTAssertEqual(moved.status, .seeOther)
        let after = try await Meeting.find(meeting.id, on: app.db)!
        XCTAssertEqual(LocalDate(after.startsAt, in: TimeZone(identifier: "Europe/Copenhagen")!), LocalDate(year: 2026, month: 12, day: 24))
    }

    /// A closed day added after plans were made: the meetings already on it are listed, with the
    /// working day they belong on, for their people to move.
    func testMeetingsPlannedOnADayClosedLaterAreListed() async throws {
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        let day = LocalDate(meeting.startsAt, in: tz)
        let marianne = try await signedIn("marianne")
        let before = try await marianne.get(SiteURL.workingDays.path)
        XCTAssertTrue(before.contains(HTMLEscape.text(t.noMeetingsOnClosedDays)))
        _ = try await marianne.post(SiteURL.ownClosedDays.path, ["date": day.iso, "name": "Temadag"])
        let page = try await marianne.get(SiteURL.workingDays.path)
        XCTAssertFalse(page.contains(HTMLEscape.text(t.noMeetingsOnClosedDays)), "other programmes may meet that day too")
        XCTAssertTrue(page.contains(SiteURL.meeting(meeting.id).path))
        let dates = DateText(language: .da, timeZone: tz)
        let next = try await calendar().onOrAfter(day)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.meetingOnClosedDay(day: dates.day(day), closed: "Temadag", workingDay: dates.day(next)))))
    }

    /// Every form where a day is typed by hand names a holiday, as the meeting forms do: an
    /// activity on the schedule and a group meeting.
    func testAnActivityOrAGroupMeetingOnAHolidayIsNamedAndKeptOnlyWhenConfirmed() async throws {
        let jonas = try await programme(of: "jonas")
        let mette = try await signedIn("mette")
        var activity = ["kind": "shadowing", "title": "Følordning i DUBU", "date": "2026-12-24", "time": "09:00", "minutes": "120"]
        let warned = try await mette.post(SiteURL.schedule(jonas.id).path, activity)
        XCTAssertEqual(warned.status, .unprocessableEntity)
        XCTAssertTrue(warned.body.contains("er juleaftensdag."))
        XCTAssertTrue(warned.contains("name=\"keepClosedDay\""))
        activity["keepClosedDay"] = "on"
        let kept = try await mette.post(SiteURL.schedule(jonas.id).path, activity)
        XCTAssertEqual(kept.status, .seeOther)

        let meeting = try await Gathering.query(on: app.db).filter(\.$startsAt > testNow).first()!
        let marianne = try await signedIn("marianne")
        var fields = ["theme": meeting.theme, "date": "2026-12-31", "time": "13:00", "minutes": "120", "place": ""]
        let groupWarned = try await marianne.post(SiteURL.gatheringMeeting(meeting.id).path, fields)
        XCTAssertEqual(groupWarned.status, .unprocessableEntity)
        XCTAssertTrue(groupWarned.body.contains("er nytårsaftensdag."))
        fields["keepClosedDay"] = "on"
        let groupKept = try await marianne.post(SiteURL.gatheringMeeting(meeting.id).path, fields)
        XCTAssertEqual(groupKept.status, .seeOther)
    }
}
