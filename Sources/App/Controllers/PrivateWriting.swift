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
    static func decide(
        _ resource: Resource, _ action: Action, file: ProgrammeFile, person: Person,
        authorID: UUID, sharedWithID: UUID?, now: Date
    ) -> Decision {
        var relations = file.relations(of: person)
        // A mentor who was replaced keeps only what was shared with them while they were the mentor.
        if relations.contains(.colleague), sharedWithID == person.id { relations = [.formerMentor] }
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

    static func pageContext(_ req: Request, _ file: ProgrammeFile?) async throws -> PageContext {
        PageContext.make(req, timeZone: file?.timeZone, homes: try await Access.homes(of: try req.person(), on: req.db))
    }
}
