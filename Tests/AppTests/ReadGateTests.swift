import XCTVapor
@testable import App

/// The gate that keeps an instance's memory bounded under overload (issue 9).
final class ReadGateTests: XCTestCase {
    actor Record {
        var inside = 0
        var most = 0
        var order: [Int] = []
        func enter(_ number: Int) { inside += 1; most = max(most, inside); order.append(number) }
        func leave() { inside -= 1 }
    }

    func testNoMoreThanTheLimitAreInsideAndTheRestGoInInOrder() async throws {
        let gate = ReadGate(limit: 2)
        let record = Record()
        // Two take the places; the others queue behind them in the order they came.
        await gate.enter()
        await gate.enter()
        let waiting = (1...6).map { number in
            Task {
                await gate.enter()
                await record.enter(number)
                try? await Task.sleep(for: .milliseconds(5))
                await record.leave()
                gate.leave()
            }
        }
        try await Task.sleep(for: .milliseconds(100))
        let nobodyYet = await record.order
        XCTAssertTrue(nobodyYet.isEmpty, "the gate is full")
        XCTAssertEqual(gate.load.reading, 2, "for /metrics")
        XCTAssertEqual(gate.load.waiting, 6)
        gate.leave()
        gate.leave()
        for task in waiting { await task.value }
        let most = await record.most
        XCTAssertLessThanOrEqual(most, 2)
        let order = await record.order
        XCTAssertEqual(order.count, 6)
        // Tasks start in no fixed order, so which of them went in first is not asserted; that each did is.
        XCTAssertEqual(Set(order), Set(1...6))
        XCTAssertEqual(gate.load.reading, 0)
        XCTAssertEqual(gate.load.waiting, 0)
    }

    func testTheHealthCheckAndFormsPassAFullGate() async throws {
        let app = try await Application.make(.testing)
        let gate = ReadGate(limit: 1)
        await gate.enter()
        app.middleware.use(ReadGateMiddleware(gate: gate))
        app.get("healthz") { _ in "ok" }
        app.post("form") { _ in "sent" }
        app.get("page") { _ in "page" }
        try await app.asyncBoot()
        let responder = app.responder
        for (method, path, body) in [(HTTPMethod.GET, "/healthz", "ok"), (.POST, "/form", "sent")] {
            let request = Request(application: app, method: method, url: URI(path: path), on: app.eventLoopGroup.next())
            let response = try await responder.respond(to: request).get()
            XCTAssertEqual(response.body.string, body)
        }
        // A page waits until the place is free.
        let record = Record()
        let page = Task {
            let request = Request(application: app, method: .GET, url: URI(path: "/page"), on: app.eventLoopGroup.next())
            let body = try await responder.respond(to: request).get().body.string
            await record.enter(1)
            return body
        }
        try await Task.sleep(for: .milliseconds(100))
        let answeredEarly = await record.order
        XCTAssertTrue(answeredEarly.isEmpty, "the page waited for its turn")
        gate.leave()
        let answered = try await page.value
        XCTAssertEqual(answered, "page")
        try await app.asyncShutdown()
    }

    /// Pages that are let in, and wait inside until they are let go.
    actor HeldPages: AsyncResponder {
        private(set) var count = 0
        private var holding: [CheckedContinuation<Void, Never>] = []

        nonisolated func respond(to request: Request) async throws -> Response {
            await hold()
            return Response(status: .ok)
        }

        private func hold() async {
            count += 1
            await withCheckedContinuation { holding.append($0) }
        }

        func letGo() {
            for page in holding { page.resume() }
            holding = []
        }

        func waitUntil(_ wanted: Int) async throws {
            for _ in 0 ..< 200 where count < wanted { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    /// Each event loop has its own places: a page on a loop whose places are taken waits, while a
    /// page on another loop goes straight in (one gate for all let one loop's pages take every place
    /// and the other loop stand idle, issue 24).
    func testEachEventLoopHasPlacesOfItsOwn() async throws {
        let app = try await Application.make(.testing)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let loops = Array(group.makeIterator())
        let middleware = ReadGateMiddleware(perLoopOf: group, limit: 1)
        let pages = HeldPages()
        func page(on loop: any EventLoop) -> Task<HTTPStatus, any Error> {
            Task {
                let request = Request(application: app, method: .GET, url: URI(path: "/page"), on: loop)
                return try await middleware.respond(to: request, chainingTo: pages).status
            }
        }
        let first = page(on: loops[0])
        try await pages.waitUntil(1)
        let onTheOtherLoop = page(on: loops[1])
        try await pages.waitUntil(2)
        let inAtOnce = await pages.count
        XCTAssertEqual(inAtOnce, 2, "the other loop's page went in while the first loop's place was taken")
        let second = page(on: loops[0])
        try await Task.sleep(for: .milliseconds(100))
        let whileFull = await pages.count
        XCTAssertEqual(whileFull, 2, "the first loop's second page waits for its place")
        await pages.letGo()
        try await pages.waitUntil(3)
        await pages.letGo()
        for task in [first, onTheOtherLoop, second] {
            let status = try await task.value
            XCTAssertEqual(status, .ok)
        }
        try await app.asyncShutdown()
        try await group.shutdownGracefully()
    }
}
