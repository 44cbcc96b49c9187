import Fluent
import Foundation
import GodstartCore
import Vapor

/// Gathers `PersonalDataArchive` for one person, in their language and their organisation's time.
enum PersonalData {
    typealias Field = PersonalDataArchive.Field
    typealias Item = PersonalDataArchive.Item
    typealias Section = PersonalDataArchive.Section

    static func archive(of person: Person, language: Language, now: Date, on db: any Database) async throws -> PersonalDataArchive {
        let t = language.texts
        let id = try person.requireID()
        guard let organisation = try await Organisation.find(person.$organisation.id, on: db) else { throw Abort(.notFound) }
        let dates = DateText(language: language, timeZone: organisation.timeZone)
        let files = try await ProgrammeQueries.files(of: person, as: ProgrammeRole.allCases, on: db)
        let own = files.filter { $0.programme.$newcomer.id == id }
        let ownIDs = own.map(\.id)
        var names: [UUID: String] = [:]
        for file in files { for (personID, other) in file.people { names[personID] = other.name } }
        func name(_ id: UUID?) -> String { id.flatMap { names[$0] } ?? "" }

        var sections: [Section] = []
        let unit = try await person.$unit.get(on: db)
        let areas = try await KnowledgeArea.query(on: db).filter(\.$person.$id == id).sort(\.$area).all()
        let roles = [person.isCoordinator ? t.coordinatorFlag : nil, person.isManager ? t.managerFlag : nil, person.isAdmin ? t.adminFlag : nil]
        sections.append(Section(title: t.archiveProfile, items: [Item(heading: person.name, fields: fields([
            (t.emailColumn, person.email), (t.archivePhone, person.phone), (t.archiveTitleField, person.title),
            (t.archiveUnit, unit?.name), (t.rolesColumn, roles.compactMap { $0 }.joined(separator: ", ")),
            (t.archiveLanguage, person.language.flatMap(Language.init(rawValue:))?.nativeName),
            (t.archiveLastDay, person.leftOn.flatMap(LocalDate.init(iso:)).map(dates.day)),
            (t.archiveCreated, person.createdAt.map(dates.day)),
            (t.archiveSingleSignOn, person.ssoSubject == nil ? nil : t.archiveYes),
            (t.archiveCalendarFeed, person.calendarTokenHash == nil ? nil : t.archiveYes),
            (t.mailLanguageLegend, person.mailLanguage.flatMap(Language.init(rawValue:))?.nativeName),
            (t.archiveMailsSwitchedOff, MailKind.choosable.filter(MailPreferences(stored: person.mailSwitchedOff).switchedOff.contains)
                .map(t.mailKindLabel).joined(separator: ", ")),
            (t.capacityLabel, person.capacity.map(String.init)),
            (t.willingLabel, person.willingToMentor.map { $0 ? t.yes : t.no }),
            (t.trainedLabel, person.trainedAsMentor.map { $0 ? t.yes : t.no }),
            (t.takesNewHiresLabel, person.takesNewHires.map { $0 ? t.yes : t.no }),
            (t.archiveKnowledgeAreas, areas.map(\.area).joined(separator: ", ")),
        ]))]))

        let employments = try await EmploymentRecord.query(on: db).filter(\.$organisation.$id == person.$organisation.id)
            .filter(\.$reference == person.email.lowercased()).sort(\.$startedOn).all()
        sections.append(Section(title: t.archiveEmployments, items: employments.map { employment in
            Item(heading: employment.start.map(dates.day) ?? "", fields: fields([
                (t.archiveFirstDay, employment.start.map(dates.day)), (t.archiveLastDay, employment.end.map(dates.day)),
            ]))
        }))

        sections.append(Section(title: t.archiveProgrammes, items: files.map { file in
            let parts = ProgrammeRole.allCases.filter { file.programme.personID(for: $0) == id }.map(t.role).joined(separator: ", ")
            return Item(heading: file.newcomer?.name ?? "", fields: fields([
                (t.archiveYourRole, parts), (t.archiveFirstDay, dates.day(file.programme.firstLocalDay)),
            ]))
        }))
        // Why they were chosen outside the rules, wherever they were (a role since handed on too):
        // written about them.
        let overrides = try await AssignmentOverride.query(on: db).filter(\.$person.$id == id).sort(\.$createdAt).all()
        if !overrides.isEmpty {
            let programmes = try await Programme.query(on: db).filter(\.$id ~~ overrides.map { $0.$programme.id }).all()
            let newHires = try await Person.query(on: db).filter(\.$id ~~ programmes.map { $0.$newcomer.id }).all()
            func newHire(_ programmeID: UUID) -> String {
                let newcomer = programmes.first { $0.id == programmeID }?.$newcomer.id
                return newHires.first { $0.id == newcomer }?.name ?? ""
            }
            sections.append(Section(title: t.overridesHeading, items: overrides.map { override in
                Item(heading: newHire(override.$programme.id), fields: fields([
                    (t.archiveYourRole, t.role(override.candidateRole.programmeRole)), (t.overrideReasonLabel, override.reason),
                    (t.archiveCreated, override.createdAt.map(dates.day)),
                ]))
            }))
        }

        var meetings: [Item] = []
        for file in own {
            let relations = file.relations(of: person)
            let notes = try await MeetingNote.query(on: db).filter(\.$meeting.$id ~~ file.meetings.compactMap(\.id)).all()
            let earlierNotes = try await EarlierMeetingNote.query(on: db).filter(\.$meeting.$id ~~ file.meetings.compactMap(\.id)).all()
            for meeting in file.meetings {
                let context = file.meetingContext(meeting, for: relations, now: now)
                let readable = AccessPolicy.decide(relations, meeting.meetingKind.notesResource, .read, context) == .allow
                func byPoint(_ notes: [(point: String, text: String)]) -> [(String, String?)] {
                    notes.compactMap { note in AgendaPoint(rawValue: note.point).map { (t.agendaTitle($0), Optional(note.text)) } }
                }
                let written = readable
                    ? byPoint(notes.filter { $0.$meeting.id == meeting.id }.map { ($0.agendaPoint, $0.text) }) : []
                let writtenEarlier = MeetingController.mayReadEarlierNotes(of: meeting, file, relations, now: now)
                    ? byPoint(earlierNotes.filter { $0.$meeting.id == meeting.id }.map { ($0.agendaPoint, $0.text) }) : []
                meetings.append(Item(heading: t.meetingTitle(meeting.meetingKind, number: meeting.number), fields: fields([
                    (t.archiveWhen, dates.dayAndTime(meeting.startsAt)),
                    (t.archiveStatus, meeting.isCancelled ? t.statusCancelled : meeting.isHeld ? t.statusHeld : t.statusPlanned),
                    (t.archivePlace, meeting.place),
                ] + writtenEarlier + written)))
            }
        }
        sections.append(Section(title: t.archiveMeetings, items: meetings))

        let entries = try await LogbookEntry.query(on: db).filter(\.$author.$id == id).sort(\.$createdAt).all()
        sections.append(Section(title: t.archiveLogbook, items: entries.map { entry in
            Item(heading: entry.createdAt.map(dates.dayAndTime) ?? "", fields: fields([
                (t.logbookPrompt(.unsure), entry.unsure), (t.logbookPrompt(.learned), entry.learned),
                (t.logbookPrompt(.remember), entry.remember), (t.logbookPrompt(.actOn), entry.actOn),
                (t.logbookPrompt(.knowMore), entry.knowMore), (t.archiveSharedWith, name(entry.$sharedWith.id)),
            ]))
        }))

        let journals = try await ProcessJournal.query(on: db).filter(\.$author.$id == id).sort(\.$createdAt).all()
        sections.append(Section(title: t.archiveJournals, items: journals.map { journal in
            Item(heading: journal.title, fields: fields([
                (t.archiveCreated, journal.createdAt.map(dates.dayAndTime)),
                (t.journalPart(.facts), journal.facts), (t.journalPart(.account), journal.account),
                (t.journalPart(.thoughts), journal.thoughts), (t.journalPart(.reflections), journal.reflections),
                (t.archiveSharedWith, name(journal.$sharedWith.id)),
            ]))
        }))

        // Their answers in their own programme here; those in other programmes under what they wrote there.
        let preparations = try await PreparationAnswers.query(on: db).filter(\.$author.$id == id).all()
        sections.append(Section(title: t.archivePreparation, items: preparations.filter { ownIDs.contains($0.$programme.id) }.map {
            preparationItem($0, heading: person.name, sharedWith: name($0.$sharedWith.id), t)
        }))

        // The agreements of their own mentoring, and those they make as the mentor now, as they read
        // them; the versions a former mentor wrote or confirmed are under what they wrote elsewhere.
        let mentoring = files.filter { $0.programme.$mentor.id == id }.map(\.id)
        let versions = ownIDs.isEmpty && mentoring.isEmpty ? [] : try await AgreementVersion.query(on: db).group(.or) { group in
            if !ownIDs.isEmpty { group.filter(\.$programme.$id ~~ ownIDs) }
            if !mentoring.isEmpty { group.group(.and) { $0.filter(\.$programme.$id ~~ mentoring).filter(\.$mentor.$id == id) } }
        }.sort(\.$number).all()
        sections.append(Section(title: t.archiveAgreements, items: versions.map { version in
            Item(heading: "\(name(files.first { $0.id == version.$programme.id }?.programme.$newcomer.id)) (\(version.number))",
                 fields: fields(AgreementTopic.allCases.map { (t.agreementTopic($0), version.texts[$0.rawValue]) } + [
                    (t.archiveConfirmed, [version.menteeConfirmedAt, version.mentorConfirmedAt].compactMap { $0 }.map(dates.day).joined(separator: ", ")),
                 ]))
        }))

        let goals = ownIDs.isEmpty ? [] : try await LearningGoal.query(on: db).filter(\.$programme.$id ~~ ownIDs).sort(\.$createdAt).all()
        let catalogue = try await LearningGoalCatalogue.entries(of: organisation.requireID(), on: db)
        sections.append(Section(title: t.archiveLearningGoals, items: goals.map { goal in
            Item(heading: goal.ownTitle ?? catalogue.first { $0.id == goal.$catalogueEntry.id }?.title(in: language) ?? "",
                 fields: fields([(t.archiveStatus, t.learningGoalStatus(goal.goalStatus)), (t.archiveCreated, goal.createdAt.map(dates.day)),
                                 (t.archiveNote, goal.note)]))
        }))

        let rows = ownIDs.isEmpty ? [] : try await CompetencePlanRow.query(on: db).filter(\.$programme.$id ~~ ownIDs)
            .filter(\.$removedAt == nil).sort(\.$createdAt).all()
        sections.append(Section(title: t.archiveCompetencePlan, items: rows.map { row in
            Item(heading: row.createdAt.map(dates.day) ?? "",
                 fields: fields(CompetencePlanField.allCases.map { (t.competencePlanField($0), row.fields[$0.rawValue]) }))
        }))

        let evaluations = try await EvaluationAnswers.query(on: db).filter(\.$author.$id == id).all()
        let advice = try await AdviceSharing.sent(answersIDs: evaluations.compactMap(\.id), on: db)
        sections.append(Section(title: t.archiveEvaluations, items: evaluations.filter { ownIDs.contains($0.$programme.id) }.map {
            evaluationItem($0, adviceSentTo: $0.id.flatMap { advice[$0]?.sharedWith.name }, t)
        }))

        let requests = try await MentorChangeRequest.query(on: db).filter(\.$requestedBy.$id == id).sort(\.$createdAt).all()
        sections.append(Section(title: t.archiveMentorChangeRequests, items: requests.filter { ownIDs.contains($0.$programme.id) }.map {
            mentorChangeRequestItem($0, dates, t)
        }))

        sections.append(try await writtenElsewhere(
            by: person, apartFrom: Set(ownIDs), shown: Set(versions.compactMap(\.id)), preparations: preparations,
            evaluations: evaluations, requests: requests, catalogue: catalogue, language: language, dates: dates, on: db))

        sections.append(try await gatherings(of: id, dates: dates, t, on: db))

        let groupEvaluations = try await GatheringEvaluation.query(on: db).filter(\.$author.$id == id).all()
        sections.append(Section(title: t.groupEvaluationHeading, items: groupEvaluations.map { evaluation in
            Item(heading: evaluation.createdAt.map(dates.day) ?? "", fields: fields([
                (t.archiveRating, String(evaluation.rating)), (t.groupWorkedLabel, evaluation.worked),
                (t.groupChangeLabel, evaluation.change),
            ]))
        }))

        let ideas = try await Idea.query(on: db).filter(\.$author.$id == id).all()
        sections.append(Section(title: t.archiveIdeas, items: ideas.map { idea in
            Item(heading: idea.createdAt.map(dates.day) ?? "", fields: fields([("", idea.text), (t.archiveStatus, idea.answer)]))
        }))

        sections.append(try await addedForOrganisation(by: id, dates: dates, t, on: db))

        let mails = try await OutboxMessage.query(on: db).group(.or) { $0.filter(\.$recipient.$id == id).filter(\.$toAddress == person.email) }
            .sort(\.$createdAt).all()
        sections.append(Section(title: t.archiveMails, items: mails.map { mail in
            Item(heading: mail.subject, fields: fields([
                (t.archiveCreated, dates.dayAndTime(mail.createdAt)),
                (t.archiveSent, mail.sentAt.map(dates.dayAndTime) ?? t.archiveNotSent),
            ]))
        }))

        let audit = try await AuditEntry.query(on: db).group(.or) { $0.filter(\.$actorID == id).filter(\.$subjectID == id) }
            .sort(\.$occurredAt).all()
        let auditPeople = Set(audit.flatMap { [$0.actorID, $0.subjectID] }.compactMap { $0 }).subtracting(names.keys)
        if !auditPeople.isEmpty {
            for other in try await Person.query(on: db).filter(\.$id ~~ Array(auditPeople)).all() { names[other.id!] = other.name }
        }
        sections.append(Section(title: t.archiveAuditLog, items: audit.map { entry in
            let kind = entry.auditKind ?? .accessChanged
            return Item(heading: t.auditWhat(kind, entry.auditDetail, entry.auditResource), fields: fields([
                (t.auditWhenColumn, dates.dayAndTime(entry.occurredAt)),
                (t.auditWhoColumn, entry.actorID.map { $0 == id ? t.auditYou : name($0) } ?? t.auditNoActor(kind)),
                (t.auditConcerningColumn, entry.subjectID.map { $0 == id ? t.auditYou : name($0) }),
                (t.auditFromColumn, AuditRules.showsAddress(wholeLog: false, ownAction: entry.actorID == id) ? entry.address : nil),
            ]))
        }))

        return PersonalDataArchive(title: t.archiveTitle(person.name), made: t.archiveMade(dates.dayAndTime(now)), about: t.archiveAbout,
                                   sections: sections, language: language.rawValue)
    }

    /// The labelled values that are there; empty ones are left out.
    static func fields(_ pairs: [(String, String?)]) -> [Field] {
        pairs.compactMap { label, value in value.flatMap { $0.isEmpty ? nil : Field(label: label, value: $0) } }
    }

    static func preparationItem(_ answers: PreparationAnswers, heading: String, sharedWith: String, _ t: Texts) -> Item {
        Item(heading: heading, fields: fields(PreparationQuestion.allCases.map { (t.preparationQuestion($0), answers.answers[$0.rawValue]) }
            + [(t.archiveSharedWith, sharedWith)]))
    }

    /// - Parameter adviceSentTo: whom the author sent the advice to the mentor, if they did (`SharedAdvice`).
    static func evaluationItem(_ answers: EvaluationAnswers, adviceSentTo: String?, _ t: Texts) -> Item {
        let kind = EvaluationKind(rawValue: answers.kind)
        let forMentor = answers.role == ProgrammeRole.mentor.rawValue
        return Item(heading: kind.map(t.evaluationKind) ?? answers.kind, fields: fields([(t.archiveRating, String(answers.rating))]
            + (kind?.questions ?? []).map { (t.evaluationQuestion($0, forMentor: forMentor), answers.answers[$0.rawValue]) }
            + [(t.archiveSharedWith, adviceSentTo)]))
    }

    static func mentorChangeRequestItem(_ request: MentorChangeRequest, _ dates: DateText, _ t: Texts) -> Item {
        Item(heading: t.archiveMentorChangeRequest, fields: fields([
            (t.archiveCreated, request.createdAt.map(dates.day)), (t.archiveReason, t.mentorChangeReason(request.changeReason)),
            (t.archiveResolved, request.resolvedAt.map(dates.day)),
        ]))
    }
}
