import Foundation
import GodstartCore
import NIOConcurrencyHelpers
import Vapor

/// Request counts and latency histograms by route, in Prometheus' text format, for /metrics. The
/// route is the pattern (`/programmes/:id`), never the path, so no id or token reaches a metric.
final class RequestMetrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    struct Key: Hashable {
        let method: String
        let route: String
        let status: Int
    }

    struct Series {
        var count = 0
        var sum = 0.0
        var bucketCounts = Array(repeating: 0, count: RequestMetrics.buckets.count)
    }

    private let series = NIOLockedValueBox<[Key: Series]>([:])

    func record(method: String, route: String, status: Int, seconds: Double) {
        let key = Key(method: method, route: route, status: status)
        series.withLockedValue { all in
            var entry = all[key] ?? Series()
            entry.count += 1
            entry.sum += seconds
            for (index, bound) in Self.buckets.enumerated() where seconds <= bound { entry.bucketCounts[index] += 1 }
            all[key] = entry
        }
    }

    /// The exposition: a counter and a histogram per method, route and status, plus the gauges given.
    func text(gauges: [(name: String, help: String, value: Double)] = []) -> String {
        let snapshot = series.withLockedValue { $0 }.sorted { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }
        func labels(_ key: Key) -> String {
            "method=\"\(key.method)\",route=\"\(escape(key.route))\",status=\"\(key.status)\""
        }
        var lines = ["# HELP godstart_http_requests_total Requests answered, by method, route and status.",
                     "# TYPE godstart_http_requests_total counter"]
        lines += snapshot.map { "godstart_http_requests_total{\(labels($0.key))} \($0.value.count)" }
        lines += ["# HELP godstart_http_request_duration_seconds Time to answer a request.",
                  "# TYPE godstart_http_request_duration_seconds histogram"]
        for (key, value) in snapshot {
            for (index, bound) in Self.buckets.enumerated() {
                lines.append("godstart_http_request_duration_seconds_bucket{\(labels(key)),le=\"\(bound)\"} \(value.bucketCounts[index])")
            }
            lines.append("godstart_http_request_duration_seconds_bucket{\(labels(key)),le=\"+Inf\"} \(value.count)")
            lines.append("godstart_http_request_duration_seconds_sum{\(labels(key))} \(value.sum)")
            lines.append("godstart_http_request_duration_seconds_count{\(labels(key))} \(value.count)")
        }
        for gauge in gauges {
            lines += ["# HELP \(gauge.name) \(gauge.help)", "# TYPE \(gauge.name) gauge", "\(gauge.name) \(gauge.value)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }
}

extension Application {
    private struct RequestMetricsKey: StorageKey { typealias Value = RequestMetrics }

    var requestMetrics: RequestMetrics {
        if let metrics = storage[RequestMetricsKey.self] { return metrics }
        let metrics = RequestMetrics()
        storage[RequestMetricsKey.self] = metrics
        return metrics
    }
}

/// Times every request and counts it under its route's pattern.
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: RequestMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        func record(_ status: HTTPStatus) {
            let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
            metrics.record(method: request.method.rawValue, route: route, status: Int(status.code), seconds: seconds)
        }
        do {
            let response = try await next.respond(to: request)
            record(response.status)
            return response
        } catch {
            record((error as? any AbortError)?.status ?? .internalServerError)
            throw error
        }
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
