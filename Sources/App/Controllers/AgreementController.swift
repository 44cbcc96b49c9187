import Fluent
import GodstartCore
import SQLKit
import Vapor

/// The start meeting's collaboration agreement: written together, confirmed by both, versioned.
enum AgreementController {
    struct Loaded {
        let file: ProgrammeFile
        let person: Person
        let relations: Set<ProgrammeRelation>
        /// The versions made with the current mentor, oldest first.
        let versions: [AgreementVersion]
        /// Versions made with earlier mentors (the mentee keeps them).
        let earlierMentorsVersions: [AgreementVersion]
        /// The mentors of those versions, by id.
        let earlierMentors: [UUID: Person]

        var latest: AgreementVersion? { versions.last }
        var isMentee: Bool { relations.contains(.newcomer) }

        /// The number a version has within this mentor's agreement (1, 2, ...).
        func displayNumber(of version: AgreementVersion) -> Int {
            (versions.firstIndex { $0.id == version.id } ?? earlierMentorsVersions.firstIndex { $0.id == version.id } ?? 0) + 1
        }

        func mentor(of version: AgreementVersion) -> Person? {
            file.people[version.$mentor.id] ?? earlierMentors[version.$mentor.id]
        }

        func hasConfirmed(_ version: AgreementVersion) -> Bool {
            (isMentee ? version.menteeConfirmedAt : version.mentorConfirmedAt) != nil
        }
    }

    static func load(_ req: Request, programmeID: UUID, _ action: Action) async throws -> Loaded {
        let person = try req.person()
        let (file, relations) = try await ProgrammeController.readable(programmeID, by: person, on: req.db)
        guard AccessPolicy.decide(relations, .agreement, action) == .allow else { throw Abort(.notFound) }
        // The versions made with an earlier mentor were set aside when the mentor changed; the mentee keeps them.
        let (all, setAside) = try await EarlierMentorship.marked(AgreementVersion.self, on: req.db) {
            $0.where("programme_id", .equal, SQLBind(file.id)).orderBy("number")
        }
        let earlier = relations.contains(.newcomer) ? all.filter { setAside.contains($0.id!) } : []
        let earlierMentors = earlier.isEmpty ? [] : try await Person.query(on: req.db)
            .filter(\.$id ~~ Array(Set(earlier.map { $0.$mentor.id }))).all()
        return Loaded(file: file, person: person, relations: relations,
                      versions: all.filter { !setAside.contains($0.id!) }, earlierMentorsVersions: earlier,
                      earlierMentors: Dictionary(uniqueKeysWithValues: earlierMentors.map { ($0.id!, $0) }))
    }

    /// What the start meeting begins with: the frame from the plan, and confidentiality.
    static func proposal(_ file: ProgrammeFile, _ ctx: PageContext, template: ProgrammeTemplate) -> [AgreementTopic: String] {
        let t = ctx.texts
        var texts: [AgreementTopic: String] = [
            .confidentiality: t.agreementProposedConfidentiality,
            .meetingFrequency: t.agreementProposedFrequency(weeklyWeeks: template.weeklyDialogueWeeks,
                                                            everyWeeksAfter: template.dialogueEveryWeeksAfter),
        ]
        if let start = file.firstMeeting(.mentoringStart), let closing = file.firstMeeting(.mentoringClosing) {
            texts[.duration] = t.agreementProposedDuration(from: ctx.dates.day(start.startsAt), to: ctx.dates.day(closing.startsAt),
                                                            minutes: start.minutes)
        }
        return texts
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .read)
        let ctx = try await PrivateWriting.pageContext(req, loaded.file)
        var typed = loaded.latest?.topicTexts ?? [:]
        if loaded.latest == nil {
            let template = try await ProgrammeCreation.template(
                for: loaded.file.programme.programmeVariant, organisation: loaded.file.organisation.requireID(), on: req.db)
            typed = proposal(loaded.file, ctx, template: template)
        }
        return AgreementPage.render(ctx, loaded, typed: typed, basedOn: loaded.latest?.id, errors: [:], conflict: nil,
                                    isProposal: loaded.latest == nil)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .write)
        let t = req.language.texts
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        let (texts, errors) = TextFields.read(AgreementTopic.allCases, from: fields, maximum: AgreementRules.maximumTopicLength,
                                              tooLong: t.errorTooLongLimit(AgreementRules.maximumTopicLength))
        let latest = loaded.latest
        let basedOn = fields["based_on"].flatMap(UUID.init(uuidString:))
        // Someone saved a version after this person opened the page: keep what they typed and show both.
        let conflict = basedOn != latest?.id ? latest : nil
        if !errors.isEmpty || conflict != nil {
            let ctx = try await PrivateWriting.pageContext(req, loaded.file)
            let response = AgreementPage.render(ctx, loaded, typed: texts,
                                                basedOn: latest?.id, errors: errors, conflict: conflict, isProposal: false)
            response.status = errors.isEmpty ? .conflict : .unprocessableEntity
            return response
        }
        let personID = try loaded.person.requireID()
        switch AgreementRules.save(texts, latest: latest?.topicTexts, menteeConfirmed: latest?.menteeConfirmedAt != nil,
                                   mentorConfirmed: latest?.mentorConfirmedAt != nil) {
        case .unchanged:
            req.flash(t.agreementUnchanged)
        case .editLatest:
            guard let latest else { break }
            latest.topicTexts = texts
            latest.$writtenBy.id = personID
            try await latest.update(on: req.db)
            req.flash(t.agreementSaved)
        case .newVersion:
            let highest = try await AgreementVersion.query(on: req.db).filter(\.$programme.$id == loaded.file.id).max(\.$number) ?? 0
            let version = AgreementVersion(programmeID: loaded.file.id, mentorID: loaded.file.programme.$mentor.id,
                                           number: highest + 1, texts: texts, writtenByID: personID)
            try await version.create(on: req.db)
            req.flash(latest == nil ? t.agreementSaved : t.agreementSavedAsNewVersion(number: loaded.versions.count + 1))
        }
        return req.redirect(to: SiteURL.agreement(loaded.file.id).path)
    }

    struct ConfirmForm: FormInput {
        var version: String?
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let loaded = try await load(req, programmeID: try req.idParameter(), .write)
        let t = req.language.texts
        guard let latest = loaded.latest else { throw Abort(.notFound) }
        guard req.form(ConfirmForm.self).version == latest.id?.uuidString else {
            req.flash(t.agreementChangedBeforeConfirm)
            return req.redirect(to: SiteURL.agreement(loaded.file.id).path)
        }
        if !loaded.hasConfirmed(latest) {
            let now = req.application.settings.now()
            if loaded.isMentee { latest.menteeConfirmedAt = now } else { latest.mentorConfirmedAt = now }
            try await latest.update(on: req.db)
        }
        req.flash(t.agreementConfirmedFlash)
        return req.redirect(to: SiteURL.agreement(loaded.file.id).path)
    }

    /// One version, read only and laid out for print.
    @Sendable static func version(req: Request) async throws -> Response {
        guard let version = try await AgreementVersion.find(try req.idParameter(), on: req.db) else { throw Abort(.notFound) }
        let loaded = try await load(req, programmeID: version.$programme.id, .read)
        guard loaded.versions.contains(where: { $0.id == version.id })
                || loaded.earlierMentorsVersions.contains(where: { $0.id == version.id }) else { throw Abort(.notFound) }
        return AgreementPage.renderVersion(try await PrivateWriting.pageContext(req, loaded.file), loaded, version)
    }

    /// What the programme page may say of the agreement: its status and date, never its text.
    struct Fact {
        let latest: AgreementVersion?
    }

    /// The fact, for those who may know at least that much; nil for everyone else.
    static func fact<M, P>(_ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>, on db: Database) async throws -> Fact? {
        guard AccessPolicy.decide(relations, .agreement, .read) >= .factsOnly else { return nil }
        let latest = try await PlainColumnRows.all(AgreementVersion.self, on: db) { select in
            select.where("programme_id", .equal, SQLBind(file.id)).where("mentor_id", .equal, SQLBind(file.programme.$mentor.id))
                .orderBy("number", .descending).limit(1)
        }.first
        return Fact(latest: latest)
    }
}
