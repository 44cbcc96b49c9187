import Fluent
import GodstartCore
import Vapor

/// What the logbook and the process journals share: they belong to the new hire's programme,
/// are private to their author, and one item at a time can be shared with the mentor.
enum PrivateWriting {
    static let maximumPartLength = 40_000

    /// The programme a new hire writes in: the running one, else the latest.
    static func ownProgramme(of person: Person, _ req: Request) async throws -> ProgrammeFile? {
        let files = try await ProgrammeQueries.files(of: person, as: [.newcomer], on: req.db)
        let now = req.application.settings.now()
        return files.last { !$0.isEnded(now: now) } ?? files.last
    }

    /// The policy's answer for one item: author, shared with the person, or neither.
    static func decide<M, P>(
        _ resource: Resource, _ action: Action, file: ProgrammeFileOf<M, P>, person: Person,
        authorID: UUID, sharedWithID: UUID?, now: Date
    ) -> Decision {
        let relations = Relations.forSharedItem(file.relations(of: person), sharedWithPerson: sharedWithID == person.id)
        let context = AccessContext(isAuthor: authorID == person.id, isSharedWithPerson: sharedWithID == person.id,
                                    programmeEnded: file.isEnded(now: now))
        return AccessPolicy.decide(relations, resource, action, context)
    }

    /// The mentor an author can share with, unless the author is their own mentor.
    static func mentorToShareWith(_ file: ProgrammeFile, author: Person) -> Person? {
        guard let mentor = file.person(.mentor), mentor.id != author.id else { return nil }
        return mentor
    }

    struct SharingForm: FormInput {
        var share: String?
    }

    /// Loads an item the person may act on; anything else is a 404.
    static func load<Item: PrivateItem>(_ type: Item.Type, _ req: Request, _ action: Action) async throws
        -> (Item, ProgrammeFile, Person)
    {
        let person = try req.person()
        guard let item = try await Item.find(try req.idParameter(), on: req.db),
              let file = try await ProgrammeQueries.file(item.programmeID, on: req.db),
              decide(Item.resource, action, file: file, person: person, authorID: item.authorID,
                     sharedWithID: item.sharedWithID, now: req.application.settings.now()) == .allow
        else { throw Abort(.notFound) }
        return (item, file, person)
    }

    /// The author shares the item with the mentor, or takes it back.
    /// - Parameter configure: what else changes with the sharing (a journal's meeting), given whether it is shared.
    static func share<Item: PrivateItem>(
        _ type: Item.Type, _ req: Request, backTo url: (Item) -> SiteURL,
        configure: (Item, ProgrammeFile, Bool) -> Void = { _, _, _ in }
    ) async throws -> Response {
        let (item, file, person) = try await load(Item.self, req, .write)
        let t = req.language.texts
        let before = item.sharedWithID
        if req.form(SharingForm.self).share == "yes" {
            guard let mentor = mentorToShareWith(file, author: person) else { throw Abort(.notFound) }
            item.sharedWithID = mentor.id
            configure(item, file, true)
            req.flash(t.sharedFlash(name: mentor.name))
        } else {
            item.sharedWithID = nil
            configure(item, file, false)
            req.flash(t.unsharedFlash)
        }
        try await req.db.transaction { db in
            try await item.update(on: db)
            try await recordSharing(Item.resource, item: item.id, before: before, after: item.sharedWithID, programme: file.id, req, on: db)
        }
        return req.redirect(to: url(item).path)
    }

    /// A change of who may read an item, in the audit log under the one who gained or lost it.
    static func recordSharing(_ resource: Resource, item: UUID?, before: UUID?, after: UUID?, programme: UUID,
                              _ req: Request, on db: any Database) async throws {
        guard before != after else { return }
        let event = after.map { AuditLog.Event(kind: .accessChanged, detail: .shared, subject: $0, resource: resource, item: item, programme: programme) }
            ?? AuditLog.Event(kind: .accessChanged, detail: .unshared, subject: before, resource: resource, item: item, programme: programme)
        try await AuditLog.record(event, req, on: db)
    }

    static func pageContext<M, P>(_ req: Request, _ file: ProgrammeFileOf<M, P>?) async throws -> PageContext {
        PageContext.make(req, timeZone: file?.timeZone, homes: try await Access.homes(of: try req.person(), req))
    }
}

/// A logbook entry or a process journal: written by one person in one programme, readable by
/// the one it is shared with.
protocol PrivateItem: Model where IDValue == UUID {
    static var resource: Resource { get }
    var programmeID: UUID { get }
    var authorID: UUID { get }
    var sharedWithID: UUID? { get set }
}

extension LogbookEntry: PrivateItem {
    static var resource: Resource { .logbookEntry }
    var programmeID: UUID { $programme.id }
    var authorID: UUID { $author.id }
    var sharedWithID: UUID? {
        get { $sharedWith.id }
        set { $sharedWith.id = newValue }
    }
}

extension ProcessJournal: PrivateItem {
    static var resource: Resource { .processJournal }
    var programmeID: UUID { $programme.id }
    var authorID: UUID { $author.id }
    var sharedWithID: UUID? {
        get { $sharedWith.id }
        set { $sharedWith.id = newValue }
    }
}
