import FluentSQLiteDriver
import SQLKit
import Vapor

/// `godstart minimal-route --port 8091`: a bare Vapor server with one route that answers "ok",
/// no middleware and no database. The benchmarks (bench/run.py) measure it beside Godstart's
/// pages in the same run, on the same machine and build, and report each page as a share of it.
///
/// With `--database PATH` it also serves `GET /reads/N`: N statements of one row each (`SELECT ?`)
/// through Fluent's SQLite driver, one after another as a page reads, then "ok". It is the floor of
/// the database stack under every page: what N statements cost before Godstart builds or renders
/// anything (bench/RESULTS.md, issue 24).
struct MinimalRouteCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "hostname", help: "Address to listen on (default 127.0.0.1)")
        var hostname: String?

        @Option(name: "port", help: "Port to listen on (default 8091)")
        var port: Int?

        @Option(name: "database", help: "A SQLite file for GET /reads/N (read only by `SELECT ?`)")
        var database: String?
    }

    var help: String { "Serves Vapor's minimal route (GET /minimal answers \"ok\"), for the benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        var environment = context.application.environment
        environment.arguments = ["godstart", "serve", "--hostname", signature.hostname ?? "127.0.0.1",
                                 "--port", String(signature.port ?? 8091)]
        let bare = try await Application.make(environment)
        bare.middleware = Middlewares()
        // Godstart's configure gave this process a metrics backend (`OperationsMetrics`); a bare
        // Vapor has none, so the route reports nothing and the pages' shares include their metrics.
        bare.http.server.configuration.reportMetrics = false
        bare.get("minimal") { _ in "ok" }
        if let path = signature.database {
            bare.databases.use(.sqlite(.file(path)), as: .sqlite)
            bare.get("reads", ":count") { req async throws -> String in
                let count = min(max(req.parameters.get("count", as: Int.self) ?? 1, 0), 50)
                guard let sql = req.db as? any SQLDatabase else { throw Abort(.internalServerError) }
                for number in 0..<count {
                    _ = try await sql.raw("SELECT \(bind: number) AS n").first()
                }
                return "ok"
            }
        }
        do {
            try await bare.execute()
        } catch {
            try? await bare.asyncShutdown()
            throw error
        }
        try await bare.asyncShutdown()
    }
}
