import Vapor
import XCTest
@testable import App

/// The address a request came from, behind a reverse proxy or not (`ClientAddress`).
final class ClientAddressTests: XCTestCase {
    let proxy: Set<String> = ["127.0.0.1"]

    func testWithoutATrustedProxyThePeerIsTheAddressWhateverTheHeaderSays() {
        XCTAssertEqual(ClientAddress.of(peer: "198.51.100.7", forwardedFor: ["203.0.113.9"], trustedProxies: []), "198.51.100.7")
        XCTAssertEqual(ClientAddress.of(peer: "198.51.100.7", forwardedFor: ["203.0.113.9"], trustedProxies: proxy), "198.51.100.7",
                       "a peer that is not the proxy cannot name another address")
    }

    func testBehindTheProxyTheAddressItWasGivenCounts() {
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: ["198.51.100.7"], trustedProxies: proxy), "198.51.100.7")
        // A browser may send its own header; the proxy appends the address it saw, the last one.
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: ["10.9.9.9, 198.51.100.7"], trustedProxies: proxy), "198.51.100.7")
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: ["10.9.9.9", "198.51.100.7"], trustedProxies: proxy), "198.51.100.7")
        // Two proxies in a row: the nearest untrusted hop.
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: ["198.51.100.7, 10.0.0.2"], trustedProxies: proxy.union(["10.0.0.2"])),
                       "198.51.100.7")
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: [" 2001:db8::1 "], trustedProxies: proxy), "2001:db8::1")
    }

    func testAProxyThatSendsNoAddressOrNonsenseLeavesItsOwn() {
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: [], trustedProxies: proxy), "127.0.0.1")
        XCTAssertEqual(ClientAddress.of(peer: "127.0.0.1", forwardedFor: ["unknown"], trustedProxies: proxy), "127.0.0.1")
        XCTAssertEqual(ClientAddress.of(peer: nil, forwardedFor: ["198.51.100.7"], trustedProxies: proxy), nil)
    }

    func testTheSettingListsAddressesOrStopsTheStartWithOneLine() throws {
        XCTAssertEqual(try ClientAddress.trustedProxies(from: [:]), [])
        XCTAssertEqual(try ClientAddress.trustedProxies(from: ["GODSTART_TRUSTED_PROXIES": " 127.0.0.1, 10.0.0.2 "]), ["127.0.0.1", "10.0.0.2"])
        XCTAssertThrowsError(try ClientAddress.trustedProxies(from: ["GODSTART_TRUSTED_PROXIES": "127.0.0.1, proxy.kommune.dk"])) { error in
            XCTAssertTrue("\(error)".contains("proxy.kommune.dk"), "\(error)")
        }
        var arguments = ["godstart", "serve"]
        let settings = try Settings.fromCommandLine(&arguments, environment: [
            "GODSTART_TRUSTED_PROXIES": "127.0.0.1", "DATABASE_URL": "sqlite://\(NSTemporaryDirectory())address-test.sqlite",
            "GODSTART_TEXT_KEYS": Data(repeating: 7, count: 32).base64EncodedString(),
        ])
        XCTAssertEqual(settings.trustedProxies, ["127.0.0.1"])
    }
}
