import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// What every signed-in request reads before its page: its session's data, the person and their
/// organisation. An instance keeps them in memory for up to `keptFor`, so a page view reads none
/// of them (issue 24). A change ends what is kept at once on the instance that made it, and within
/// `checkEvery` on every other instance on the same database, which reads the changes of the last
/// seconds (`SignedInChange`):
/// - a session written or deleted (sign-in, sign-out, a session that ran out, the time of the
///   latest request noted), by the session driver (`StoredSessions`);
/// - a person or an organisation saved or deleted (their roles, a last day, an erasure), by
///   `SignedInChanges` on every Fluent write of either (nothing writes them in plain SQL);
/// - a programme or an activity created, saved or deleted, which may change who has which home
///   page (`Access.homes`): everything kept for the programme's organisation ends.
///
/// Each request gets models of its own, decoded from the rows as read: nothing one request
/// changes on its person reaches another.
final class SignedInCache: Sendable {
    static let keptFor: TimeInterval = 30
    static let checkEvery: TimeInterval = 1
    /// How far apart two instances' clocks may be, and how long a change may take to commit.
    static let margin: TimeInterval = 5
    /// More browsers than this signed in within `keptFor` on one instance, and it starts again.
    static let mostEntries = 20_000

    /// The rows of a signed-in person and their organisation, as read, and their home pages once
    /// a page has found them (`Access.homes(of:_:)`).
    struct SignedIn: Sendable {
        let personID: UUID
        let organisationID: UUID
        let person: PlainRow
        let organisation: PlainRow
        var homes: [SiteURL]? = nil
    }

    /// What a request found: the session's data, and the person if they were read with it.
    struct Kept: Sendable {
        let data: SessionData
        let signedIn: SignedIn?
    }

    /// Taken before a read from the database: what was read is kept only if nothing was forgotten
    /// on this instance meanwhile (a sign-out while the read was under way).
    struct Ticket: Sendable {
        fileprivate let generation: Int
        fileprivate let readAt: Date
    }

    private struct Entry {
        var data: SessionData
        var signedIn: SignedIn?
        var readAt: Date
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var generation = 0
        var checkedAt: Date?
        var checking = false
    }

    private let state = NIOLockedValueBox(State())
    /// The wall clock (never a test's fixed day): it is compared with other instances' changes.
    let clock: @Sendable () -> Date
    /// `keptFor`, or 0 to keep nothing (`Settings.signedInMemory`).
    private let keptFor: TimeInterval

    init(keptFor: TimeInterval = SignedInCache.keptFor, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.keptFor = keptFor
        self.clock = clock
    }

    var count: Int { state.withLockedValue { $0.entries.count } }

    func ticket() -> Ticket {
        let now = clock()
        return state.withLockedValue { Ticket(generation: $0.generation, readAt: now) }
    }

    /// The session's data and person, if kept and not older than `keptFor`.
    func kept(_ sessionHash: String) -> Kept? {
        let now = clock()
        return state.withLockedValue { state in
            guard let entry = state.entries[sessionHash], now.timeIntervalSince(entry.readAt) < keptFor else { return nil }
            return Kept(data: entry.data, signedIn: entry.signedIn)
        }
    }

    /// Keeps a session's data as read from the database.
    func keep(_ sessionHash: String, data: SessionData, _ ticket: Ticket) {
        guard keptFor > 0 else { return }
        state.withLockedValue { state in
            guard state.generation == ticket.generation else { return }
            if state.entries.count >= Self.mostEntries { state.entries.removeAll() }
            state.entries[sessionHash] = Entry(data: data, signedIn: nil, readAt: ticket.readAt)
        }
    }

    /// Keeps the person read for a kept session.
    func keep(_ sessionHash: String, signedIn: SignedIn, _ ticket: Ticket) {
        state.withLockedValue { state in
            guard state.generation == ticket.generation else { return }
            state.entries[sessionHash]?.signedIn = signedIn
        }
    }

    /// Keeps the home pages found for the person of a kept session.
    func keep(_ sessionHash: String, homes: [SiteURL], of person: UUID, _ ticket: Ticket) {
        state.withLockedValue { state in
            guard state.generation == ticket.generation, state.entries[sessionHash]?.signedIn?.personID == person else { return }
            state.entries[sessionHash]?.signedIn?.homes = homes
        }
    }

    /// The session's data as this instance just wrote it.
    func written(_ sessionHash: String, data: SessionData) {
        state.withLockedValue { state in
            state.generation += 1
            state.entries[sessionHash]?.data = data
        }
    }

    func forget(session sessionHash: String) {
        forget { hash, _ in hash == sessionHash }
    }

    func forget(person id: UUID) {
        forget { _, entry in entry.signedIn?.personID == id }
    }

    func forget(organisation id: UUID) {
        forget { _, entry in entry.signedIn?.organisationID == id }
    }

    private func forget(where matches: (String, Entry) -> Bool) {
        state.withLockedValue { state in
            state.generation += 1
            state.entries = state.entries.filter { !matches($0.key, $0.value) }
        }
    }

    /// Reads the changes made since the last check, on any instance, if a check is due: at most
    /// one statement a second, however many requests come in. While one request checks, the others
    /// go on with what is kept, as they would have a moment earlier.
    func checkIfDue(on db: any Database) async throws {
        guard keptFor > 0 else { return }
        let now = clock()
        let since: Date? = state.withLockedValue { state in
            if state.checking { return nil }
            if let checkedAt = state.checkedAt, now.timeIntervalSince(checkedAt) < Self.checkEvery { return nil }
            state.checking = true
            // Before the first check nothing is kept that a change could concern.
            return state.checkedAt ?? now
        }
        guard let since else { return }
        do {
            let changes = try await SignedInChange.query(on: db)
                .filter(\.$changedAt >= since.addingTimeInterval(-Self.margin)).all()
            state.withLockedValue { state in
                state.entries = state.entries.filter { hash, entry in
                    guard now.timeIntervalSince(entry.readAt) < keptFor else { return false }
                    return !changes.contains { change in
                        entry.readAt.timeIntervalSince(change.changedAt) <= Self.margin
                            && (change.sessionHash == hash
                                || (change.personID != nil && change.personID == entry.signedIn?.personID)
                                || (change.organisationID != nil && change.organisationID == entry.signedIn?.organisationID))
                    }
                }
                if !changes.isEmpty { state.generation += 1 }
                state.checkedAt = now
                state.checking = false
            }
        } catch {
            // Not knowing what changed, keep nothing.
            state.withLockedValue { state in
                state.entries.removeAll()
                state.generation += 1
                state.checking = false
            }
            throw error
        }
    }

    /// Notes a change for the other instances, in the same transaction as the change when there is one.
    static func record(_ change: SignedInChange, on db: any Database) async throws {
        try await change.create(on: db)
    }

    /// Deletes the changes every instance has long read.
    func prune(on db: any Database) async throws {
        try await SignedInChange.query(on: db).filter(\.$changedAt < clock().addingTimeInterval(-3600)).delete()
    }
}

/// Tells the signed-in cache that a person or an organisation changed (their roles, a last day,
/// an erasure), or a programme or an activity (who has which home page), on this instance at once
/// and on the others through `SignedInChange`.
struct SignedInChanges<Item: Model>: AsyncModelMiddleware {
    typealias Change = (person: UUID?, organisation: UUID?)

    let cache: SignedInCache
    /// What creating one changes, known from the new row alone; nil: nothing (a new person or
    /// organisation has nothing kept yet).
    let created: (@Sendable (Item) -> Change)?
    /// What saving or deleting one changes.
    let changed: @Sendable (Item, any Database) async throws -> Change

    init(cache: SignedInCache, created: (@Sendable (Item) -> Change)? = nil,
         changed: @escaping @Sendable (Item, any Database) async throws -> Change) {
        self.cache = cache
        self.created = created
        self.changed = changed
    }

    func create(model: Item, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        if let created { try await tell(created(model), on: db) }
    }

    func update(model: Item, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.update(model, on: db)
        try await tell(changed(model, db), on: db)
    }

    func delete(model: Item, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.delete(model, force: force, on: db)
        try await tell(changed(model, db), on: db)
    }

    func softDelete(model: Item, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.softDelete(model, on: db)
        try await tell(changed(model, db), on: db)
    }

    private func tell(_ change: Change, on db: any Database) async throws {
        guard change.person != nil || change.organisation != nil else { return }
        if let person = change.person { cache.forget(person: person) }
        if let organisation = change.organisation { cache.forget(organisation: organisation) }
        try await SignedInCache.record(SignedInChange(changedAt: cache.clock(), personID: change.person,
                                                      organisationID: change.organisation), on: db)
    }
}

extension Application {
    private struct SignedInCacheKey: StorageKey { typealias Value = SignedInCache }

    /// Made in `configure`, before any request.
    var signedInCache: SignedInCache {
        get {
            guard let cache = storage[SignedInCacheKey.self] else { fatalError("configure(_:settings:) has not run") }
            return cache
        }
        set { storage[SignedInCacheKey.self] = newValue }
    }
}
