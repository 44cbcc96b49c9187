import XCTVapor
@testable import App

/// The benchmark's table reads each page's statement count from `X-Godstart-Statements`
/// (`GODSTART_COUNT_STATEMENTS=1`).
final class StatementCountTests: AppTestCase {
    func testAResponseSaysHowManyStatementsItRan() async throws {
        app.middleware.use(StatementCountMiddleware())
        try await app.test(.GET, "/healthz") { response async in
            XCTAssertEqual(response.headers.first(name: StatementCountMiddleware.header), "0", "no database")
        }
        try await app.test(.GET, "/readyz") { response async in
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers.first(name: StatementCountMiddleware.header), "1", "one read, kept for a second")
        }
        try await app.test(.GET, "/readyz") { response async in
            XCTAssertEqual(response.headers.first(name: StatementCountMiddleware.header), "0", "the kept answer")
        }
    }
}
