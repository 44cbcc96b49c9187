import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class RegisterNewHireTests: AppTestCase {
    func form(_ overrides: [String: String] = [:]) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        var fields = [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-01-09", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "mentor": try await person("peter").id!.uuidString,
            "buddy": try await person("sofie").id!.uuidString,
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields
    }

    func testTheStockholmCadenceAddsMeetingsWithTheManagerWhoReadsOnlyThose() async throws {
        let browser = try await signedIn("marianne")
        let created = try await browser.post(SiteURL.programmes.path, try await form(["stockholmCadence": "on"]))
        XCTAssertEqual(created.status, .seeOther)
        let threeParty = try await meetings(of: "nora", .threePartyMeeting)
        let managerMentor = try await meetings(of: "nora", .managerMentorMeeting)
        XCTAssertGreaterThan(threeParty.count, 10)
        XCTAssertGreaterThan(managerMentor.count, 10)

        // The manager takes part in the three-party meeting and writes its notes ...
        let henrik = try await signedIn("henrik")
        let written = try await henrik.post(SiteURL.meetingNotes(threeParty[0].id).path, ["note-supportNeeded": "Tid til kursus"])
        XCTAssertEqual(written.status, .seeOther)
        let nora = try await person("nora")
        XCTAssertNotNil(nora.id)
        // ... but never the notes of the mentor's conversations with the new hire.
        let dialogue = try await meetings(of: "nora", .dialogueMeeting).first!
        let refused = try await henrik.post(SiteURL.meetingNotes(dialogue.id).path, ["note-onYourMind": "x"])
        XCTAssertEqual(refused.status, .notFound)
        let peter = try await signedIn("peter")
        let mentorReads = try await peter.get(SiteURL.meeting(threeParty[0].id).path)
        XCTAssertTrue(mentorReads.contains("Tid til kursus"))
    }

    func testTheCoordinatorRegistersANewHireAndGetsADatedPlan() async throws {
        let browser = try await signedIn("marianne")
        let formPage = try await browser.get(SiteURL.newProgramme.path)
        XCTAssertEqual(formPage.status, .ok)
        let created = try await browser.post(SiteURL.programmes.path, try await form())
        XCTAssertEqual(created.status, .seeOther)
        let page = try await browser.follow(created)
        XCTAssertTrue(page.contains("Nora Vestergaard"))

        let meetings = try await meetings(of: "nora")
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        let days = meetings.map { LocalDate($0.startsAt, in: tz) }
        // 9 January 2027 is a Saturday: the programme starts on Monday the 11th.
        XCTAssertEqual(days.first, LocalDate(year: 2027, month: 1, day: 11))
        XCTAssertTrue(days.allSatisfy { !$0.isWeekend })
        XCTAssertTrue(meetings.allSatisfy { LocalTime($0.startsAt, in: tz) == LocalTime(hour: 10) })
        XCTAssertEqual(meetings.last?.meetingKind, .developmentTalk)
        XCTAssertEqual(days.last, LocalDate(year: 2028, month: 1, day: 11))
        XCTAssertEqual(meetings.filter { $0.meetingKind == .statusMeeting }.count, 5)
        let programme = try await programme(of: "nora")
        XCTAssertEqual(programme.firstDay, "2027-01-11")
    }

    func testTheTemplateOfTheOrganisationDecidesTheCadence() async throws {
        let organisation = try await Organisation.query(on: app.db).first()!
        let record = try await ProgrammeTemplateRecord.query(on: app.db)
            .filter(\.$organisation.$id == organisation.id!).filter(\.$variant == "standard").first()!
        record.statusMeetingEveryWeeks = 3
        record.meetingTime = "13:30"
        try await record.update(on: app.db)
        let browser = try await signedIn("marianne")
        _ = try await browser.post(SiteURL.programmes.path, try await form())
        let status = try await meetings(of: "nora", .statusMeeting)
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        XCTAssertEqual(LocalDate(status[0].startsAt, in: tz).days(until: LocalDate(status[1].startsAt, in: tz)), 21)
        XCTAssertEqual(LocalTime(status[0].startsAt, in: tz), LocalTime(hour: 13, minute: 30))
    }

    func testTheManagerCannotBeContactPersonAndWhatWasTypedIsKept() async throws {
        let browser = try await signedIn("marianne")
        let henrik = try await person("henrik").id!.uuidString
        let page = try await browser.post(SiteURL.programmes.path, try await form(["contactPerson": henrik, "mentor": henrik]))
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.errorManagerAsContact)))
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.errorManagerAsMentor)))
        XCTAssertTrue(page.contains("value=\"Nora Vestergaard\""))
        XCTAssertTrue(page.contains("value=\"2027-01-09\""))
        let awaited1 = try await Person.query(on: app.db).filter(\.$email == "nora@demo.godstart.dk").count()
        XCTAssertEqual(awaited1, 0)
    }

    func testMissingAndBadFieldsGetAMessageEach() async throws {
        let browser = try await signedIn("marianne")
        let page = try await browser.post(SiteURL.programmes.path, [
            "name": " ", "email": "not-an-address", "unit": "", "firstDay": "2027-02-30", "manager": "", "variant": "grand",
            "contactPerson": UUID().uuidString,
        ])
        XCTAssertEqual(page.status, .unprocessableEntity)
        let t = Language.da.texts
        for message in [t.errorRequired, t.errorEmail, t.errorDate, t.errorUnknownChoice, t.errorMentorMissing] {
            XCTAssertTrue(page.contains(HTMLEscape.text(message)), message)
        }
        XCTAssertTrue(page.contains("value=\"not-an-address\""))
        // A date the field cannot show comes back as text, as typed.
        XCTAssertTrue(page.contains("type=\"text\" id=\"firstDay\" name=\"firstDay\" value=\"2027-02-30\""))
    }

    func testADateTypedDayFirstComesBackAsADate() async throws {
        let browser = try await signedIn("marianne")
        let page = try await browser.post(SiteURL.programmes.path, try await form(["firstDay": "9.1.2027", "unit": ""]))
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains("type=\"date\" id=\"firstDay\" name=\"firstDay\" value=\"2027-01-09\""))
    }

    func testAnEmailInUseIsRefused() async throws {
        let browser = try await signedIn("marianne")
        let page = try await browser.post(SiteURL.programmes.path, try await form(["email": "ANNE@demo.godstart.dk"]))
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.errorEmailTaken)))
    }

    func testContactPersonCanAlsoBeTheMentor() async throws {
        let browser = try await signedIn("marianne")
        let page = try await browser.post(SiteURL.programmes.path, try await form(["mentor": "", "contactIsMentor": "on"]))
        XCTAssertEqual(page.status, .seeOther)
        let programme = try await programme(of: "nora")
        XCTAssertEqual(programme.$mentor.id, programme.$contactPerson.id)
    }

    func testOnlyTheCoordinatorRegisters() async throws {
        let browser = try await signedIn("henrik")
        let awaited2 = try await browser.get(SiteURL.newProgramme.path).status
        XCTAssertEqual(awaited2, .notFound)
        let awaited3 = try await browser.post(SiteURL.programmes.path, try await form()).status
        XCTAssertEqual(awaited3, .notFound)
    }
}
