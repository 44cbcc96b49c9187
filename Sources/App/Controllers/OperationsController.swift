import Fluent
import Foundation
import SQLKit
import Vapor

/// What operations ask of a running instance: is the process up, can it serve (database reachable,
/// migrations current), and its metrics for Prometheus.
enum OperationsController {
    static func plain(_ status: HTTPStatus, _ text: String) -> Response {
        let response = Response(status: status, body: .init(string: text + "\n"))
        response.headers.contentType = .plainText
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable static func health(req: Request) async throws -> Response { plain(.ok, "ok") }

    /// Ready when the database answers and every migration this build knows has run. The answer is
    /// kept for a second (`Readiness`), so a load balancer asking many times a second costs one read.
    @Sendable static func ready(req: Request) async throws -> Response {
        if let kept = req.application.readiness.answer(at: DispatchTime.now().uptimeNanoseconds) { return plain(kept.status, kept.text) }
        let (status, text) = await checkReadiness(req)
        req.application.readiness.keep(status: status, text: text, at: DispatchTime.now().uptimeNanoseconds)
        return plain(status, text)
    }

    private static func checkReadiness(_ req: Request) async -> (HTTPStatus, String) {
        guard let sql = req.db as? any SQLDatabase else { return (.serviceUnavailable, "database: not SQL") }
        struct Row: Decodable { let name: String }
        let done: Set<String>
        do {
            done = Set(try await sql.select().column("name").from("_fluent_migrations").all(decoding: Row.self).map(\.name))
        } catch {
            req.logger.warning("readyz: the database did not answer")
            return (.serviceUnavailable, "database: not reachable")
        }
        let missing = GodstartMigrations.all.map(\.name).filter { !done.contains($0) }
        guard missing.isEmpty else { return (.serviceUnavailable, "migrations: \(missing.count) not run") }
        return (.ok, "ready")
    }

    /// Behind `MetricsAccessMiddleware`: operations only.
    @Sendable static func metrics(req: Request) async throws -> Response {
        let text = try await OperationsMetrics.exposition(for: req.application, on: req.db)
        let response = plain(.ok, text.trimmingCharacters(in: .newlines))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return response
    }
}
