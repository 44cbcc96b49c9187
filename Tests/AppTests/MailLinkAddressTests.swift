import XCTest
@testable import App

/// Issue 23: without GODSTART_PUBLIC_URL, mails link to the address `serve` listens on.
final class MailLinkAddressTests: XCTestCase {
    func settings(_ arguments: [String], _ environment: [String: String] = [:]) throws -> Settings {
        var arguments = arguments
        let database = "sqlite://\(NSTemporaryDirectory())mail-link-test.sqlite"
        return try Settings.fromCommandLine(&arguments, environment: environment.merging([
            "DATABASE_URL": database, "GODSTART_TEXT_KEYS": Data(repeating: 7, count: 32).base64EncodedString(),
        ]) { a, _ in a })
    }

    func testLinksFollowThePortAndAddressServed() throws {
        XCTAssertEqual(try settings(["godstart", "serve", "--demo"]).mail.publicURL, "http://127.0.0.1:8080")
        XCTAssertEqual(try settings(["godstart", "serve", "--demo", "--port", "8081"]).mail.publicURL, "http://127.0.0.1:8081")
        XCTAssertEqual(try settings(["godstart", "serve", "-H", "godstart.local", "-p", "9000"]).mail.publicURL, "http://godstart.local:9000")
        XCTAssertEqual(try settings(["godstart", "serve", "--bind", "0.0.0.0:8443"]).mail.publicURL, "http://127.0.0.1:8443")
        let set = try settings(["godstart", "serve", "--port", "8081"], ["GODSTART_PUBLIC_URL": "https://godstart.kommune.dk"])
        XCTAssertEqual(set.mail.publicURL, "https://godstart.kommune.dk", "the address given wins")
    }
}
