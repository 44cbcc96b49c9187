import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class SignInTests: AppTestCase {
    func testWrongPasswordKeepsTheEmailAndSaysWhy() async throws {
        let browser = browser()
        try await browser.get(SiteURL.signIn.path)
        let page = try await browser.post(SiteURL.signIn.path, ["email": "anne@demo.godstart.dk", "password": "nope"])
        XCTAssertEqual(page.status, .unauthorized)
        XCTAssertTrue(page.contains("Forkert e-mail eller adgangskode") || page.contains(Language.da.texts.signInFailed))
        XCTAssertTrue(page.contains("value=\"anne@demo.godstart.dk\""))
    }

    func testEachRoleLandsOnItsOwnHome() async throws {
        let expected: [(String, SiteURL)] = [
            ("emma", .myProgramme), ("anne", .myNewcomers), ("henrik", .team), ("marianne", .programmes), ("lone", .people),
        ]
        for (key, home) in expected {
            let browser = try await signedIn(key)
            let root = try await browser.get(SiteURL.root.path)
            XCTAssertEqual(root.location, home.path, key)
            let page = try await browser.get(home.path)
            XCTAssertEqual(page.status, .ok, key)
        }
    }

    func testSignedOutPeopleAreSentToSignIn() async throws {
        let page = try await browser().get(SiteURL.programmes.path)
        XCTAssertEqual(page.location, SiteURL.signIn.path)
    }

    func testDemoLoginsAppearOnlyInDemoMode() async throws {
        let page = try await browser().get(SiteURL.signIn.path)
        XCTAssertTrue(page.contains("marianne@demo.godstart.dk"))
        app.settings.demoMode = false
        let plain = try await browser().get(SiteURL.signIn.path)
        XCTAssertFalse(plain.contains("marianne@demo.godstart.dk"))
    }

    func testSessionCookieIsHttpOnlyAndSameSite() async throws {
        // The sign-in page stores no session: its form token travels in a cookie of its own.
        let page = try await app.testable().sendRequest(.GET, SiteURL.signIn.path)
        XCTAssertFalse(page.headers[.setCookie].contains { $0.hasPrefix("godstart_session=") }, "no session for the sign-in page")
        let formCookie = page.headers[.setCookie].first { $0.hasPrefix("godstart_form=") } ?? ""
        XCTAssertTrue(formCookie.contains("HttpOnly"), formCookie)
        XCTAssertTrue(formCookie.contains("SameSite=Lax"), formCookie)
        XCTAssertNotNil(page.headers.first(name: "Content-Security-Policy"))

        let value = String(formCookie.split(separator: ";")[0].dropFirst("godstart_form=".count))
        let token = try XCTUnwrap(TestBrowser.token(in: page.body.string))
        XCTAssertEqual(token, value, "the form sends back the cookie's value")
        let body = "email=\(TestBrowser.encode(DemoData.email("anne")))&password=\(TestBrowser.encode(DemoData.password))&\(CSRF.fieldName)=\(token)"
        let signedIn = try await app.testable().sendRequest(
            .POST, SiteURL.signIn.path,
            headers: ["Cookie": "godstart_form=\(value)", "Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
        XCTAssertEqual(signedIn.status, .seeOther)
        let cookie = signedIn.headers[.setCookie].first { $0.hasPrefix("godstart_session=") } ?? ""
        XCTAssertTrue(cookie.contains("HttpOnly"), cookie)
        XCTAssertTrue(cookie.contains("SameSite=Lax"), cookie)
    }

    func testFormsWithoutTheTokenAreRefused() async throws {
        let browser = try await signedIn("thomas")
        let meeting = try await meetings(of: "ida", .dialogueMeeting).first!
        let page = try await browser.post(SiteURL.meetingHeld(meeting.id).path, [:], withToken: false)
        XCTAssertEqual(page.status, .forbidden)
        let forged = try await browser.post(SiteURL.meetingHeld(meeting.id).path, [CSRF.fieldName: "forged"])
        XCTAssertEqual(forged.status, .forbidden)
    }

    func testSignOutEndsTheSession() async throws {
        let browser = try await signedIn("anne")
        let out = try await browser.post(SiteURL.signOut.path, [:])
        XCTAssertEqual(out.location, SiteURL.signIn.path)
        let after = try await browser.get(SiteURL.myNewcomers.path)
        XCTAssertEqual(after.location, SiteURL.signIn.path)
    }

    func testLanguageFollowsTheBrowserAndThenThePersonsChoice() async throws {
        let swedish = browser()
        swedish.language = "sv-SE,sv;q=0.9,en;q=0.5"
        let page = try await swedish.get(SiteURL.signIn.path)
        XCTAssertTrue(page.contains("lang=\"sv\""))
        XCTAssertTrue(page.contains(Language.sv.texts.signInTitle))

        let anne = try await signedIn("anne")
        let chosen = try await anne.post(SiteURL.language.path, ["language": "en", "back": SiteURL.myNewcomers.path])
        XCTAssertEqual(chosen.location, SiteURL.myNewcomers.path)
        let english = try await anne.get(SiteURL.myNewcomers.path)
        XCTAssertTrue(english.contains("lang=\"en\""))
        let stored = try await person("anne")
        XCTAssertEqual(stored.language, "en")
        // An address elsewhere is not followed.
        let away = try await anne.post(SiteURL.language.path, ["language": "da", "back": "//evil.example"])
        XCTAssertEqual(away.location, SiteURL.root.path)
    }

    func testDemoDataLoadsOnce() async throws {
        let before = try await Person.query(on: app.db).count()
        _ = try await DemoData.load(on: app.db, now: testNow, passwordHasher: app.password)
        let after = try await Person.query(on: app.db).count()
        XCTAssertEqual(before, after)
        XCTAssertGreaterThanOrEqual(before, 20)
        let awaited1 = try await Programme.query(on: app.db).count()
        XCTAssertEqual(awaited1, 5)
    }

    func testGuessingAPasswordIsSlowedDownAndASuccessClearsTheCount() async throws {
        let t = Language.da.texts
        let guesser = browser()
        for _ in 0..<SignInThrottle.accountLimit {
            let wrong = try await guesser.post(SiteURL.signIn.path, ["email": DemoData.email("anne"), "password": "gæt-igen"])
            XCTAssertEqual(wrong.status, .unauthorized)
        }
        let right = try await guesser.post(SiteURL.signIn.path, ["email": DemoData.email("anne"), "password": DemoData.password])
        XCTAssertEqual(right.status, .tooManyRequests, "even the right password waits")
        XCTAssertTrue(right.contains(HTMLEscape.text(t.signInTooManyAttempts(minutes: 1))))
        XCTAssertTrue(right.contains(DemoData.email("anne")), "what was typed is kept")
        let stored = try await SignInFailure.query(on: app.db).all().map(\.key)
        XCTAssertFalse(stored.contains { $0.contains("anne") }, "no address in the table, only hashes")

        // Another account is not held up by Anne's.
        let peter = browser()
        try await peter.signIn(DemoData.email("peter"))
        let home = try await peter.get(SiteURL.root.path)
        XCTAssertNotEqual(home.location, SiteURL.signIn.path)

        // After the wait, the right password signs in and clears the count.
        app.settings.now = { testNow.addingTimeInterval(61) }
        let later = try await guesser.post(SiteURL.signIn.path, ["email": DemoData.email("anne"), "password": DemoData.password])
        XCTAssertEqual(later.status, .seeOther)
        let left = try await SignInFailure.query(on: app.db).count()
        XCTAssertEqual(left, 0)
    }

    func testBehindTLSBrowsersAreToldToKeepToHttps() async throws {
        let plain = try await app.testable().sendRequest(.GET, SiteURL.signIn.path)
        XCTAssertNil(plain.headers.first(name: "Strict-Transport-Security"))
        app.settings.secureCookies = true
        let secure = try await app.testable().sendRequest(.GET, SiteURL.signIn.path)
        XCTAssertEqual(secure.headers.first(name: "Strict-Transport-Security"), "max-age=31536000; includeSubDomains")
    }
}
