import Vapor

/// `godstart demo`: migrates and loads the demo municipality, then exits. With `--scale`, it adds
/// generated municipalities at the size of a real customer (see `ScaleData`).
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "scale", help: "Also generate municipality (one municipality, 300 programmes) or national (98 municipalities)")
        var scale: String?

        @Option(name: "seed", help: "The generated rows follow from this number (default 1)")
        var seed: UInt64?
    }

    var help: String { "Creates the database if needed and loads the demo municipality (idempotent)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var scale: DemoScale?
        if let name = signature.scale {
            guard let chosen = DemoScale(rawValue: name) else {
                throw StartupError("--scale takes \(DemoScale.allCases.map(\.rawValue).joined(separator: " or ")), not \(name)")
            }
            scale = chosen
        }
        try await prepareDatabase(app, loadDemo: true)
        guard let scale else { return }
        let started = Date()
        let hash = try app.password.hash(DemoData.password)
        try await ScaleData.load(scale, seed: signature.seed ?? 1, now: app.settings.now(), passwordHash: hash, on: app.db) {
            context.console.print($0)
        }
        context.console.print("Generated the \(scale.rawValue) dataset in \(Int(Date().timeIntervalSince(started))) s. "
            + "Sign in as \(ScaleData.logins.map { ScaleData.email($0, organisation: 0) }.joined(separator: ", ")), password \(DemoData.password).")
    }
}
