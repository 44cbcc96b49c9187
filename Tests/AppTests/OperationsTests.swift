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
        let before = try await scrapeMetrics()
        try await emma.get(SiteURL.programme(programme.id).path)
        try await emma.get("/no-such-page/\(programme.id!.uuidString)")
        let after = try await scrapeMetrics()

        let page = ["method": "GET", "path": "/programmes/:id", "status": "200"]
        XCTAssertEqual(after.value("http_requests_total", page) - before.value("http_requests_total", page), 1)
        XCTAssertEqual(after.value("http_request_duration_seconds_count", page) - before.value("http_request_duration_seconds_count", page), 1)
        let slowest = page.merging(["le": "+Inf"]) { $1 }
        XCTAssertEqual(after.value("http_request_duration_seconds_bucket", slowest) - before.value("http_request_duration_seconds_bucket", slowest), 1)
        let unknown = ["method": "undefined", "path": "vapor_route_undefined", "status": "404"]
        XCTAssertEqual(after.value("http_requests_total", unknown) - before.value("http_requests_total", unknown), 1,
                       "a path no route matches is counted under one name, however many an attacker makes up")
        XCTAssertFalse(after.text.lowercased().contains(programme.id!.uuidString.lowercased()), "paths with ids never reach a metric")
        XCTAssertFalse(after.text.contains("no-such-page"))

        app.settings.metricsToken = "s3cret-token"
        let refused = try await browser().get(SiteURL.metrics.path)
        XCTAssertEqual(refused.status, .unauthorized)
        let wrong = try await browser().get(SiteURL.metrics.path, headers: [("Authorization", "Bearer nope")])
        XCTAssertEqual(wrong.status, .unauthorized)
    }

    /// The gauges are read when /metrics is: the outbox from the database, the read gate from memory
    /// (the scrape is itself a page read, inside the gate).
    func testMetricsGiveTheOutboxAndTheReadGateAsTheyAreNow() async throws {
        let waiting = try await OutboxMessage.counts(on: app.db)[.waiting] ?? 0
        _ = try await browser().get(SiteURL.health.path)
        let scrape = try await scrapeMetrics()
        XCTAssertEqual(scrape.value("godstart_outbox_waiting"), Double(waiting))
        XCTAssertEqual(scrape.value("godstart_outbox_failed"), 0)
        XCTAssertEqual(scrape.value("godstart_read_gate_reading"), 1)
        XCTAssertEqual(scrape.value("godstart_read_gate_waiting"), 0)
        for job in OperationsMetrics.Job.allCases {
            XCTAssertNotNil(scrape.samples.first { $0.name == "godstart_job_failures_total" && $0.labels == ["job": job.rawValue] },
                            "every job's series is there from the start")
        }
        XCTAssertTrue(scrape.text.contains("# TYPE http_request_duration_seconds histogram"))
        XCTAssertTrue(scrape.text.contains("# TYPE godstart_outbox_waiting gauge"))
    }
}
