import Logging
import NIOConcurrencyHelpers
import Vapor

/// For the benchmark's table (`bench/run.py`): started with `GODSTART_COUNT_STATEMENTS=1`, an
/// instance says in each response how many SQL statements the request ran (`X-Godstart-Statements`).
/// They are counted from the "Executing query" line SQLKit's drivers log for every statement to the
/// request's logger; off by default, as the count makes every statement build that line.
struct StatementCountMiddleware: AsyncMiddleware {
    static let header = "X-Godstart-Statements"
    static let environmentKey = "GODSTART_COUNT_STATEMENTS"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let counter = Counter()
        var logger = request.logger
        logger.handler = CountingHandler(counter: counter, wrapped: logger.handler)
        request.logger = logger
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: Self.header, value: String(counter.value))
        return response
    }

    final class Counter: Sendable {
        private let count = NIOLockedValueBox(0)
        func add() { count.withLockedValue { $0 += 1 } }
        var value: Int { count.withLockedValue { $0 } }
    }

    /// Passes everything on as the request's own handler would, and counts the statements.
    private struct CountingHandler: LogHandler {
        let counter: Counter
        var wrapped: any LogHandler

        /// The statements are logged at debug: this handler hears them whatever the wrapped one prints.
        var logLevel: Logger.Level {
            get { .debug }
            set { wrapped.logLevel = newValue }
        }

        var metadata: Logger.Metadata {
            get { wrapped.metadata }
            set { wrapped.metadata = newValue }
        }

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { wrapped[metadataKey: key] }
            set { wrapped[metadataKey: key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
                 function: String, line: UInt) {
            if message.description == "Executing query" { counter.add() }
            if level >= wrapped.logLevel {
                wrapped.log(level: level, message: message, metadata: metadata, source: source, file: file, function: function, line: line)
            }
        }
    }
}
