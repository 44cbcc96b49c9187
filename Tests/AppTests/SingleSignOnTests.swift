import _CryptoExtras
import Crypto
import Fluent
import GodstartCore
import JWTKit
import NIOConcurrencyHelpers
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

    func jwt(_ claims: [String: Any], key: _RSA.Signing.PrivateKey, kid: String? = "k1", alg: String = "RS256") throws -> String {
        var header: [String: Any] = ["alg": alg, "typ": "JWT"]
        if let kid { header["kid"] = kid }
        let encodedHeader = Array(try JSONSerialization.data(withJSONObject: header)).base64URLEncoded()
        let payload = Array(try JSONSerialization.data(withJSONObject: claims)).base64URLEncoded()
        let signature = try key.signature(for: SHA256.hash(data: Data("\(encodedHeader).\(payload)".utf8)), padding: .insecurePKCS1v1_5)
        return "\(encodedHeader).\(payload).\(Array(signature.rawRepresentation).base64URLEncoded())"
    }

    /// A key set with the public halves of `keys`, as a provider publishes it.
    func keySet(_ keys: [(kid: String?, key: _RSA.Signing.PrivateKey)], alg: String? = "RS256") throws -> Data {
        let entries = try keys.map { entry -> [String: Any] in
            let primitives = try entry.key.publicKey.getKeyPrimitives()
            var jwk: [String: Any] = ["kty": "RSA", "use": "sig", "n": Array(primitives.modulus).base64URLEncoded(),
                                      "e": Array(primitives.publicExponent).base64URLEncoded()]
            if let kid = entry.kid { jwk["kid"] = kid }
            if let alg { jwk["alg"] = alg }
            return jwk
        }
        return try JSONSerialization.data(withJSONObject: ["keys": entries])
    }

    func verified(_ token: String, _ keySet: Data, algorithms: Set<String> = ["RS256"]) async throws -> SingleSignOnRules.Claims {
        let (keys, _) = try await ProviderKeys.collection(keySet)
        return try await IDTokenVerifier.verify(token, keys: keys, algorithms: algorithms, clientID: "godstart")
    }

    func refused(_ token: String, _ keySet: Data, algorithms: Set<String> = ["RS256"], _ why: String) async {
        do {
            _ = try await verified(token, keySet, algorithms: algorithms)
            XCTFail("accepted: \(why)")
        } catch {}
    }

    var goodClaims: [String: Any] {
        ["iss": "https://login.kommune.dk", "aud": "godstart", "exp": testNow.timeIntervalSince1970 + 300,
         "nonce": "n-1", "sub": "123", "email": "Marianne@Demo.Godstart.dk", "email_verified": true]
    }

    func testAnIDTokenCountsOnlyWithTheProvidersSignature() async throws {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let other = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let keys = try keySet([("k1", key)])
        let claims = try await verified(try jwt(goodClaims, key: key), keys)
        XCTAssertEqual(SingleSignOnRules.check(claims, issuer: configuration.issuer, clientID: "godstart", nonce: "n-1", now: testNow),
                       .success("marianne@demo.godstart.dk"))
        await refused(try jwt(goodClaims, key: other), keys, "another key's signature")
        var token = try jwt(goodClaims, key: key).split(separator: ".").map(String.init)
        var changed = goodClaims
        changed["email"] = "lone@demo.godstart.dk"
        token[1] = Array(try JSONSerialization.data(withJSONObject: changed)).base64URLEncoded()
        await refused(token.joined(separator: "."), keys, "a changed claim")
        // A provider that publishes one key without an id, and tokens that name none, still work.
        let claimsWithoutIDs = try await verified(try jwt(goodClaims, key: key, kid: nil), try keySet([(nil, key)]))
        XCTAssertEqual(claimsWithoutIDs.subject, "123")
    }

    /// The forged tokens a sign-in bypass is made of (issue 26): each is refused.
    func testForgedIDTokensAreRefused() async throws {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let keys = try keySet([("k1", key)])
        let token = try jwt(goodClaims, key: key).split(separator: ".").map(String.init)

        // "alg": "none", with or without a signature.
        let none = Array(Data(#"{"alg":"none","kid":"k1"}"#.utf8)).base64URLEncoded()
        await refused("\(none).\(token[1]).", keys, algorithms: ["RS256", "none"], "alg none")
        await refused("\(none).\(token[1]).\(token[2])", keys, "alg none with a signature")

        // HS256 with the provider's public key as the shared secret: anyone could sign so.
        let hs256 = Array(Data(#"{"alg":"HS256","kid":"k1","typ":"JWT"}"#.utf8)).base64URLEncoded()
        let publicKeyBytes = Data(key.publicKey.pemRepresentation.utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(hs256).\(token[1])".utf8), using: SymmetricKey(data: publicKeyBytes))
        let forged = "\(hs256).\(token[1]).\(Array(Data(mac)).base64URLEncoded())"
        await refused(forged, keys, "HS256 with the public key")
        await refused(forged, keys, algorithms: ["RS256", "HS256"], "HS256 even when the provider says it uses it: the key is RSA")

        // An algorithm the provider does not say it uses.
        await refused(try jwt(goodClaims, key: key), keys, algorithms: ["ES256"], "RS256 when the provider signs with ES256 only")

        // Another audience: the token was made for another application.
        var otherAudience = goodClaims
        otherAudience["aud"] = "someone-else"
        await refused(try jwt(otherAudience, key: key), keys, "another audience")
        otherAudience["aud"] = ["godstart", "someone-else"]
        await refused(try jwt(otherAudience, key: key), keys, "an audience beside ours that we do not trust")

        // Signed right, but for another issuer, long expired, not yet valid, or for another sign-in.
        func check(_ change: (inout [String: Any]) -> Void) async throws -> Result<String, SingleSignOnRules.Refusal> {
            var claims = goodClaims
            change(&claims)
            return SingleSignOnRules.check(try await verified(try jwt(claims, key: key), keys), issuer: configuration.issuer,
                                           clientID: "godstart", nonce: "n-1", now: testNow)
        }
        let wrongIssuer = try await check { $0["iss"] = "https://evil.example" }
        XCTAssertEqual(wrongIssuer, .failure(.wrongIssuer))
        let expired = try await check { $0["exp"] = testNow.timeIntervalSince1970 - 600 }
        XCTAssertEqual(expired, .failure(.expired))
        let notYet = try await check { $0["nbf"] = testNow.timeIntervalSince1970 + 600 }
        XCTAssertEqual(notYet, .failure(.expired))
        let withinLeeway = try await check { $0["nbf"] = testNow.timeIntervalSince1970 + 30 }
        XCTAssertEqual(withinLeeway, .success("marianne@demo.godstart.dk"), "a provider's clock a little ahead")
        let replayed = try await check { $0["nonce"] = "n-0" }
        XCTAssertEqual(replayed, .failure(.wrongNonce))
    }

    /// A token naming a key the provider no longer (or never) published: the keys are read again,
    /// once a minute at most, and the token is refused when they do not have it.
    func testAnUnknownKeyIsLookedForOnceAMinuteAndThenRefused() async throws {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let stranger = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let published = try keySet([("k1", key), ("k2", try _RSA.Signing.PrivateKey(keySize: .bits2048))])
        let providerKeys = ProviderKeys()
        let reads = NIOLockedValueBox(0)
        func keys(_ kid: String?, _ now: Date) async throws -> JWTKeyCollection {
            try await providerKeys.keys(for: kid, now: now) {
                reads.withLockedValue { $0 += 1 }
                return published
            }
        }
        _ = try await IDTokenVerifier.verify(try jwt(goodClaims, key: key), keys: try await keys("k1", testNow), algorithms: ["RS256"], clientID: "godstart")
        XCTAssertEqual(reads.withLockedValue { $0 }, 1)
        let strangersToken = try jwt(goodClaims, key: stranger, kid: "k9")
        do {
            _ = try await IDTokenVerifier.verify(strangersToken, keys: try await keys("k9", testNow.addingTimeInterval(61)), algorithms: ["RS256"], clientID: "godstart")
            XCTFail("a key nobody published")
        } catch {}
        XCTAssertEqual(reads.withLockedValue { $0 }, 2, "an unknown key id reads the keys again")
        _ = try await keys("k9", testNow.addingTimeInterval(70))
        XCTAssertEqual(reads.withLockedValue { $0 }, 2, "but not again within the minute")
        _ = try await keys("k9", testNow.addingTimeInterval(130))
        XCTAssertEqual(reads.withLockedValue { $0 }, 3)
        _ = try await keys("k1", testNow.addingTimeInterval(140))
        XCTAssertEqual(reads.withLockedValue { $0 }, 3, "a known key id uses the keys read")
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
