import Fluent
import Foundation
import GodstartCore
import Vapor

/// Finds the reminders due today in every organisation and queues them (`ReminderRules`). Runs on
/// every instance every few minutes; a reminder's key makes it one mail however often it is found.
/// Reminders go out from `firstHour` in the organisation's time zone, not in the night.
enum ReminderJob {
    static let firstHour = 7

    static func run(_ app: Application) async {
        do {
            try await run(on: app.db, settings: app.settings.mail, now: app.settings.now())
            try await MailWorker.giveUpExpired(on: app.db, now: app.settings.now())
            try await MailWorker.prune(on: app.db, now: app.settings.now())
            try await SignInFailures.prune(now: app.settings.now(), on: app.db)
            try await StoredSessions.prune(now: app.settings.now(), on: app.db)
            try await app.signedInCache.prune(on: app.db)
            try await TextPurge.run(on: app.db, now: app.settings.now())
        } catch {
            OperationsMetrics.failures(of: .reminders).increment()
            app.logger.error("reminders: the run stopped (\(String(reflecting: type(of: error))))")
        }
    }

    static func run(on db: any Database, settings: MailSettings, now: Date) async throws {
        for organisation in try await Organisation.query(on: db).all() {
            guard LocalTime(now, in: organisation.timeZone).hour >= firstHour else { continue }
            try await run(organisation, on: db, settings: settings, now: now)
        }
    }

    static func run(_ organisation: Organisation, on db: any Database, settings: MailSettings, now: Date) async throws {
        let orgID = try organisation.requireID()
        let today = LocalDate(now, in: organisation.timeZone)
        let files = try await ProgrammeQueries.files(ProgrammeQueries.running(of: orgID, on: db), on: db).map { $0.situated(at: now) }
        let queued = try await OutboxMessage.query(on: db).filter(\.$organisation.$id == orgID).filter(\.$dedupKey != nil)
            .all(\.$dedupKey)
        try await Outbox.$queuedKeys.withValue(Set(queued.compactMap { $0 })) {
            try await meetingsTomorrow(files, today: today, settings: settings, now: now, on: db)
            try await gatheringsTomorrow(organisation, today: today, settings: settings, now: now, on: db)
            try await mentoringAhead(files, today: today, settings: settings, now: now, on: db)
            try await checklistClosing(files, today: today, settings: settings, now: now, on: db)
            try await evaluationsDue(files, today: today, settings: settings, now: now, on: db)
            try await weeklyDigest(organisation, files, today: today, settings: settings, now: now, on: db)
        }
    }

    static func meetingsTomorrow(_ files: [ProgrammeFile], today: LocalDate, settings: MailSettings, now: Date, on db: any Database) async throws {
        for file in files {
            for meeting in file.meetings where !meeting.isHeld && !meeting.isCancelled {
                let participants = meeting.meetingKind.participants.compactMap { file.programme.personID(for: $0) }
                for due in ReminderRules.meetingTomorrow(meeting.id!, on: file.date(of: meeting), participants: participants, today: today) {
                    guard let person = file.people[due.recipient] else { continue }
                    try await MeetingMail.tomorrow(meeting, in: file, to: person, key: due.key, settings: settings, now: now, on: db)
                }
            }
        }
    }

    static func gatheringsTomorrow(_ organisation: Organisation, today: LocalDate, settings: MailSettings, now: Date, on db: any Database) async throws {
        let tomorrow = today.adding(days: 1)
        let from = tomorrow.instant(at: LocalTime(hour: 0), in: organisation.timeZone)
        let to = tomorrow.adding(days: 1).instant(at: LocalTime(hour: 0), in: organisation.timeZone)
        let series = try await GatheringSeries.query(on: db).filter(\.$organisation.$id == organisation.requireID()).all()
        guard !series.isEmpty else { return }
        let meetings = try await Gathering.query(on: db).filter(\.$series.$id ~~ series.compactMap(\.id))
            .filter(\.$startsAt >= from).filter(\.$startsAt < to).all()
        guard !meetings.isEmpty else { return }
        let participants = try await GatheringParticipant.query(on: db).filter(\.$series.$id ~~ meetings.map { $0.$series.id }).all()
        let people = Dictionary(uniqueKeysWithValues: try await Person.query(on: db)
            .filter(\.$id ~~ Array(Set(participants.map { $0.$person.id }))).all().map { ($0.id!, $0) })
        for meeting in meetings {
            guard let ofSeries = series.first(where: { $0.id == meeting.$series.id }) else { continue }
            let invited = participants.filter { $0.$series.id == meeting.$series.id }.map { $0.$person.id }
            for due in ReminderRules.meetingTomorrow(meeting.id!, on: LocalDate(meeting.startsAt, in: organisation.timeZone),
                                                     participants: invited, today: today) {
                guard let person = people[due.recipient] else { continue }
                try await GatheringMail.tomorrow(meeting, of: ofSeries, to: person, organisation: organisation, key: due.key,
                                                 settings: settings, now: now, on: db)
            }
        }
    }

    static func mentoringAhead(_ files: [ProgrammeFile], today: LocalDate, settings: MailSettings, now: Date, on db: any Database) async throws {
        for file in files {
            guard let due = ReminderRules.mentoringAhead(file.id, mentor: file.programme.personID(for: .mentor),
                                                         needsPlanning: file.needsPlanning(now: now), today: today),
                  let mentor = file.people[due.recipient] else { continue }
            let mentee = file.newcomer?.name ?? ""
            try await Outbox.queue(.mentoringAhead, to: mentor, organisation: file.organisation, dedupKey: due.key,
                                   settings: settings, now: now, on: db) { t, _ in
                Outbox.Content(subject: t.mailMentoringAheadSubject(mentee: mentee),
                               paragraphs: [t.mailMentoringAheadBody(mentee: mentee), Outbox.link(.programme(file.id), settings, texts: t)])
            }
        }
    }

    static func checklistClosing(_ files: [ProgrammeFile], today: LocalDate, settings: MailSettings, now: Date, on db: any Database) async throws {
        let byID = Dictionary(uniqueKeysWithValues: files.map { ($0.id, $0) })
        guard !byID.isEmpty else { return }
        let items = try await ChecklistItem.query(on: db).filter(\.$programme.$id ~~ Array(byID.keys)).filter(\.$coveredAt == nil).all()
        var due: [(ChecklistItem, ProgrammeFile, ReminderDue)] = []
        for item in items {
            guard let file = byID[item.$programme.id], let role = ProgrammeRole(rawValue: item.responsibleRole) else { continue }
            // An item assigned to a colleague outside the programme reminds whoever holds its role:
            // the colleague cannot open the checklist.
            let assigned = item.$assignedPerson.id.flatMap { file.members.contains($0) ? $0 : nil }
            let responsible = assigned ?? file.programme.personID(for: role)
            if let reminder = ReminderRules.checklistClosing(item.id!, closes: item.window.to, covered: item.state != .open,
                                                             responsible: responsible, today: today) {
                due.append((item, file, reminder))
            }
        }
        guard !due.isEmpty else { return }
        let people = Dictionary(uniqueKeysWithValues: try await Person.query(on: db)
            .filter(\.$id ~~ Array(Set(due.map(\.2.recipient)))).all().map { ($0.id!, $0) })
        for (item, file, reminder) in due {
            guard let person = people[reminder.recipient] else { continue }
            let newcomer = person.id == file.programme.$newcomer.id ? nil : file.newcomer?.name
            try await Outbox.queue(.checklistClosing, to: person, organisation: file.organisation, dedupKey: reminder.key,
                                   settings: settings, now: now, on: db) { t, dates in
                let title = item.title(t)
                let closes = dates.day(item.window.to)
                return Outbox.Content(subject: t.mailChecklistSubject(item: title, closes: closes),
                                      paragraphs: [t.mailChecklistBody(item: title, newcomer: newcomer, closes: closes),
                                                   Outbox.link(.checklist(file.id), settings, texts: t)])
            }
        }
    }

    static func evaluationsDue(_ files: [ProgrammeFile], today: LocalDate, settings: MailSettings, now: Date, on db: any Database) async throws {
        guard !files.isEmpty else { return }
        let answers = try await EvaluationAnswers.query(on: db).filter(\.$programme.$id ~~ files.map(\.id)).all()
        for file in files where !file.isEnded(now: now) {
            let closing = file.firstMeeting(.mentoringClosing).map(file.date(of:))
            for kind in EvaluationKind.of(firstDay: file.programme.firstLocalDay, closingMeeting: closing) {
                for role in kind.respondents {
                    guard let respondentID = file.programme.personID(for: role), let respondent = file.people[respondentID] else { continue }
                    let answered = answers.contains { $0.$programme.id == file.id && $0.$author.id == respondentID && $0.kind == kind.rawValue }
                    let state = EvaluationController.state(kind, of: file, answered: answered, today: today)
                    guard let due = ReminderRules.evaluationDue(file.id, evaluation: kind, respondent: respondentID, state: state) else { continue }
                    let newcomer = role == .newcomer ? nil : file.newcomer?.name
                    try await Outbox.queue(.evaluationDue, to: respondent, organisation: file.organisation, dedupKey: due.key,
                                           settings: settings, now: now, on: db) { t, _ in
                        Outbox.Content(subject: t.mailEvaluationSubject(t.evaluationKind(kind)),
                                       paragraphs: [t.mailEvaluationBody(t.evaluationKind(kind), newcomer: newcomer),
                                                    Outbox.link(.evaluations(file.id), settings, texts: t)])
                    }
                }
            }
        }
    }

    static func weeklyDigest(_ organisation: Organisation, _ files: [ProgrammeFile], today: LocalDate, settings: MailSettings,
                             now: Date, on db: any Database) async throws {
        let coordinators = try await Person.query(on: db).filter(\.$organisation.$id == organisation.requireID())
            .filter(\.$isCoordinator == true).all()
        guard !coordinators.isEmpty else { return }
        let attention = try await AttentionRows.load(files.map { ($0.facts, $0.situation(at: now)) }, on: db)
        let alerts = Alerts.ordered(files.flatMap { $0.alerts(now: now, attention: attention[$0.id] ?? .init()) })
        let programmes = Set(alerts.map(\.programme))
        let names = Dictionary(uniqueKeysWithValues: files.map { ($0.id, $0.newcomer?.name ?? "") })
        for coordinator in coordinators {
            guard let due = ReminderRules.weeklyDigest(coordinator: coordinator.id!, organisation: organisation.id!,
                                                       alerts: programmes.count, today: today) else { continue }
            try await Outbox.queue(.weeklyDigest, to: coordinator, organisation: organisation, dedupKey: due.key,
                                   settings: settings, now: now, on: db) { t, _ in
                let lines = alerts.map { "- \(names[$0.programme] ?? ""): \(CoordinatorHomePage.alertText($0, t))" }
                return Outbox.Content(subject: t.mailDigestSubject(count: programmes.count),
                                      paragraphs: [t.mailDigestIntro, lines.joined(separator: "\n"),
                                                   Outbox.link(.programmes, settings, texts: t)])
            }
        }
    }
}
