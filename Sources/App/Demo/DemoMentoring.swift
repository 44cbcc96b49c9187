import Fluent
import Foundation
import GodstartCore

/// The mentoring material of the demo's programmes that are past their start meeting: a confirmed
/// agreement, learning goals worked on in meetings, and a competence plan with a history.
enum DemoMentoring {
    static func add(programmeID: UUID, organisationID: UUID, now: Date, on db: Database) async throws {
        guard let programme = try await Programme.find(programmeID, on: db) else { return }
        let meetings = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).sort(\.$startsAt).all()
        guard let start = meetings.first(where: { $0.meetingKind == .mentoringStart }), start.startsAt < now else { return }
        let mentee = programme.$newcomer.id
        let mentor = programme.$mentor.id

        let agreement = AgreementVersion(programmeID: programmeID, mentorID: mentor, number: 1, texts: agreementTexts, writtenByID: mentor)
        agreement.menteeConfirmedAt = start.startsAt.addingTimeInterval(3_600)
        agreement.mentorConfirmedAt = start.startsAt.addingTimeInterval(3_000)
        try await agreement.create(on: db)
        // Written at the start meeting, not when the demo was loaded.
        try await AgreementVersion.query(on: db).filter(\.$id == agreement.requireID())
            .set(\.$createdAt, to: start.startsAt).set(\.$updatedAt, to: start.startsAt).update()

        let catalogue = try await LearningGoalCatalogue.entries(of: organisationID, on: db)
        func entry(_ goal: TypicalLearningGoal) -> UUID? { catalogue.first { $0.typicalKey == goal.rawValue }?.id }
        let held = meetings.filter { $0.meetingKind == .dialogueMeeting && $0.isHeld }
        let goals: [(UUID?, String?, LearningGoalStatus, MentorRole?, String, ArraySlice<Meeting>, Bool)] = [
            (entry(.authorityRole), nil, .reached, .professionalSupervisor,
             "Fortrolig: at stå fast på en afgørelse uden at miste kontakten med familien.", held.prefix(2), true),
            (entry(.difficultConversation), nil, .inProgress, .coach,
             "Fortrolig: forberede samtaler med vrede forældre; vi øver åbningen.", held.dropFirst(2).prefix(3), false),
            (nil, "Skrive klare og korte afgørelser", .notStarted, .critic, "", [], false),
        ]
        for (entryID, ownTitle, status, role, note, worked, forTalk) in goals {
            let goal = LearningGoal(programmeID: programmeID, catalogueEntryID: entryID, ownTitle: ownTitle, createdByID: mentee)
            goal.status = status.rawValue
            goal.mentorRole = role?.rawValue
            goal.note = note
            goal.forDevelopmentTalk = forTalk
            try await goal.create(on: db)
            try await LearningGoal.query(on: db).filter(\.$id == goal.requireID())
                .set(\.$createdAt, to: start.startsAt).set(\.$updatedAt, to: start.startsAt).update()
            for meeting in worked { try await LearningGoalMeeting(goalID: try goal.requireID(), meetingID: try meeting.requireID()).create(on: db) }
        }

        for (index, fields) in planRows.enumerated() {
            let row = CompetencePlanRow(programmeID: programmeID, fields: fields)
            try await row.create(on: db)
            let when = start.startsAt.addingTimeInterval(Double(index + 1) * 86_400 * 7)
            try await CompetencePlanRow.query(on: db).filter(\.$id == row.requireID()).set(\.$createdAt, to: when).update()
            try await CompetencePlanChange(row: row, by: mentor, kind: .added, before: [:], at: when).create(on: db)
        }
    }

    private static let agreementTexts: [AgreementTopic: String] = [
        .purpose: "At du bliver tryg i myndighedsrollen og i de svære samtaler, og at du bliver i faget.",
        .learningNeeds: "Fortrolig: samtaler med forældre, der er uenige i en afgørelse.",
        .mentorRole: "Mest coach og sparringspartner; rådgiver når du beder om det.",
        .meetingFrequency: "Hver uge de første seks uger, derefter hver anden uge. Vi har altid de næste to møder i kalenderen.",
        .duration: "60 minutter pr. møde.",
        .room: "Stillerummet, 1. sal. Thomas booker.",
        .noInterruptions: "Telefonerne på lydløs.",
        .comingPrepared: "Du tager en konkret sag eller episode med.",
        .confidentiality: "Det, vi taler om, bliver mellem os, medmindre vi aftaler andet.",
        .feedback: "Vi giver hinanden feedback i de sidste fem minutter.",
    ]

    private static let planRows: [[CompetencePlanField: String]] = [
        [.taskType: "Børnefaglig undersøgelse", .learningGoal: "Systematisk sagsbehandling",
         .estimatedTime: "Ca. 20 timer", .sparring: "Med Thomas efter første samtale og før konklusion",
         .nextStep: "Næste undersøgelse med sparring kun før konklusion", .developmentPotential: "Inddrage netværket tidligere"],
        [.taskType: "Afgørelse om afslag", .learningGoal: "Klar formidling af afgørelser",
         .estimatedTime: "2-3 timer", .sparring: "Med teamleder før afsendelse", .nextStep: "Skrive udkast selv"],
    ]
}

/// The demo's checklists: what lay in the past is covered by whoever it belonged to, except one
/// item of Jonas's, so the coordinator's overview shows an item waiting.
enum DemoChecklist {
    static func cover(programmeID: UUID, now: Date, timeZone: TimeZone, leaveOneWaiting: Bool, on db: Database) async throws {
        guard let programme = try await Programme.find(programmeID, on: db) else { return }
        let today = LocalDate(now, in: timeZone)
        let items = try await ChecklistItem.query(on: db).filter(\.$programme.$id == programmeID).all()
        for item in items where item.window.to < today {
            if leaveOneWaiting && item.templateKey == DefaultChecklistItem.caseSystem.rawValue { continue }
            item.coveredAt = item.window.to.instant(at: LocalTime(hour: 12), in: timeZone)
            item.$coveredBy.id = programme.personID(for: item.responsible) ?? programme.$contactPerson.id
            try await item.update(on: db)
        }
    }
}

/// The demo's programmes past their introduction were closed at its closing meeting: the new hire
/// and the contact person answered the introduction's evaluation, and the mentoring started.
enum DemoIntroductionClose {
    static func add(programmeID: UUID, on db: Database) async throws {
        guard let programme = try await Programme.find(programmeID, on: db),
              let closing = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID)
                .filter(\.$kind == MeetingKind.introductionClosing.rawValue).first(),
              closing.isHeld else { return }
        for (role, authorID, rating) in [(ProgrammeRole.newcomer, programme.$newcomer.id, 4), (.contactPerson, programme.$contactPerson.id, 4)] {
            let answers = EvaluationAnswers(programmeID: programmeID, authorID: authorID, kind: .introduction, role: role)
            answers.answers = role == .newcomer ? newcomerAnswers : contactPersonAnswers
            answers.rating = rating
            try await answers.create(on: db)
        }
        programme.mentoringStartedAt = closing.heldAt
        try await programme.update(on: db)
    }

    private static let newcomerAnswers = [
        EvaluationQuestion.introductionWentWell.rawValue: "Følordningen og at jeg altid vidste, hvem jeg kunne spørge.",
        EvaluationQuestion.introductionMissing.rawValue: "Journalføringen kom lidt sent; jeg skrev mine første notater uden skabelon.",
        EvaluationQuestion.readyForOwnCases.rawValue: "Klar til egne sager, men vil gerne sparre om underretninger en tid endnu.",
        EvaluationQuestion.adviceForNextIntroduction.rawValue: "Book mødet med IT før første dag.",
    ]

    private static let contactPersonAnswers = [
        EvaluationQuestion.introductionWentWell.rawValue: "Sidemandsoplæringen i de første sager.",
        EvaluationQuestion.introductionMissing.rawValue: "Besøg hos samarbejdspartnerne blev skubbet.",
        EvaluationQuestion.readyForOwnCases.rawValue: "Klar til egne sager med sparring om underretninger.",
        EvaluationQuestion.adviceForNextIntroduction.rawValue: "Læg besøgene hos samarbejdspartnerne fast fra start.",
    ]
}
