import Fluent
import Foundation
import GodstartCore
import SQLKit
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

/// The session driver: Fluent's table, which also notes when each session was written. Vapor
/// hands every request's session back to be written; it is written only when its data changed, so
/// a signed-in page view is a read, not a write (the time of the last request is kept at most once
/// a minute, `SessionRules.touchInterval`), and on SQLite no page view waits for the one writer.
struct StoredSessions: AsyncSessionDriver {
    private struct ReadData: StorageKey {
        typealias Value = SessionData
    }

    /// The kept session of this request (`SignedInCache`): its key's hash, what was kept, and the
    /// ticket its reads are kept under.
    struct Kept {
        let sessionHash: String
        let signedIn: SignedInCache.SignedIn?
        let ticket: SignedInCache.Ticket
    }

    private struct KeptKey: StorageKey { typealias Value = Kept }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let key = SessionID(string: SecretToken.make())
        try await StoredSession(key: key, data: data, writtenAt: request.application.settings.now()).create(on: request.db)
        return key
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        let cache = request.application.signedInCache
        let hash = SecretToken.hash(sessionID.string)
        try await cache.checkIfDue(on: request.db)
        let ticket = cache.ticket()
        if let kept = cache.kept(hash) {
            request.storage[ReadData.self] = kept.data
            request.storage[KeptKey.self] = Kept(sessionHash: hash, signedIn: kept.signedIn, ticket: ticket)
            return kept.data
        }
        // One column by its own name: every signed-in request not kept in memory reads it (issue 24).
        let data = try await request.db.sql().select().column("data").from(StoredSession.schema)
            .where("key", .equal, SQLBind(sessionID.string)).first()?.decode(column: "data", as: SessionData.self)
        request.storage[ReadData.self] = data
        if let data {
            cache.keep(hash, data: data, ticket)
            request.storage[KeptKey.self] = Kept(sessionHash: hash, signedIn: nil, ticket: ticket)
        }
        return data
    }

    /// What `readSession` kept for this request, if anything.
    static func kept(_ request: Request) -> Kept? { request.storage[KeptKey.self] }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        if let read = request.storage[ReadData.self], read == data { return sessionID }
        let now = request.application.settings.now()
        let cache = request.application.signedInCache
        let hash = SecretToken.hash(sessionID.string)
        try await StoredSession.query(on: request.db).filter(\.$key == sessionID)
            .set(\.$data, to: data).set(\.$writtenAt, to: now).update()
        cache.written(hash, data: data)
        try await SignedInCache.record(SignedInChange(changedAt: cache.clock(), sessionHash: hash), on: request.db)
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        let cache = request.application.signedInCache
        let hash = SecretToken.hash(sessionID.string)
        try await StoredSession.query(on: request.db).filter(\.$key == sessionID).delete()
        cache.forget(session: hash)
        try await SignedInCache.record(SignedInChange(changedAt: cache.clock(), sessionHash: hash), on: request.db)
    }

    /// Deletes the sessions not written for `SessionRules.storedFor`.
    static func prune(now: Date, on db: any Database) async throws {
        try await StoredSession.query(on: db).filter(\.$writtenAt < now.addingTimeInterval(-SessionRules.storedFor)).delete()
    }
}
