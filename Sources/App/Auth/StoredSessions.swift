import Fluent
import Foundation
import GodstartCore
import Vapor

/// A session as stored: Fluent's sessions table, with the time it was last written, so sessions
/// nobody uses any more can be deleted (`StoredSessions.prune`). Every visit to the sign-in page
/// starts a session for its form's CSRF token; without pruning the table only grew (issue 9).
final class StoredSession: Model, @unchecked Sendable {
    static let schema = "_fluent_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: SessionID
    @Field(key: "data") var data: SessionData
    /// Nil only for a session of before this column, until the migration that added it filled it in.
    @OptionalField(key: "written_at") var writtenAt: Date?

    var properties: [any AnyProperty] { [$id, $key, $data, $writtenAt] }

    init() {}

    init(key: SessionID, data: SessionData, writtenAt: Date) {
        self.key = key
        self.data = data
        self.writtenAt = writtenAt
    }
}

/// The session driver: Fluent's, which also notes when each session was written.
struct StoredSessions: AsyncSessionDriver {
    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let key = SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
        try await StoredSession(key: key, data: data, writtenAt: request.application.settings.now()).create(on: request.db)
        return key
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        try await StoredSession.query(on: request.db).filter(\.$key == sessionID).first()?.data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        try await StoredSession.query(on: request.db).filter(\.$key == sessionID)
            .set(\.$data, to: data).set(\.$writtenAt, to: request.application.settings.now()).update()
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await StoredSession.query(on: request.db).filter(\.$key == sessionID).delete()
    }

    /// Deletes the sessions not written for `SessionRules.storedFor`.
    static func prune(now: Date, on db: any Database) async throws {
        try await StoredSession.query(on: db).filter(\.$writtenAt < now.addingTimeInterval(-SessionRules.storedFor)).delete()
    }
}
