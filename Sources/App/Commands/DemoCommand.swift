import Vapor

/// `godstart demo`: migrates and loads the demo municipality, then exits.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Creates the database if needed and loads the demo municipality (idempotent)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await prepareDatabase(context.application, loadDemo: true)
    }
}
