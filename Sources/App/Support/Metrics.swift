import CoreMetrics
import Fluent
import GodstartCore
import Prometheus
import Vapor

/// What /metrics tells operations, in Prometheus' text format. Requests are counted and timed by
/// Vapor itself through swift-metrics (`http_requests_total`, `http_request_errors_total` and the
/// histogram `http_request_duration_seconds`, by method, route pattern as `path` and status: never
/// the path itself, so no id or token reaches a label; a path no route matches is
/// `vapor_route_undefined`). swift-prometheus is swift-metrics' backend and writes the exposition;
/// Godstart's own numbers (`godstart_*`) are kept in the same registry, with their help texts.
///
/// swift-metrics has one backend for the whole process, so there is one registry for the process
/// however many applications it runs (the tests run several: they read differences, never totals).
enum OperationsMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        // Its default buckets for timers: 5 ms to 10 s.
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// Background work that counts its failures.
    enum Job: String, CaseIterable { case mail, reminders }

    /// Made once, before any request or job runs; every series exists from the start, at 0.
    static func start() {
        _ = registry
        for job in Job.allCases { _ = failures(of: job) }
        _ = (mailSent, outboxWaiting, outboxFailed, readGateReading, readGateWaiting)
    }

    static let mailSent = registry.makeCounter(descriptor: godstart(
        "mail_sent", unit: "total", help: "Mails the mail server accepted from this instance."))

    static func failures(of job: Job) -> Prometheus.Counter {
        registry.makeCounter(descriptor: godstart(
            "job_failures", unit: "total", help: "Failed runs of background work: a mail not accepted, a reminder run that stopped."),
                             labels: [("job", job.rawValue)])
    }

    static let outboxWaiting = registry.makeGauge(descriptor: godstart(
        "outbox_waiting", help: "Mails waiting in the outbox to be sent."))
    static let outboxFailed = registry.makeGauge(descriptor: godstart(
        "outbox_failed", help: "Mails given up after every attempt, waiting for the administrator."))
    static let readGateReading = registry.makeGauge(descriptor: godstart(
        "read_gate_reading", help: "Page reads being worked on (at most two for each event loop, a loop to a core)."))
    static let readGateWaiting = registry.makeGauge(descriptor: godstart(
        "read_gate_waiting", help: "Page reads waiting for their turn at the read gate."))

    private static func godstart(_ name: String, unit: String? = nil, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "godstart", metricName: name, unitName: unit, helpText: help)
    }

    /// The exposition, with the gauges read now: the outbox from the database, the read gate from memory.
    static func exposition(for app: Application, on db: any Database) async throws -> String {
        let outbox = try await OutboxMessage.counts(on: db)
        outboxWaiting.set(to: Double(outbox[.waiting] ?? 0))
        outboxFailed.set(to: Double(outbox[.failed] ?? 0))
        let load = app.readGate?.load ?? (reading: 0, waiting: 0)
        readGateReading.set(to: Double(load.reading))
        readGateWaiting.set(to: Double(load.waiting))
        return registry.emitToString()
    }
}

/// Lets only operations read /metrics (`MetricsAccess`): with `GODSTART_METRICS_TOKEN`, a request
/// carrying it as a bearer token; without it, a request from this machine (its TCP peer, never
/// X-Forwarded-For). Anyone else gets 401 and nothing else.
struct MetricsAccessMiddleware: AsyncMiddleware {
    static let forwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let token = request.application.settings.metricsToken
        let sent = request.headers.bearerAuthorization?.token ?? ""
        let allowed = MetricsAccess.allows(
            tokenIsSet: token != nil, sentTokenMatches: token.map { !sent.isEmpty && CSRF.constantTimeEqual(sent, $0) } ?? false,
            peer: request.remoteAddress?.ipAddress,
            forwarded: Self.forwardingHeaders.contains { request.headers.first(name: $0) != nil })
        guard allowed else {
            let response = OperationsController.plain(.unauthorized, token == nil ? "only from this machine" : "a token is needed")
            if token != nil { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
            return response
        }
        return try await next.respond(to: request)
    }
}
