import _CryptoExtras
import Crypto
import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class SingleSignOnTests: AppTestCase {
    let t = Language.da.texts
    let configuration = OIDCConfiguration(issuer: "https://login.kommune.dk", clientID: "godstart", clientSecret: "secret",
                                          organisationSlug: nil, displayName: "Demo Kommune")

    func configureSingleSignOn() {
        app.settings.singleSignOn = configuration
        app.openIDConnect = OpenIDConnect(configuration)
    }

    func jwt(_ claims: [String: Any], key: _RSA.Signing.PrivateKey, kid: String = "k1", alg: String = "RS256") throws -> String {
        let header = Array(try JSONSerialization.data(withJSONObject: ["alg": alg, "kid": kid, "typ": "JWT"])).base64URLEncoded()
        let payload = Array(try JSONSerialization.data(withJSONObject: claims)).base64URLEncoded()
        let signature = try key.signature(for: SHA256.hash(data: Data("\(header).\(payload)".utf8)), padding: .insecurePKCS1v1_5)
        return "\(header).\(payload).\(Array(signature.rawRepresentation).base64URLEncoded())"
    }

    func testAnIDTokenCountsOnlyWithTheProvidersSignature() throws {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let other = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let claims: [String: Any] = ["iss": "https://login.kommune.dk", "aud": "godstart", "exp": testNow.timeIntervalSince1970 + 300,
                                     "nonce": "n-1", "sub": "123", "email": "Marianne@Demo.Godstart.dk", "email_verified": true]
        let keys = ["k1": key.publicKey]
        let verified = try OpenIDConnect.verify(try jwt(claims, key: key), keys: keys)
        XCTAssertEqual(SingleSignOnRules.check(verified, issuer: configuration.issuer, clientID: "godstart", nonce: "n-1", now: testNow),
                       .success("marianne@demo.godstart.dk"))
        XCTAssertThrowsError(try OpenIDConnect.verify(try jwt(claims, key: other), keys: keys), "another key's signature")
        var token = try jwt(claims, key: key).split(separator: ".").map(String.init)
        var changed = claims
        changed["email"] = "lone@demo.godstart.dk"
        token[1] = Array(try JSONSerialization.data(withJSONObject: changed)).base64URLEncoded()
        XCTAssertThrowsError(try OpenIDConnect.verify(token.joined(separator: "."), keys: keys), "a changed claim")
        let unsigned = Array(Data(#"{"alg":"none"}"#.utf8)).base64URLEncoded() + "." + token[1] + "."
        XCTAssertThrowsError(try OpenIDConnect.verify(unsigned, keys: keys), "alg none")
    }

    func testTheClaimsMustBeForUsFreshAndOurs() {
        let good = SingleSignOnRules.Claims(issuer: "https://login.kommune.dk/", audience: ["godstart"], expires: testNow.addingTimeInterval(60),
                                            nonce: "n", subject: "1", email: "a@kommune.dk")
        func check(_ claims: SingleSignOnRules.Claims) -> Result<String, SingleSignOnRules.Refusal> {
            SingleSignOnRules.check(claims, issuer: "https://login.kommune.dk", clientID: "godstart", nonce: "n", now: testNow,
                                    trustedDomains: ["kommune.dk"])
        }
        XCTAssertEqual(check(good), .success("a@kommune.dk"))
        var claims = good
        claims.issuer = "https://evil.example"
        XCTAssertEqual(check(claims), .failure(.wrongIssuer))
        claims = good
        claims.audience = ["someone-else"]
        XCTAssertEqual(check(claims), .failure(.wrongAudience))
        claims = good
        claims.expires = testNow.addingTimeInterval(-600)
        XCTAssertEqual(check(claims), .failure(.expired))
        claims = good
        claims.nonce = "replayed"
        XCTAssertEqual(check(claims), .failure(.wrongNonce))
        claims = good
        claims.authorizedParty = "another-client"
        XCTAssertEqual(check(claims), .failure(.wrongAudience))
        claims = good
        claims.email = "someone@gmail.com"
        XCTAssertEqual(check(claims), .failure(.noEmail), "outside the trusted domains and not verified")
        claims.emailVerified = true
        XCTAssertEqual(check(claims), .success("someone@gmail.com"))
        claims = good
        claims.subject = nil
        XCTAssertEqual(check(claims), .failure(.noSubject))
        XCTAssertTrue(SingleSignOnRules.isExpired(startedAt: testNow.addingTimeInterval(-601), now: testNow))
        XCTAssertFalse(SingleSignOnRules.isExpired(startedAt: testNow.addingTimeInterval(-60), now: testNow))
    }

    func testAnAnswerWithoutItsRequestIsRefusedWithAMessage() async throws {
        configureSingleSignOn()
        let page = try await browser().get(SiteURL.singleSignOnCallback.path + "?code=abc&state=forged")
        XCTAssertEqual(page.status, .unauthorized)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.ssoExpired)))
        let cancelled = try await browser().get(SiteURL.singleSignOnCallback.path + "?error=access_denied&state=x")
        XCTAssertTrue(cancelled.contains(HTMLEscape.text(t.ssoCancelled)))
        let signIn = try await browser().get(SiteURL.signIn.path)
        XCTAssertTrue(signIn.contains(HTMLEscape.text(t.signInWithProvider("Demo Kommune"))))
    }

    func testWithoutSingleSignOnThereIsNoSuchRouteAndPasswordsAlwaysWork() async throws {
        let start = try await browser().get(SiteURL.singleSignOn.path).status
        XCTAssertEqual(start, .notFound)
        let organisation = try await Organisation.query(on: app.db).first()!
        organisation.passwordSignIn = false
        try await organisation.update(on: app.db)
        let anne = browser()
        try await anne.signIn(DemoData.email("anne"))
        let home = try await anne.get(SiteURL.root.path)
        XCTAssertNotEqual(home.location, SiteURL.signIn.path, "no lock-out without single sign-on")
    }

    func testTheAdministratorSwitchesPasswordsOff() async throws {
        configureSingleSignOn()
        for key in ["marianne", "anne"] {
            let status = try await (try await signedIn(key)).get(SiteURL.signInSettings.path).status
            XCTAssertEqual(status, .notFound, key)
        }
        let lone = try await signedIn("lone")
        let page = try await lone.get(SiteURL.signInSettings.path)
        XCTAssertTrue(page.contains("https://login.kommune.dk"))
        let saved = try await lone.post(SiteURL.signInSettings.path, ["createPeople": "on", "passwordSignIn": "on"])
        XCTAssertEqual(saved.status, .seeOther)
        let organisation = try await Organisation.query(on: app.db).first()!
        XCTAssertTrue(organisation.ssoCreatesPeople)
        // Passwords off (as if switched off by someone signed in through the provider).
        organisation.passwordSignIn = false
        try await organisation.update(on: app.db)
        let refused = try await browser().post(SiteURL.signIn.path, ["email": DemoData.email("anne"), "password": DemoData.password])
        XCTAssertEqual(refused.status, .unauthorized)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.signInFailedOrUseProvider)))
        let wrong = try await browser().post(SiteURL.signIn.path, ["email": DemoData.email("anne"), "password": "wrong"])
        XCTAssertTrue(wrong.contains(HTMLEscape.text(t.signInFailedOrUseProvider)), "the same answer, right or wrong: no password is checked")
        // An address nobody has gets the same words, so the answer tells no one who works there (issue 20).
        let unknown = try await browser().post(SiteURL.signIn.path, ["email": "nobody@demo.godstart.dk", "password": "wrong"])
        XCTAssertEqual(unknown.status, .unauthorized)
        XCTAssertTrue(unknown.contains(HTMLEscape.text(t.signInFailedOrUseProvider)))
    }

    func testAnAccountIsLinkedOnceAndNeverOpensSomeoneElse() {
        let ours = UUID(), theirs = UUID()
        let account = "https://login.kommune.dk|abc"
        func match(_ linked: (UUID, String)?, _ byAddress: (UUID, String?)?) -> SingleSignOnRules.AccountMatch {
            SingleSignOnRules.match(linkedToAccount: linked.map { (organisation: $0.0, email: $0.1) },
                                    byAddress: byAddress.map { (organisation: $0.0, account: $0.1) },
                                    email: "a@kommune.dk", account: account, organisation: ours)
        }
        XCTAssertEqual(match((ours, "a@kommune.dk"), nil), .linked)
        XCTAssertEqual(match((ours, "old@kommune.dk"), (ours, nil)), .linked, "the account, not the address, decides")
        XCTAssertEqual(match((theirs, "a@kommune.dk"), nil), .refuse, "another organisation's person")
        XCTAssertEqual(match(nil, (ours, nil)), .link, "first sign-in through the provider")
        XCTAssertEqual(match(nil, (ours, "https://login.kommune.dk|someone-else")), .refuse, "a reused address")
        XCTAssertEqual(match(nil, (theirs, nil)), .refuse)
        XCTAssertEqual(match(nil, nil), .create)
    }

    func testOnlyASessionThatCameThroughTheProviderSwitchesPasswordsOff() async throws {
        configureSingleSignOn()
        let lone = try await signedIn("lone")
        let refused = try await lone.post(SiteURL.signInSettings.path, ["createPeople": "on"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.signInThroughProviderFirst)))
        let organisation = try await Organisation.query(on: app.db).first()!
        XCTAssertTrue(organisation.passwordSignIn)
    }
}
