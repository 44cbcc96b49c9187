import App
import Foundation
import NIOCore
import NIOPosix
import Vapor

// Swift's tasks run on the server's event loops, where the requests and the database's answers
// arrive: without this every statement of a page hops between two thread pools (issue 24: a
// quarter of a person's page went to threads handing work to each other). Nothing in Godstart
// blocks a thread with `.wait()`; bcrypt runs on the thread pool.
// It must come first, before anything asynchronous has run.
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

/// Godstart's entrypoint: `godstart serve [--demo] [--db PATH]`, `godstart migrate`, `godstart demo`.
var arguments = CommandLine.arguments
let settings: Settings
do {
    settings = try Settings.fromCommandLine(&arguments, environment: ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data("godstart: \(error)\n".utf8))
    exit(1)
}

var environment = try Environment.detect(arguments: arguments)
try LoggingSystem.bootstrap(from: &environment)
let app = try await Application.make(environment)

do {
    try await configure(app, settings: settings)
    let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
    if command == "serve" {
        try await prepareDatabase(app, loadDemo: settings.demoMode)
        app.lifecycle.use(BackgroundJobs())
    }
    try await app.execute()
    try await app.asyncShutdown()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data("godstart: \(failure)\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
} catch {
    FileHandle.standardError.write(Data("godstart: could not start: \(StartupMessage.line(for: error))\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
