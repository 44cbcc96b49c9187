import XCTest
@testable import App

/// Which DATABASE_URL addresses Godstart takes: PostgreSQL's, or an SQLite file's.
final class DatabaseAddressTests: XCTestCase {
    func database(_ url: String) throws -> DatabaseChoice {
        var arguments = ["godstart", "serve"]
        return try Settings.fromCommandLine(&arguments, environment: [
            "DATABASE_URL": url, "GODSTART_TEXT_KEYS": Data(repeating: 7, count: 32).base64EncodedString(),
        ]).database
    }

    func testPostgreSQLAddressesArePassedOn() throws {
        for url in ["postgres://godstart@db.kommune.dk:5432/godstart", "postgresql://godstart@db/godstart"] {
            guard case .postgres(let kept) = try database(url) else { return XCTFail("\(url) is PostgreSQL") }
            XCTAssertEqual(kept, url, "the address is passed on as it was written")
        }
    }

    func testAnAddressOfNeitherIsRefusedWithWhatWouldDo() {
        XCTAssertThrowsError(try database("mysql://godstart@db/godstart")) { error in
            XCTAssertTrue("\(error)".contains("postgres://"), "\(error)")
        }
    }
}
