import Fluent
import SQLKit
import XCTVapor
@testable import App

final class OperationsTests: AppTestCase {
    func testHealthAndReadinessAnswerWithoutSigningIn() async throws {
        let health = try await browser().get(SiteURL.health.path)
        XCTAssertEqual(health.status, .ok)
        let ready = try await browser().get(SiteURL.ready.path)
        XCTAssertEqual(ready.status, .ok)
        XCTAssertEqual(ready.body, "ready\n")
    }

    func testReadinessFailsWhileAMigrationHasNotRun() async throws {
        try await (app.db as! any SQLDatabase).raw("DELETE FROM _fluent_migrations WHERE name LIKE '%M023%'").run()
        let ready = try await browser().get(SiteURL.ready.path)
        XCTAssertEqual(ready.status, .serviceUnavailable)
        XCTAssertTrue(ready.body.contains("migrations"))
    }

    /// A load balancer asking many times a second costs the database one read a second.
    func testReadinessIsKeptForASecond() {
        let readiness = Readiness()
        XCTAssertNil(readiness.answer(at: 5_000_000_000))
        readiness.keep(status: .ok, text: "ready", at: 5_000_000_000)
        XCTAssertEqual(readiness.answer(at: 5_500_000_000)?.text, "ready")
        XCTAssertNil(readiness.answer(at: 6_000_000_000), "asked again after a second")
    }

    func testMetricsCountRequestsByRoutePatternAndNeedTheTokenWhenOneIsSet() async throws {
        let emma = try await signedIn("emma")
        let programme = try await programme(of: "emma")
        try await emma.get(SiteURL.programme(programme.id).path)
        app.settings.metricsToken = "s3cret-token"
        let metrics = try await browser().get(SiteURL.metrics.path, headers: [("Authorization", "Bearer s3cret-token")])
        XCTAssertEqual(metrics.status, .ok)
        XCTAssertTrue(metrics.contains("godstart_http_requests_total{method=\"GET\",route=\"/programmes/:id\",status=\"200\"} 1"))
        XCTAssertTrue(metrics.contains("godstart_http_request_duration_seconds_bucket{method=\"GET\",route=\"/programmes/:id\",status=\"200\",le=\"+Inf\"} 1"))
        XCTAssertFalse(metrics.contains(programme.id!.uuidString.lowercased()), "paths with ids never reach a metric")

        let refused = try await browser().get(SiteURL.metrics.path)
        XCTAssertEqual(refused.status, .unauthorized)
        let wrong = try await browser().get(SiteURL.metrics.path, headers: [("Authorization", "Bearer nope")])
        XCTAssertEqual(wrong.status, .unauthorized)
    }
}
