import NIOConcurrencyHelpers
import Vapor

/// At most a few page reads are worked on at once; the others wait their turn, in order. Under
/// more load than the processor can serve, a read waiting holds almost no memory, while one being
/// worked on may hold thousands of rows (a coordinator's overview): without the gate, 64 readers at
/// once took an instance to 3 GB (issue 9, bench/RESULTS.md). Forms and uploads (anything but GET
/// and HEAD) are not held back, nor the health check.
///
/// Each event loop has a gate of its own (`ReadGate.perLoop`): on SQLite a page's statements run on
/// its loop, so with one gate for all, the places could all go to pages of one loop while the
/// other loop's pages waited and it stood idle, half the processor unused (perf, issue 24).
struct ReadGateMiddleware: AsyncMiddleware {
    let gate: @Sendable (any EventLoop) -> ReadGate
    /// Every gate, for /metrics.
    let gates: [ReadGate]

    init(gate: ReadGate) {
        self.gate = { _ in gate }
        gates = [gate]
    }

    /// A gate for each of `group`'s loops, each letting in `limit` pages.
    init(perLoopOf group: any EventLoopGroup, limit: Int = ReadGate.perLoopLimit) {
        let byLoop = Dictionary(uniqueKeysWithValues: group.makeIterator().map { (ObjectIdentifier($0), ReadGate(limit: limit)) })
        // A loop of another group (none in the server) shares one gate.
        let others = ReadGate(limit: limit)
        gate = { byLoop[ObjectIdentifier($0)] ?? others }
        gates = Array(byLoop.values) + [others]
    }

    /// Pages being read and pages waiting for a place, over all the gates.
    var load: (reading: Int, waiting: Int) {
        gates.map(\.load).reduce((0, 0)) { ($0.0 + $1.reading, $0.1 + $1.waiting) }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, request.url.path != "/healthz" else {
            return try await next.respond(to: request)
        }
        let gate = gate(request.eventLoop)
        await gate.enter(on: request.eventLoop)
        do {
            let response = try await next.respond(to: request)
            gate.leave()
            return response
        } catch {
            gate.leave()
            throw error
        }
    }
}

/// A counting semaphore that wakes its waiters first come, first served, each on its own request's
/// event loop. Swift's tasks run on the event loops, and a task goes on where it is woken: woken by
/// whoever left (as an actor did), the pages gathered on one loop and the other stood idle, half
/// the processor unused once the statements ran on the loops themselves (perf, issue 24).
final class ReadGate: Sendable {
    /// Two reads per event loop (a loop to a core): one worked on while the other waits for the
    /// database (PostgreSQL; on SQLite a read mostly runs through without waiting).
    static let perLoopLimit = 2

    private struct Waiter {
        let continuation: CheckedContinuation<Void, Never>
        let eventLoop: (any EventLoop)?
    }

    private let limit: Int
    private let state = NIOLockedValueBox<(inside: Int, waiting: [Waiter])>((0, []))

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a place, waiting for one if all are taken; woken on `eventLoop` when given.
    func enter(on eventLoop: (any EventLoop)? = nil) async {
        if takePlace(else: nil) { return }
        await withCheckedContinuation { continuation in
            if takePlace(else: Waiter(continuation: continuation, eventLoop: eventLoop)) { continuation.resume() }
        }
    }

    /// Takes a place if one is free; else queues `waiter`, if given.
    private func takePlace(else waiter: Waiter?) -> Bool {
        state.withLockedValue { state in
            if state.inside < limit {
                state.inside += 1
                return true
            }
            if let waiter { state.waiting.append(waiter) }
            return false
        }
    }

    /// Pages inside and pages waiting, at this moment.
    var load: (reading: Int, waiting: Int) {
        state.withLockedValue { ($0.inside, $0.waiting.count) }
    }

    /// Hands the place straight to the first one waiting, if any.
    func leave() {
        let next = state.withLockedValue { state -> Waiter? in
            if state.waiting.isEmpty {
                state.inside -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        guard let next else { return }
        if let eventLoop = next.eventLoop {
            eventLoop.execute { next.continuation.resume() }
        } else {
            next.continuation.resume()
        }
    }
}

extension Application {
    private struct ReadGateKey: StorageKey { typealias Value = ReadGateMiddleware }

    /// The instance's read gates, one for each event loop, as `configure` put them in front of the pages.
    var readGate: ReadGateMiddleware? {
        get { storage[ReadGateKey.self] }
        set { storage[ReadGateKey.self] = newValue }
    }
}
