import Foundation
import Logging
import NIOConcurrencyHelpers

/// Counts the SQL statements the app sends, by the "Executing query" line each of SQLKit's drivers
/// logs for every statement (at the level the app configures, debug). Every logger made after
/// `QueryCounter.install()` reports to it, whatever level its owner sets; what it prints is still
/// only what that level lets through.
final class QueryCounter: @unchecked Sendable {
    static let shared = QueryCounter()
    private let lock = NIOLock()
    private var count = 0
    private var statements: [String] = []

    /// Once per test process: swift-log takes one factory for the process's life.
    static let install: Void = {
        LoggingSystem.bootstrap { label in CountingLogHandler(label: label, counter: shared) }
    }()

    func reset() { lock.withLock { count = 0; statements = [] } }

    /// The statements since the last reset.
    var recorded: (count: Int, statements: [String]) { lock.withLock { (count, statements) } }

    fileprivate func add(_ sql: String) { lock.withLock { count += 1; statements.append(sql) } }
}

private struct CountingLogHandler: LogHandler {
    let counter: QueryCounter
    private var printed: StreamLogHandler
    /// The level the logger's owner asked for, which decides what is printed.
    private var printedLevel: Logger.Level = .info

    init(label: String, counter: QueryCounter) {
        self.counter = counter
        printed = StreamLogHandler.standardError(label: label)
    }

    /// Debug and above reach `log`, so the SQL lines (logged at debug) are seen even when the owner
    /// prints only warnings; the drivers' trace lines (every message to the server) are not built at all.
    var logLevel: Logger.Level {
        get { .debug }
        set { printedLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { printed.metadata }
        set { printed.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { printed[metadataKey: key] }
        set { printed[metadataKey: key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
             function: String, line: UInt) {
        if message.description == "Executing query", case .string(let sql)? = metadata?["sql"] {
            counter.add(sql)
        }
        guard level >= printedLevel else { return }
        printed.log(level: level, message: message, metadata: metadata, source: source, file: file, function: function, line: line)
    }
}
