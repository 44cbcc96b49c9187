import Fluent
import Foundation
import GodstartCore
import Vapor

/// Writes the audit log. Changes are recorded in the transaction that makes them (pass its `db`);
/// a read is recorded before the page that shows it is sent, so a read that cannot be recorded is
/// not shown.
enum AuditLog {
    /// What happened, apart from who, when and from where, which the request tells.
    struct Event {
        var kind: AuditKind
        var detail: AuditDetail?
        var subject: UUID?
        var resource: Resource?
        var item: UUID?
        var programme: UUID?
        var organisation: UUID?
    }

    /// Who did it, when and from where.
    struct Origin {
        var actor: UUID?
        var organisation: UUID?
        var address: String?
        var now: Date

        /// The signed-in person (or `actor`) acting through this request.
        init(_ req: Request, actor: Person? = nil) {
            let actor = actor ?? req.currentPerson
            self.init(actor: actor?.id, organisation: actor?.$organisation.id, address: req.clientAddress,
                      now: req.application.settings.now())
        }

        init(actor: UUID?, organisation: UUID?, address: String?, now: Date) {
            self.actor = actor
            self.organisation = organisation
            self.address = address
            self.now = now
        }
    }

    static func record(_ event: Event, _ req: Request, actor: Person? = nil, on db: (any Database)? = nil) async throws {
        try await record([event], Origin(req, actor: actor), on: db ?? req.db)
    }

    /// Records events that share an origin, in one statement per 200.
    static func record(_ events: [Event], _ origin: Origin, on db: any Database) async throws {
        let entries = events.map { event in
            let entry = AuditEntry()
            entry.occurredAt = origin.now
            entry.organisationID = event.organisation ?? origin.organisation
            entry.actorID = origin.actor
            entry.subjectID = event.subject
            entry.kind = event.kind.rawValue
            entry.detail = event.detail?.rawValue
            entry.resource = event.resource?.rawValue
            entry.itemID = event.item
            entry.programmeID = event.programme
            entry.address = origin.address
            return entry
        }
        for start in stride(from: 0, to: entries.count, by: 200) {
            try await Array(entries[start..<min(start + 200, entries.count)]).create(on: db)
        }
    }

    /// Records that the signed-in person read a private item of `file`, when the rule says it is
    /// someone else's reading (`AuditRules.recordsRead`).
    static func read<M, P>(_ resource: Resource, item: UUID?, author: UUID?, in file: ProgrammeFileOf<M, P>, context: AccessContext,
                     _ req: Request) async throws {
        let person = try req.person()
        let relations = file.relations(of: person)
        var context = context
        context.isAuthor = context.isAuthor || (author != nil && author == person.id)
        guard AuditRules.recordsRead(of: resource, by: relations, context) else { return }
        try await record(Event(kind: .contentRead, subject: author ?? file.newcomer?.id, resource: resource, item: item,
                               programme: file.id, organisation: file.programme.$organisation.id), req)
    }

    /// A sign-in, or an attempt, for `person` (nil when the address belongs to nobody).
    static func signIn(_ person: Person?, succeeded: Bool, how: AuditDetail, _ req: Request) async throws {
        try await record(Event(kind: succeeded ? .signedIn : .signInFailed, detail: how, subject: person?.id,
                               organisation: person?.$organisation.id), req, actor: succeeded ? person : nil)
    }
}

extension AuditLog {
    /// Records the read of a mentoring text made of items (goals, rows of the plan): someone
    /// else's reading when the reader is not one of its makers, or when a mentor who took over sees
    /// items set aside from the earlier mentoring (`earlier`: whether each was).
    static func readMentoring<M, P>(_ resource: Resource, earlier: [Bool], item: UUID? = nil, in file: ProgrammeFileOf<M, P>,
                              _ req: Request) async throws {
        guard !earlier.isEmpty else { return }
        let context = AccessContext(isSharedWithPerson: true, part: .mentoring, isFromEarlierMentorship: earlier.contains(true))
        try await read(resource, item: item, author: nil, in: file, context: context, req)
    }
}
