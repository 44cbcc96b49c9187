import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// Writes mail to the outbox. Call it on the database of the transaction that makes the change, so
/// the mail exists exactly when the change does; the mail worker sends it later, and a mail server
/// that is down never blocks the page.
enum Outbox {
    /// What one mail says, composed in the recipient's language.
    struct Content {
        var subject: String
        /// The paragraphs between the greeting and the sign-off.
        var paragraphs: [String]
    }

    /// The language a person reads their mail in: their mail choice, else their page choice, else
    /// the organisation's.
    static func language(of person: Person, organisation: Organisation) -> Language {
        person.mailLanguage.flatMap(Language.init(rawValue:))
            ?? person.language.flatMap(Language.init(rawValue:))
            ?? Language(rawValue: organisation.defaultLanguage) ?? .fallback
    }

    /// Queues one mail to `person`, unless they switched its kind off. A mail with a `dedupKey`
    /// already queued (by an earlier run, or by another instance) is not queued again. Returns
    /// whether a new mail was written.
    @discardableResult
    static func queue(_ kind: MailKind, to person: Person, organisation: Organisation, dedupKey: String? = nil,
                      expires: Date? = nil, settings: MailSettings, now: Date, on db: any Database,
                      compose: (Texts, DateText) -> Content) async throws -> Bool {
        if let dedupKey, queuedKeys.contains(dedupKey) { return false }
        // Not to someone who cannot yet open the links (without single sign-on: a new hire before
        // their welcome link is used), nor to someone whose employment has ended.
        guard kind == .test || MailPreferences(stored: person.mailSwitchedOff).wants(kind), !person.email.isEmpty,
              person.passwordHash != nil || settings.singleSignOn, !person.hasLeft(by: LocalDate(now, in: organisation.timeZone)) else { return false }
        let language = language(of: person, organisation: organisation)
        let content = compose(language.texts, DateText(language: language, timeZone: organisation.timeZone))
        let body = body(content, name: person.name, texts: language.texts, settings: settings)
        let message = OutboxMessage(organisationID: try organisation.requireID(), recipientID: person.id, to: person.email,
                                    kind: kind, subject: content.subject, body: body, dedupKey: dedupKey, now: now)
        message.expiresAt = expires
        return try await write(message, on: db)
    }

    /// The keys of the mails already in the outbox, read once by a reminder run (`ReminderJob`), so
    /// a run over thousands of programmes writes only what is new. The database still refuses a
    /// second row for a key that another instance wrote in the meantime.
    @TaskLocal static var queuedKeys: Set<String> = []

    /// A test mail to any address, from the administrator's outbox page.
    static func queueTest(to address: String, organisation: Organisation, language: Language, settings: MailSettings,
                          now: Date, on db: any Database) async throws {
        let t = language.texts
        let body = [t.mailTestBody, t.mailSignOff].joined(separator: "\n\n") + "\n"
        _ = try await write(OutboxMessage(organisationID: try organisation.requireID(), recipientID: nil, to: address, kind: .test,
                                          subject: t.mailTestSubject, body: body, dedupKey: nil, now: now), on: db)
    }

    static func body(_ content: Content, name: String, texts t: Texts, settings: MailSettings) -> String {
        let settingsURL = settings.publicURL + SiteURL.mailSettings.path
        return ([t.mailGreeting(name)] + content.paragraphs + [t.mailSignOff, "--\n" + t.mailWhyYouGetThis(settingsURL: settingsURL)])
            .joined(separator: "\n\n") + "\n"
    }

    /// A link to a page of Godstart, for a mail.
    static func link(_ url: SiteURL, _ settings: MailSettings, texts t: Texts) -> String {
        "\(t.mailOpenInGodstart) \(settings.publicURL)\(url.path)"
    }

    private static func write(_ message: OutboxMessage, on db: any Database) async throws -> Bool {
        guard message.dedupKey != nil, let sql = db as? any SQLDatabase else {
            try await message.create(on: db)
            return true
        }
        // INSERT ... ON CONFLICT (dedup_key) DO NOTHING, in both SQLite and PostgreSQL: a reminder
        // found by two instances at once is one row, and neither transaction fails.
        struct Row: Encodable {
            let id: UUID, organisation_id: UUID, recipient_id: UUID?, to_address: String, kind: String, subject: String
            let body: String, dedup_key: String?, created_at: Date, send_after: Date, attempts: Int, expires_at: Date?
        }
        let row = Row(id: UUID(), organisation_id: message.$organisation.id, recipient_id: message.$recipient.id,
                      to_address: message.toAddress, kind: message.kind, subject: message.subject, body: message.body,
                      dedup_key: message.dedupKey, created_at: message.createdAt, send_after: message.sendAfter, attempts: 0,
                      expires_at: message.expiresAt)
        let inserted = try await sql.insert(into: OutboxMessage.schema).model(row).ignoringConflicts(with: ["dedup_key"])
            .returning("id").all()
        return !inserted.isEmpty
    }
}
