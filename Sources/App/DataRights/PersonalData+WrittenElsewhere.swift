import Fluent
import Foundation
import GodstartCore

/// What a person wrote, or was given to do, in other people's programmes (GDPR art. 15), one part
/// per programme. Only what is theirs: the meeting notes they were the last to write, goals they
/// created, their changes to a plan, agreement versions they wrote or confirmed, their own answers,
/// checklist items they ticked off or carry, activities they run, their time as mentor and their
/// requests for a new mentor. Never what someone else wrote there: a note another person wrote
/// last, the newcomer's logbook, journals, preparation or evaluations.
extension PersonalData {
    /// Everything of one kind belongs to one programme; the parts are built from these.
    private struct Written {
        var programmeID: UUID
        var order: Int
        var sortKey: Date
        var item: Item
    }

    static func writtenElsewhere(
        by person: Person, apartFrom own: Set<UUID>, shown: Set<UUID>, preparations: [PreparationAnswers],
        evaluations: [EvaluationAnswers], requests: [MentorChangeRequest], catalogue: [CatalogueEntry],
        language: Language, dates: DateText, on db: any Database
    ) async throws -> Section {
        let t = language.texts
        let id = try person.requireID()
        // One statement per kind, whatever the number of rows.
        let notes = try await MeetingNote.query(on: db).join(Meeting.self, on: \MeetingNote.$meeting.$id == \Meeting.$id)
            .filter(\.$updatedBy.$id == id).all()
        let earlierNotes = try await EarlierMeetingNote.query(on: db).join(Meeting.self, on: \EarlierMeetingNote.$meeting.$id == \Meeting.$id)
            .filter(\.$updatedBy.$id == id).all()
        let goals = try await LearningGoal.query(on: db).filter(\.$createdBy.$id == id).sort(\.$createdAt).all()
        let planChanges = try await CompetencePlanChange.query(on: db).filter(\.$changedBy.$id == id).sort(\.$changedAt).all()
        let versions = try await AgreementVersion.query(on: db).group(.or) { group in
            group.filter(\.$writtenBy.$id == id)
            group.group(.and) { $0.filter(\.$mentor.$id == id).filter(\.$mentorConfirmedAt != nil) }
        }.sort(\.$number).all()
        let checklist = try await ChecklistItem.query(on: db).group(.or) {
            $0.filter(\.$coveredBy.$id == id).filter(\.$assignedPerson.$id == id)
        }.all()
        let activities = try await Activity.query(on: db).filter(\.$runBy.$id == id).sort(\.$day).sort(\.$time).all()
        let mentorships = try await FormerMentorship.query(on: db).filter(\.$mentor.$id == id).sort(\.$until).all()

        var written: [Written] = []
        func add(_ programmeID: UUID, _ order: Int, _ sortKey: Date?, _ item: Item) {
            guard !own.contains(programmeID) else { return }
            written.append(Written(programmeID: programmeID, order: order, sortKey: sortKey ?? .distantPast, item: item))
        }

        // Notes are written together; the person's are those they wrote last, set aside at a mentor change or not.
        var notesByMeeting: [UUID: (meeting: Meeting, notes: [(point: String, text: String)])] = [:]
        for (meeting, point, text) in try earlierNotes.map({ (try $0.joined(Meeting.self), $0.agendaPoint, $0.text) })
            + notes.map({ (try $0.joined(Meeting.self), $0.agendaPoint, $0.text) }) {
            guard let meetingID = meeting.id else { continue }
            notesByMeeting[meetingID, default: (meeting, [])].notes.append((point, text))
        }
        for (meeting, meetingNotes) in notesByMeeting.values {
            let byPoint = AgendaPoint.allCases.flatMap { point in
                meetingNotes.filter { $0.point == point.rawValue }.map { (t.agendaTitle(point), Optional($0.text)) }
            }
            add(meeting.$programme.id, 0, meeting.startsAt, Item(
                heading: "\(t.archiveMeetingNotes): \(t.meetingTitle(meeting.meetingKind, number: meeting.number)), \(dates.day(meeting.startsAt))",
                fields: fields(byPoint)))
        }

        let programmes = try await programmes(Set(written.map(\.programmeID) + goals.map { $0.$programme.id }
            + planChanges.map { $0.$programme.id } + versions.map { $0.$programme.id } + checklist.map { $0.$programme.id }
            + activities.map { $0.$programme.id } + mentorships.map { $0.$programme.id } + requests.map { $0.$programme.id }
            + preparations.map { $0.$programme.id } + evaluations.map { $0.$programme.id }).subtracting(own), on: db)

        let setAsideGoals = try await EarlierMentorship.setAsideIDs(.learningGoals, programmeIDs: Array(Set(goals.map { $0.$programme.id })), on: db)
        for goal in goals {
            // A goal is written together and its title, status and note may change after its maker
            // left: only the mentor who still reads it gets them (not one who has left, whose goal
            // was set aside at the change); a former mentor gets that they made it, and when.
            let programme = programmes[goal.$programme.id]?.programme
            let readsIt = programme.map { $0.$mentor.id == id } == true && !setAsideGoals.contains(goal.id!)
            let catalogueTitle = catalogue.first { $0.id == goal.$catalogueEntry.id }?.title(in: language)
            let title = readsIt ? goal.ownTitle ?? catalogueTitle ?? "" : catalogueTitle ?? t.archiveOwnGoalOfTheMentee
            add(goal.$programme.id, 1, goal.createdAt, Item(heading: "\(t.archiveGoalYouCreated): \(title)", fields: fields([
                (t.archiveCreated, goal.createdAt.map(dates.day)), (t.archiveStatus, readsIt ? t.learningGoalStatus(goal.goalStatus) : nil),
                (t.archiveNote, readsIt ? goal.note : nil),
            ])))
        }

        for change in planChanges {
            let taskType = CompetencePlanField.taskType.rawValue
            let (heading, changed): (String, [String: String]) = switch change.changeKind {
            case .added: (t.archivePlanRowAdded, change.after)
            case .changed: (t.archivePlanRowChanged, change.after.filter { change.before[$0.key] != $0.value })
            case .removed: (t.archivePlanRowRemoved, [:])
            }
            let row = change.after[taskType] ?? change.before[taskType] ?? ""
            add(change.$programme.id, 2, change.changedAt, Item(heading: row.isEmpty ? heading : "\(heading): \(row)", fields: fields(
                [(t.archiveWhen, dates.dayAndTime(change.changedAt))]
                    + CompetencePlanField.allCases.map { (t.competencePlanField($0), changed[$0.rawValue]) })))
        }

        // Versions the agreement section already holds (those the person reads now) are not repeated.
        for version in versions where !shown.contains(version.id ?? UUID()) {
            let wrote = version.$writtenBy.id == id
            add(version.$programme.id, 3, version.createdAt, Item(heading: t.archiveAgreementVersion(version.number), fields: fields(
                [(t.archiveCreated, wrote ? version.createdAt.map(dates.day) : nil)]
                    + AgreementTopic.allCases.map { (t.agreementTopic($0), wrote ? version.texts[$0.rawValue] : nil) }
                    + [(t.archiveYouConfirmed, version.$mentor.id == id ? version.mentorConfirmedAt.map(dates.day) : nil)])))
        }

        for answers in preparations {
            add(answers.$programme.id, 4, answers.updatedAt, preparationItem(
                answers, heading: t.archivePreparation,
                sharedWith: answers.$sharedWith.id.flatMap { programmes[answers.$programme.id]?.names[$0] } ?? "", t))
        }
        for answers in evaluations {
            // Answers in someone else's programme carry no advice of one's own to send.
            add(answers.$programme.id, 5, answers.createdAt, evaluationItem(answers, adviceSentTo: nil, t))
        }

        for item in checklist {
            add(item.$programme.id, 6, item.coveredAt, Item(heading: "\(t.archiveChecklistItem): \(item.title(t))", fields: fields([
                (t.archiveTickedOffByYou, item.$coveredBy.id == id ? item.coveredAt.map(dates.day) : nil),
                (t.archiveAssignedToYou, item.$assignedPerson.id == id ? t.archiveYes : nil),
            ])))
        }
        for activity in activities {
            add(activity.$programme.id, 7, nil, Item(heading: "\(t.archiveActivityYouRun): \(activity.title)", fields: fields([
                (t.archiveWhen, "\(dates.day(activity.localDay)) \(activity.time)"), (t.archivePlace, activity.place),
            ])))
        }
        for mentorship in mentorships {
            add(mentorship.$programme.id, 8, mentorship.until, Item(heading: t.archiveYouWereMentor, fields: fields([
                (t.archiveFrom, mentorship.from.map(dates.day)), (t.archiveUntil, dates.day(mentorship.until)),
                (t.archiveReason, t.mentorChangeReason(mentorship.changeReason)),
            ])))
        }
        for request in requests {
            add(request.$programme.id, 9, request.createdAt, mentorChangeRequestItem(request, dates, t))
        }

        let parts = Dictionary(grouping: written, by: \.programmeID).compactMap { programmeID, items -> (String, Section)? in
            guard let programme = programmes[programmeID] else { return nil }
            let parts = ProgrammeRole.allCases.filter { programme.programme.personID(for: $0) == id }.map(t.role)
                + (mentorships.contains { $0.$programme.id == programmeID } && programme.programme.$mentor.id != id ? [t.archiveFormerMentor] : [])
            return (programme.newcomer, Section(
                title: t.archiveProgrammeOf(programme.newcomer),
                about: parts.isEmpty ? nil : "\(t.archiveYourRole): \(parts.joined(separator: ", "))",
                items: items.sorted { ($0.order, $0.sortKey) < ($1.order, $1.sortKey) }.map(\.item)))
        }
        return Section(title: t.archiveWrittenElsewhere, about: t.archiveWrittenElsewhereAbout, items: [],
                       parts: parts.sorted { $0.0 < $1.0 }.map(\.1))
    }

    /// The programmes by id, with their newcomer's name and the names of their people.
    private static func programmes(_ ids: Set<UUID>, on db: any Database) async throws
        -> [UUID: (programme: Programme, newcomer: String, names: [UUID: String])]
    {
        guard !ids.isEmpty else { return [:] }
        let programmes = try await Programme.query(on: db).filter(\.$id ~~ Array(ids)).all()
        let people = Set(programmes.flatMap { [$0.$newcomer.id, $0.$mentor.id] })
        let names = Dictionary(uniqueKeysWithValues: try await Person.query(on: db).filter(\.$id ~~ Array(people)).all()
            .map { ($0.id!, $0.name) })
        return Dictionary(uniqueKeysWithValues: programmes.map { programme in
            (programme.id!, (programme, names[programme.$newcomer.id] ?? "", names))
        })
    }
}
