import Vapor

/// At most a few page reads are worked on at once; the others wait their turn, in order. Under
/// more load than the processor can serve, a read waiting holds almost no memory, while one being
/// worked on may hold thousands of rows (a coordinator's overview): without the gate, 64 readers at
/// once took an instance to 3 GB (issue 9, bench/RESULTS.md). Forms and uploads (anything but GET
/// and HEAD) are not held back, nor the health check.
struct ReadGateMiddleware: AsyncMiddleware {
    let gate: ReadGate

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, request.url.path != "/healthz" else {
            return try await next.respond(to: request)
        }
        await gate.enter()
        do {
            let response = try await next.respond(to: request)
            await gate.leave()
            return response
        } catch {
            await gate.leave()
            throw error
        }
    }
}

/// A counting semaphore that wakes its waiters first come, first served.
actor ReadGate {
    /// Two reads per core keep every core busy while one waits for the database.
    static let defaultLimit = max(4, 2 * System.coreCount)

    private let limit: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int = ReadGate.defaultLimit) {
        self.limit = limit
    }

    func enter() async {
        if inside < limit {
            inside += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the place straight to the first one waiting, if any.
    func leave() {
        if waiting.isEmpty {
            inside -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
