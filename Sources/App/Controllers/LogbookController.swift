import Fluent
import GodstartCore
import Vapor

/// The new hire's logbook: private reflections, shareable one entry at a time.
enum LogbookController {
    struct EntryForm: FormInput {
        var unsure: String?
        var learned: String?
        var remember: String?
        var actOn: String?
        var knowMore: String?

        func value(_ prompt: LogbookPrompt) -> String {
            let raw: String? = switch prompt {
            case .unsure: unsure
            case .learned: learned
            case .remember: remember
            case .actOn: actOn
            case .knowMore: knowMore
            }
            return (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        init() {}

        init(_ entry: LogbookEntry) {
            unsure = entry.unsure
            learned = entry.learned
            remember = entry.remember
            actOn = entry.actOn
            knowMore = entry.knowMore
        }

        func apply(to entry: LogbookEntry) {
            entry.unsure = value(.unsure)
            entry.learned = value(.learned)
            entry.remember = value(.remember)
            entry.actOn = value(.actOn)
            entry.knowMore = value(.knowMore)
        }

        func errors(_ t: Texts) -> [String: String] {
            var errors: [String: String] = [:]
            for prompt in LogbookPrompt.allCases where value(prompt).count > PrivateWriting.maximumPartLength {
                errors[prompt.rawValue] = t.errorTooLongLimit(PrivateWriting.maximumPartLength)
            }
            if LogbookPrompt.allCases.allSatisfy({ value($0).isEmpty }) { errors[LogbookPrompt.unsure.rawValue] = t.errorEntryEmpty }
            return errors
        }
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let person = try req.person()
        let file = try await PrivateWriting.ownProgramme(of: person, req)
        let ctx = try await PrivateWriting.pageContext(req, file)
        let entries = try await LogbookEntry.query(on: req.db).filter(\.$author.$id == person.requireID())
            .sort(\.$createdAt, .descending).all()
        return LogbookPages.list(ctx, file: file, entries: entries)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let person = try req.person()
        guard let file = try await PrivateWriting.ownProgramme(of: person, req) else { throw Abort(.notFound) }
        let form = KeptForm.take(req, as: EntryForm.self) ?? EntryForm()
        return LogbookPages.form(try await PrivateWriting.pageContext(req, file), file: file, entry: nil,
                                 form: form, errors: [:])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try req.person()
        guard let file = try await PrivateWriting.ownProgramme(of: person, req) else { throw Abort(.notFound) }
        let form = req.form(EntryForm.self)
        let errors = form.errors(req.language.texts)
        guard errors.isEmpty else {
            let response = LogbookPages.form(try await PrivateWriting.pageContext(req, file), file: file, entry: nil,
                                             form: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        let entry = LogbookEntry(programmeID: file.id, authorID: try person.requireID())
        form.apply(to: entry)
        try await entry.create(on: req.db)
        req.flash(req.language.texts.entrySaved)
        return req.redirect(to: SiteURL.logbookEntry(entry.id).path)
    }

    static func load(_ req: Request, _ action: Action) async throws -> (LogbookEntry, ProgrammeFile, Person) {
        try await PrivateWriting.load(LogbookEntry.self, req, action)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (entry, file, person) = try await load(req, .read)
        let kept = entry.$author.id == person.id ? KeptForm.take(req, as: EntryForm.self) : nil
        let ctx = try await PrivateWriting.pageContext(req, file)
        if entry.$author.id == person.id {
            return LogbookPages.form(ctx, file: file, entry: entry, form: kept ?? EntryForm(entry), errors: [:])
        }
        try await AuditLog.read(.logbookEntry, item: entry.id, author: entry.$author.id, in: file,
                                context: AccessContext(isSharedWithPerson: true), req)
        return LogbookPages.shared(ctx, file: file, entry: entry)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (entry, file, _) = try await load(req, .write)
        let form = req.form(EntryForm.self)
        let errors = form.errors(req.language.texts)
        guard errors.isEmpty else {
            let response = LogbookPages.form(try await PrivateWriting.pageContext(req, file), file: file, entry: entry,
                                             form: form, errors: errors)
            response.status = .unprocessableEntity
            return response
        }
        form.apply(to: entry)
        try await entry.update(on: req.db)
        req.flash(req.language.texts.entrySaved)
        return req.redirect(to: SiteURL.logbookEntry(entry.id).path)
    }

    @Sendable static func share(req: Request) async throws -> Response {
        try await PrivateWriting.share(LogbookEntry.self, req) { .logbookEntry($0.id) }
    }
}
