import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// Sends what waits in the outbox. Every instance runs one; they share the work through the
/// database: a worker claims a batch with one UPDATE whose row selection skips rows another worker
/// has locked (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite writes one at a time), and holds them
/// for `OutboxRules.claimLease`. So each message is sent once, and one whose worker died is taken
/// over after the lease.
enum MailWorker {
    static let batchSize = 20

    /// Claims the messages due now, marking each attempt.
    static func claim(on db: any Database, now: Date, limit: Int = batchSize) async throws -> [OutboxMessage] {
        guard let sql = db as? any SQLDatabase else { return [] }
        try await giveUpExpired(on: db, now: now)
        let skipLocked = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        struct Claimed: Decodable { let id: UUID }
        let claimed = try await sql.raw("""
            UPDATE outbox_messages SET claimed_until = \(bind: now.addingTimeInterval(OutboxRules.claimLease)), attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox_messages
                         WHERE sent_at IS NULL AND failed_at IS NULL AND send_after <= \(bind: now)
                           AND (claimed_until IS NULL OR claimed_until < \(bind: now))
                         ORDER BY send_after LIMIT \(literal: limit)\(unsafeRaw: skipLocked))
            RETURNING id
            """).all(decoding: Claimed.self)
        guard !claimed.isEmpty else { return [] }
        return try await OutboxMessage.query(on: db).filter(\.$id ~~ claimed.map(\.id)).sort(\.$sendAfter).all()
    }

    /// One round: claim, send over one connection, record each outcome. Returns how many were sent.
    /// Without a mail server nothing is claimed: the mail waits in the outbox page.
    @discardableResult
    static func runOnce(_ app: Application) async -> Int {
        let settings = app.settings
        guard let smtp = settings.mail.smtp else { return 0 }
        do {
            let messages = try await claim(on: app.db, now: settings.now())
            guard !messages.isEmpty else { return 0 }
            let client = SMTPClient(configuration: smtp, group: app.eventLoopGroup)
            let results = await client.send(messages.map { mail($0, from: smtp.from) })
            var sent = 0
            for (message, result) in zip(messages, results) {
                switch result {
                case .success:
                    sent += 1
                    try await record(message, sentAt: settings.now(), on: app.db)
                case .failure(let error):
                    OperationsMetrics.failures(of: .mail).increment()
                    app.logger.warning("mail: not sent, will retry", metadata: ["outbox": .string(message.id?.uuidString ?? ""), "attempt": .stringConvertible(message.attempts)])
                    try await record(message, failure: error.description, at: settings.now(), retryBase: settings.mail.retryBase, on: app.db)
                }
            }
            OperationsMetrics.mailSent.increment(by: Int64(sent))
            return sent
        } catch {
            OperationsMetrics.failures(of: .mail).increment()
            app.logger.error("mail: the outbox could not be read or updated (\(String(reflecting: type(of: error))))")
            return 0
        }
    }

    static func mail(_ message: OutboxMessage, from: String) -> MailMessage {
        let domain = MailMessage.address(of: from).split(separator: "@").last.map(String.init) ?? "godstart.invalid"
        return MailMessage(from: from, to: message.toAddress, subject: message.subject, body: message.body,
                           messageID: "\(message.id!.uuidString.lowercased())@\(domain)", date: message.createdAt)
    }

    static func record(_ message: OutboxMessage, sentAt: Date, on db: any Database) async throws {
        message.sentAt = sentAt
        message.claimedUntil = nil
        message.lastError = nil
        try await message.update(on: db)
    }

    static func record(_ message: OutboxMessage, failure: String, at now: Date, retryBase: TimeInterval, on db: any Database) async throws {
        message.lastError = String(failure.prefix(500))
        message.claimedUntil = nil
        if let next = OutboxRules.nextAttempt(afterAttempts: message.attempts, failedAt: now, base: retryBase) {
            message.sendAfter = next
        } else {
            message.failedAt = now
        }
        try await message.update(on: db)
    }

    /// The administrator's "send again now": due at once, and a given-up message gets its attempts back.
    static func sendAgain(_ message: OutboxMessage, now: Date, on db: any Database) async throws {
        if let expires = message.expiresAt, expires <= now { return }
        message.sendAfter = now
        message.claimedUntil = nil
        if message.failedAt != nil {
            message.failedAt = nil
            message.attempts = 0
        }
        try await message.update(on: db)
    }

    static let expiredError = "not sent: its time had passed (the meeting had begun)"

    /// Mail whose time has passed before it could be sent is given up, not sent late.
    static func giveUpExpired(on db: any Database, now: Date) async throws {
        try await OutboxMessage.query(on: db).filter(state: .waiting)
            .filter(\.$expiresAt != nil).filter(\.$expiresAt <= now)
            .set(\.$failedAt, to: now).set(\.$lastError, to: expiredError).update()
    }

    /// Deletes sent and given-up mail older than `OutboxRules.keepSentForDays`.
    static func prune(on db: any Database, now: Date) async throws {
        let before = now.addingTimeInterval(-Double(OutboxRules.keepSentForDays) * 86_400)
        try await OutboxMessage.query(on: db).group(.or) { $0.filter(\.$sentAt < before).filter(\.$failedAt < before) }.delete()
    }
}
