import Vapor

/// `godstart check`: compares what Godstart keeps beside its records with the records themselves,
/// reports every difference and puts it right. Today that is the programmes' summaries the
/// overview and the alerts API list (`ProgrammeSummaries`). Exits non-zero when something differed.
struct CheckCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Checks the kept programme summaries against the programmes' records and rebuilds them." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let result = try await ProgrammeSummaries.check(now: context.application.settings.now(), on: context.application.db)
        for difference in result.differences { context.console.warning(difference.description) }
        context.console.info("Programme summaries: \(result.checked) kept for today checked, \(result.differences.count) differed; all rebuilt.")
        if !result.differences.isEmpty { throw CommandFailure("\(result.differences.count) programme summaries differed from their records; they are rebuilt") }
    }
}
