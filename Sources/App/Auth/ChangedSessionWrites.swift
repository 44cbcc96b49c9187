import Vapor

/// Vapor writes the session back after every request that has one; this driver writes it only
/// when its data changed. A signed-in page view is then a read, not a write: the time of the last
/// request is kept at most once a minute (`SessionRules.touchInterval`), and on SQLite every write
/// waits its turn for the one writer (issue 9).
struct ChangedSessionWrites: AsyncSessionDriver {
    let base: any SessionDriver

    private struct ReadData: StorageKey {
        typealias Value = SessionData
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        try await base.createSession(data, for: request).get()
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let data = try await base.readSession(sessionID, for: request).get()
        request.storage[ReadData.self] = data
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        if let read = request.storage[ReadData.self], read == data { return sessionID }
        return try await base.updateSession(sessionID, to: data, for: request).get()
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await base.deleteSession(sessionID, for: request).get()
    }
}
