import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class InvitationTests: AppTestCase {
    func registerNora() async throws -> (TestBrowser, Programme) {
        let browser = try await signedIn("marianne")
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let created = try await browser.post(SiteURL.programmes.path, [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-01-11", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "contactIsMentor": "on",
        ])
        XCTAssertEqual(created.status, .seeOther)
        return (browser, try await programme(of: "nora"))
    }

    func link(in page: TestBrowser.Page) -> String? {
        guard let range = page.body.range(of: "/welcome/") else { return nil }
        let rest = page.body[range.lowerBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    func testANewHireChoosesAPasswordThroughTheLinkAndSignsIn() async throws {
        let (marianne, programme) = try await registerNora()
        let programmePage = try await marianne.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(programmePage.contains(HTMLEscape.text(Language.da.texts.invitationNotYet(name: "Nora Vestergaard"))))
        let invitation = try await marianne.post(SiteURL.programmeInvitation(programme.id).path, [:])
        XCTAssertEqual(invitation.status, .ok)
        let path = try XCTUnwrap(link(in: invitation))

        let nora = browser()
        let awaited101 = try await nora.get(path).status
        XCTAssertEqual(awaited101, .ok)
        let short = try await nora.post(path, ["password": "kort", "repeatPassword": "kort"])
        XCTAssertEqual(short.status, .unprocessableEntity)
        XCTAssertTrue(short.contains(HTMLEscape.text(Language.da.texts.errorPasswordTooShort(PasswordRules.minimumLength))))
        let common = try await nora.post(path, ["password": "Sommer2026!!!", "repeatPassword": "Sommer2026!!!"])
        XCTAssertEqual(common.status, .unprocessableEntity)
        XCTAssertTrue(common.contains(HTMLEscape.text(Language.da.texts.errorPasswordCommon)), "NIST: not one attackers try first")
        let differ = try await nora.post(path, ["password": "en lang sætning", "repeatPassword": "en anden sætning"])
        XCTAssertTrue(differ.contains(HTMLEscape.text(Language.da.texts.errorPasswordsDiffer)))
        let chosen = try await nora.post(path, ["password": "en lang sætning", "repeatPassword": "en lang sætning"])
        XCTAssertEqual(chosen.status, .seeOther)
        let home = try await nora.get(SiteURL.root.path)
        XCTAssertEqual(home.location, SiteURL.myProgramme.path)

        // The link works once.
        let awaited102 = try await browser().get(path).status
        XCTAssertEqual(awaited102, .notFound)
        // And the password works from now on.
        let again = browser()
        try await again.signIn("nora@demo.godstart.dk", password: "en lang sætning")
        let stored = try await person("nora")
        XCTAssertNil(stored.invitationTokenHash)

        // The coordinator's programme page says the password is chosen (read as a yes or no, never the hash).
        let chosenPage = try await marianne.get(SiteURL.programme(programme.id).path)
        XCTAssertTrue(chosenPage.contains(HTMLEscape.text(Language.da.texts.invitationReady(name: "Nora Vestergaard"))))
        XCTAssertFalse(chosenPage.contains(HTMLEscape.text(Language.da.texts.invitationNotYet(name: "Nora Vestergaard"))))
        // With a password chosen, the coordinator can make no new link: it would let her choose
        // Nora's password and read Nora's logbook.
        let another = try await marianne.post(SiteURL.programmeInvitation(programme.id).path, [:])
        XCTAssertEqual(another.status, .notFound)
    }

    func testAnExpiredOrUnknownLinkIsNotFound() async throws {
        let (marianne, programme) = try await registerNora()
        let invitation = try await marianne.post(SiteURL.programmeInvitation(programme.id).path, [:])
        let path = try XCTUnwrap(link(in: invitation))
        let nora = try await person("nora")
        nora.invitationExpiresAt = testNow.addingTimeInterval(-1)
        try await nora.update(on: app.db)
        let awaited103 = try await browser().get(path).status
        XCTAssertEqual(awaited103, .notFound)
        let awaited104 = try await browser().get("/welcome/made-up").status
        XCTAssertEqual(awaited104, .notFound)
    }

    func testOnlyTheCoordinatorMakesLinks() async throws {
        let (_, programme) = try await registerNora()
        let henrik = try await signedIn("henrik")
        let awaited105 = try await henrik.post(SiteURL.programmeInvitation(programme.id).path, [:]).status
        XCTAssertEqual(awaited105, .notFound)
    }

    func testAnExpiredFormGivesBackWhatWasTyped() async throws {
        let meeting = try await meetings(of: "ida", .dialogueMeeting).last!
        let ida = try await signedIn("ida")
        let page = try await ida.post(SiteURL.meetingNotes(meeting.id).path,
                                      ["note-takeaways": "Alt det jeg skrev i en time", CSRF.fieldName: "stale"])
        XCTAssertEqual(page.status, .forbidden)
        XCTAssertTrue(page.contains("Alt det jeg skrev i en time"))
        XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.agendaTitle(.takeaways))))
    }

    func testSignInGivesANewSessionID() async throws {
        let browser = browser()
        try await browser.signIn(DemoData.email("anne"))
        let before = browser.cookies["godstart_session"]
        XCTAssertNotNil(before)
        try await browser.signIn(DemoData.email("anne"))
        XCTAssertNotEqual(browser.cookies["godstart_session"], before)
    }
}
