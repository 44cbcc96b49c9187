import Vapor

/// `godstart minimal-route --port 8091`: a bare Vapor server with one route that answers "ok",
/// no middleware and no database. The benchmarks (bench/pages.py) measure it beside Godstart's
/// pages in the same run, on the same machine and build, and report each page as a share of it.
struct MinimalRouteCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "hostname", help: "Address to listen on (default 127.0.0.1)")
        var hostname: String?

        @Option(name: "port", help: "Port to listen on (default 8091)")
        var port: Int?
    }

    var help: String { "Serves Vapor's minimal route (GET /minimal answers \"ok\"), for the benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        var environment = context.application.environment
        environment.arguments = ["godstart", "serve", "--hostname", signature.hostname ?? "127.0.0.1",
                                 "--port", String(signature.port ?? 8091)]
        let bare = try await Application.make(environment)
        bare.middleware = Middlewares()
        bare.get("minimal") { _ in "ok" }
        do {
            try await bare.execute()
        } catch {
            try? await bare.asyncShutdown()
            throw error
        }
        try await bare.asyncShutdown()
    }
}
