import Fluent
import GodstartCore
import Vapor

/// Process journals: anonymised accounts of a conversation with a citizen. Nothing is stored
/// while the identifier scanner finds a personal detail the writer has not dealt with.
enum JournalController {
    struct JournalForm: FormInput {
        var title: String?
        var facts: String?
        var account: String?
        var thoughts: String?
        var reflections: String?
        /// Which button was pressed: "save", "replaceAll", "replace|part|text" or "keep|text".
        var action: String?
        /// Texts the writer has checked and kept: not personal details.
        var kept: [String]?

        init() {}

        init(_ journal: ProcessJournal) {
            title = journal.title
            facts = journal.facts
            account = journal.account
            thoughts = journal.thoughts
            reflections = journal.reflections
        }

        /// The title is scanned too, under its own name.
        static let titleField = "title"

        func value(_ field: String) -> String {
            switch field {
            case Self.titleField: title ?? ""
            case JournalPart.facts.rawValue: facts ?? ""
            case JournalPart.account.rawValue: account ?? ""
            case JournalPart.thoughts.rawValue: thoughts ?? ""
            case JournalPart.reflections.rawValue: reflections ?? ""
            default: ""
            }
        }

        mutating func set(_ field: String, _ text: String) {
            switch field {
            case Self.titleField: title = text
            case JournalPart.facts.rawValue: facts = text
            case JournalPart.account.rawValue: account = text
            case JournalPart.thoughts.rawValue: thoughts = text
            case JournalPart.reflections.rawValue: reflections = text
            default: break
            }
        }

        static let fields = [titleField] + JournalPart.allCases.map(\.rawValue)

        func apply(to journal: ProcessJournal) {
            func clean(_ field: String) -> String { value(field).trimmingCharacters(in: .whitespacesAndNewlines) }
            journal.title = clean(Self.titleField)
            journal.facts = clean(JournalPart.facts.rawValue)
            journal.account = clean(JournalPart.account.rawValue)
            journal.thoughts = clean(JournalPart.thoughts.rawValue)
            journal.reflections = clean(JournalPart.reflections.rawValue)
        }
    }

    /// A finding the writer still has to deal with, in one field.
    struct OpenFinding {
        let field: String
        let finding: IdentifierScanner.Finding
    }

    static func country(_ file: ProgrammeFile) -> IdentifierScanner.Country {
        file.organisation.timeZoneIdentifier == "Europe/Stockholm" ? .sweden : .denmark
    }

    /// Applies the pressed button (replace one, replace all, keep one) and scans what is left.
    static func process(_ form: inout JournalForm, country: IdentifierScanner.Country, texts t: Texts) -> [OpenFinding] {
        let action = form.action ?? "save"
        var kept = Set(form.kept ?? [])
        if action.hasPrefix("keep|") { kept.insert(String(action.dropFirst(5))) }
        if action.hasPrefix("replace|") {
            let pieces = action.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            if pieces.count == 3 {
                let field = pieces[1], text = pieces[2]
                let findings = IdentifierScanner.scan(form.value(field), country: country).filter { $0.text == text }
                if let first = findings.first {
                    form.set(field, IdentifierScanner.replacing([first], in: form.value(field)) { t.placeholder($0) })
                }
            }
        }
        if action == "replaceAll" {
            for field in JournalForm.fields {
                let findings = IdentifierScanner.scan(form.value(field), country: country).filter { !kept.contains($0.text) }
                form.set(field, IdentifierScanner.replacing(findings, in: form.value(field)) { t.placeholder($0) })
            }
        }
        form.kept = kept.sorted()
        return JournalForm.fields.flatMap { field in
            IdentifierScanner.scan(form.value(field), country: country)
                .filter { !kept.contains($0.text) }
                .map { OpenFinding(field: field, finding: $0) }
        }
    }

    static func errors(_ form: JournalForm, _ t: Texts) -> [String: String] {
        var errors: [String: String] = [:]
        if form.value(JournalForm.titleField).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors[JournalForm.titleField] = t.errorRequired
        } else if form.value(JournalForm.titleField).count > 200 {
            errors[JournalForm.titleField] = t.errorTooLongLimit(200)
        }
        if form.value(JournalPart.account.rawValue).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors[JournalPart.account.rawValue] = t.errorJournalEmpty
        }
        for part in JournalPart.allCases where form.value(part.rawValue).count > PrivateWriting.maximumPartLength {
            errors[part.rawValue] = t.errorTooLongLimit(PrivateWriting.maximumPartLength)
        }
        return errors
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let person = try req.person()
        let file = try await PrivateWriting.ownProgramme(of: person, req)
        let journals = try await ProcessJournal.query(on: req.db).filter(\.$author.$id == person.requireID())
            .sort(\.$createdAt, .descending).all()
        return JournalPages.list(try await PrivateWriting.pageContext(req, file), file: file, journals: journals)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let person = try req.person()
        guard let file = try await PrivateWriting.ownProgramme(of: person, req) else { throw Abort(.notFound) }
        let form = KeptForm.take(req, as: JournalForm.self) ?? JournalForm()
        return JournalPages.form(try await PrivateWriting.pageContext(req, file), file: file, journal: nil,
                                 form: form, findings: [], errors: [:])
    }

    /// Saves the journal when nothing is left to deal with; otherwise shows the findings and keeps the text.
    static func save(_ req: Request, file: ProgrammeFile, journal: ProcessJournal?, author: Person) async throws -> Response {
        var form = req.form(JournalForm.self)
        let t = req.language.texts
        let replacedAll = form.action == "replaceAll"
        // The scan runs again on what is about to be stored, whichever button was pressed.
        let findings = process(&form, country: country(file), texts: t)
        let errors = errors(form, t)
        // Once the last finding is dealt with one at a time, the journal is saved: nothing is left
        // half-done. After "replace all" the writer first reads the result and saves it themselves.
        guard findings.isEmpty, errors.isEmpty, !replacedAll else {
            let response = JournalPages.form(try await PrivateWriting.pageContext(req, file), file: file, journal: journal,
                                             form: form, findings: findings, errors: errors, replacedAll: replacedAll)
            response.status = findings.isEmpty && errors.isEmpty ? .ok : .unprocessableEntity
            return response
        }
        let authorID = try author.requireID()
        let target = journal ?? ProcessJournal(programmeID: file.id, authorID: authorID)
        form.apply(to: target)
        try await target.save(on: req.db)
        req.flash(t.journalSaved)
        return req.redirect(to: SiteURL.journal(target.id).path)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try req.person()
        guard let file = try await PrivateWriting.ownProgramme(of: person, req) else { throw Abort(.notFound) }
        return try await save(req, file: file, journal: nil, author: person)
    }

    static func load(_ req: Request, _ action: Action) async throws -> (ProcessJournal, ProgrammeFile, Person) {
        try await PrivateWriting.load(ProcessJournal.self, req, action)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let (journal, file, person) = try await load(req, .read)
        let kept = journal.$author.id == person.id ? KeptForm.take(req, as: JournalForm.self) : nil
        let ctx = try await PrivateWriting.pageContext(req, file)
        if journal.$author.id == person.id {
            return JournalPages.form(ctx, file: file, journal: journal, form: kept ?? JournalForm(journal), findings: [], errors: [:])
        }
        try await AuditLog.read(.processJournal, item: journal.id, author: journal.$author.id, in: file,
                                context: AccessContext(isSharedWithPerson: true), req)
        return JournalPages.shared(ctx, file: file, journal: journal)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (journal, file, person) = try await load(req, .write)
        return try await save(req, file: file, journal: journal, author: person)
    }

    struct MeetingChoice: FormInput {
        var meeting: String?
    }

    @Sendable static func share(req: Request) async throws -> Response {
        let chosen = req.form(MeetingChoice.self).meeting.flatMap(UUID.init(uuidString:))
        let now = req.application.settings.now()
        return try await PrivateWriting.share(ProcessJournal.self, req, backTo: { .journal($0.id) }) { journal, file, shared in
            journal.$forMeeting.id = shared ? meetingsToShareFor(file, now: now).first { $0.id == chosen }?.id : nil
        }
    }

    /// The coming conversations of mentor and mentee, where a journal can be talked through.
    static func meetingsToShareFor(_ file: ProgrammeFile, now: Date) -> [Meeting] {
        let today = LocalDate(now, in: file.timeZone)
        return file.meetings.filter {
            $0.meetingKind.isBetweenMentorAndMentee && $0.isOpen && file.date(of: $0) >= today
        }
    }
}
