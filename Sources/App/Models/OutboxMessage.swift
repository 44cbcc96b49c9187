import Fluent
import Foundation
import GodstartCore

/// A mail waiting to be sent, being sent, sent, or given up. Written in the same transaction as the
/// change that causes it; the mail worker sends it (`MailWorker`).
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "recipient_id") var recipient: Person?
    @Field(key: "to_address") var toAddress: String
    @Field(key: "kind") var kind: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// A reminder's `ReminderDue.key`; nil for a mail that is never found twice.
    @OptionalField(key: "dedup_key") var dedupKey: String?
    @Field(key: "created_at") var createdAt: Date
    /// Not before this: the time it was queued, or the next attempt after a failure.
    @Field(key: "send_after") var sendAfter: Date
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    /// What the mail server said the last time it failed (its reply may name the recipient's address).
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    /// Given up after `OutboxRules.maximumAttempts`; the administrator can send it again.
    @OptionalField(key: "failed_at") var failedAt: Date?
    /// After this it is not sent: a reminder of a meeting that has begun is no use.
    @OptionalField(key: "expires_at") var expiresAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $recipient, $toAddress, $kind, $subject, $body, $dedupKey, $createdAt, $sendAfter,
         $attempts, $claimedUntil, $lastError, $sentAt, $failedAt, $expiresAt]
    }

    init() {}

    init(organisationID: UUID, recipientID: UUID?, to: String, kind: MailKind, subject: String, body: String,
         dedupKey: String?, now: Date) {
        self.$organisation.id = organisationID
        self.$recipient.id = recipientID
        self.toAddress = to
        self.kind = kind.rawValue
        self.subject = subject
        self.body = body
        self.dedupKey = dedupKey
        self.createdAt = now
        self.sendAfter = now
        self.attempts = 0
    }

    var mailKind: MailKind? { MailKind(rawValue: kind) }

    enum State: String, CaseIterable { case waiting, sent, failed }

    var state: State { sentAt != nil ? .sent : failedAt != nil ? .failed : .waiting }
}

extension QueryBuilder where Model == OutboxMessage {
    /// The mail in one state; the one place that says what each state is in the columns.
    @discardableResult
    func filter(state: OutboxMessage.State) -> Self {
        switch state {
        case .waiting: filter(\.$sentAt == nil).filter(\.$failedAt == nil)
        case .sent: filter(\.$sentAt != nil)
        case .failed: filter(\.$sentAt == nil).filter(\.$failedAt != nil)
        }
    }
}

extension OutboxMessage {
    /// How much mail is in each state: an organisation's for the outbox page, all of it for /metrics.
    static func counts(of organisationID: UUID? = nil, on db: any Database) async throws -> [State: Int] {
        var counts: [State: Int] = [:]
        for state in State.allCases {
            let query = OutboxMessage.query(on: db).filter(state: state)
            if let organisationID { query.filter(\.$organisation.$id == organisationID) }
            counts[state] = try await query.count()
        }
        return counts
    }
}
