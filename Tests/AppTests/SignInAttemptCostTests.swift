import Fluent
import GodstartCore
import NIOConcurrencyHelpers
import XCTVapor
@testable import App

/// Issue 20, item 3: no account discovery by timing. Every sign-in attempt, whoever the address
/// belongs to, runs exactly one password verification, counted through the app's password hasher
/// (bcrypt costs the same for every verification, so the same count is the same cost; the medians
/// are in bench/RESULTS.md). And short of the right password, the answer is the same too.
final class SignInAttemptCostTests: AppTestCase {
    /// Plaintext, as the other tests use, counting every verification.
    struct CountingHasher: PasswordHasher {
        let verifications: NIOLockedValueBox<Int>

        func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] { Array(password) }

        func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
            verifications.withLockedValue { $0 += 1 }
            return Array(password) == Array(digest)
        }
    }

    let verifications = NIOLockedValueBox(0)
    let t = Language.da.texts

    override func setUp() async throws {
        try await super.setUp()
        let verifications = self.verifications
        app.passwords.use { _ in CountingHasher(verifications: verifications) }
    }

    /// Signs in from a browser of its own; returns the page and the verifications it ran.
    private func attempt(_ email: String, _ password: String) async throws -> (page: TestBrowser.Page, verifications: Int) {
        let browser = browser()
        _ = try await browser.get(SiteURL.signIn.path)
        verifications.withLockedValue { $0 = 0 }
        let page = try await browser.post(SiteURL.signIn.path, ["email": email, "password": password])
        return (page, verifications.withLockedValue { $0 })
    }

    func testEveryAttemptRunsExactlyOneVerification() async throws {
        let ida = DemoData.email("ida")
        let attempts: [(String, String, String)] = [
            ("the right password", ida, DemoData.password),
            ("a wrong password", ida, "forkert-kodeord"),
            ("no password", ida, ""),
            ("an address nobody has", "nobody@demo.godstart.dk", "forkert-kodeord"),
            ("no address", "", "forkert-kodeord"),
        ]
        for (what, email, password) in attempts {
            let (_, count) = try await attempt(email, password)
            XCTAssertEqual(count, 1, what)
        }
    }

    func testAnAccountThatCannotSignInWithAPasswordCostsTheSame() async throws {
        // Without a password yet (invited, not yet welcomed).
        let karen = try await person("karen")
        karen.passwordHash = nil
        try await karen.update(on: app.db)
        var (page, count) = try await attempt(DemoData.email("karen"), "forkert-kodeord")
        XCTAssertEqual(count, 1, "no password of their own")
        XCTAssertEqual(page.status, .unauthorized)

        // Employment ended: the right password is checked once, then refused.
        let peter = try await person("peter")
        peter.leftOn = LocalDate(year: 2026, month: 10, day: 31).iso
        try await peter.update(on: app.db)
        (page, count) = try await attempt(DemoData.email("peter"), DemoData.password)
        XCTAssertEqual(count, 1, "has left")
        XCTAssertEqual(page.status, .unauthorized)
        (_, count) = try await attempt(DemoData.email("peter"), "forkert-kodeord")
        XCTAssertEqual(count, 1, "has left, wrong password")

        // Passwords switched off by the organisation (single sign-on).
        app.settings.singleSignOn = OIDCConfiguration(issuer: "https://login.kommune.dk", clientID: "godstart", clientSecret: "secret",
                                                      organisationSlug: nil, displayName: "Demo Kommune")
        let organisation = try await Organisation.query(on: app.db).first()!
        organisation.passwordSignIn = false
        try await organisation.update(on: app.db)
        let off = try await attempt(DemoData.email("anne"), DemoData.password)
        XCTAssertEqual(off.verifications, 1, "passwords off")
        let unknown = try await attempt("nobody@demo.godstart.dk", DemoData.password)
        XCTAssertEqual(off.page.status, unknown.page.status)
        XCTAssertTrue(off.page.contains(HTMLEscape.text(t.signInFailedOrUseProvider)))
        XCTAssertTrue(unknown.page.contains(HTMLEscape.text(t.signInFailedOrUseProvider)), "the same words for both")
    }

    func testAThrottledAttemptCostsTheSameAndAnUnknownAddressIsHeldBackAsARealOneIs() async throws {
        for email in [DemoData.email("anne"), "nobody@demo.godstart.dk"] {
            let guesser = browser()
            _ = try await guesser.get(SiteURL.signIn.path)
            for _ in 0..<SignInThrottle.accountLimit {
                let wrong = try await guesser.post(SiteURL.signIn.path, ["email": email, "password": "gæt-igen"])
                XCTAssertEqual(wrong.status, .unauthorized, email)
                XCTAssertTrue(wrong.contains(HTMLEscape.text(t.signInFailed)), email)
            }
            let (page, count) = try await attempt(email, "gæt-igen")
            XCTAssertEqual(page.status, .tooManyRequests, email)
            XCTAssertEqual(count, 1, "throttled: \(email)")
        }
    }
}
