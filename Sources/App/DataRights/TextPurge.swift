import Fluent
import Foundation
import GodstartCore

/// Purges the private texts of programmes whose storage period has run out (issue 8, item 3).
/// What is left is the facts: the programme, its meetings with dates and statuses, that an
/// agreement was confirmed, the goals' statuses, how many rows the plan had, the evaluations'
/// ratings and which questions were answered. Runs with the reminders on every instance; a purge
/// is idempotent, so two instances doing the same one do no harm.
enum TextPurge {
    /// What a purged answer or field reads: not empty, so "answered" still counts as answered.
    static let placeholder = "—"

    static func run(on db: any Database, now: Date) async throws {
        for organisation in try await Organisation.query(on: db).all() {
            let months = organisation.storageMonths ?? StoragePeriod.defaultMonths
            let today = LocalDate(now, in: organisation.timeZone)
            let organisationID = try organisation.requireID()
            // A programme lasts about a year; one that began within the storage period cannot be due.
            let candidates = Programme.query(on: db).filter(\.$organisation.$id == organisationID)
                .filter(\.$textsPurgedAt == nil).filter(\.$firstDay <= today.adding(months: -months).iso)
            for file in try await ProgrammeQueries.files(candidates, on: db)
            where StoragePeriod.isDue(endedOn: file.endDay, months: months, today: today) {
                try await db.transaction { db in
                    try await purge(file.id, on: db)
                    file.programme.textsPurgedAt = now
                    try await file.programme.update(on: db)
                    try await AuditLog.record([.init(kind: .erased, detail: .textsPurged, subject: file.programme.$newcomer.id,
                                                     programme: file.id)],
                                              .init(actor: nil, organisation: organisationID, address: nil, now: now), on: db)
                }
            }
        }
    }

    /// Deletes or blanks every private text of one programme.
    static func purge(_ programmeID: UUID, on db: any Database) async throws {
        try await LogbookEntry.query(on: db).filter(\.$programme.$id == programmeID).delete()
        try await ProcessJournal.query(on: db).filter(\.$programme.$id == programmeID).delete()
        try await PreparationAnswers.query(on: db).filter(\.$programme.$id == programmeID).delete()
        let meetings = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).all().compactMap(\.id)
        if !meetings.isEmpty {
            try await MeetingNote.query(on: db).filter(\.$meeting.$id ~~ meetings).delete()
            try await EarlierMeetingNote.query(on: db).filter(\.$meeting.$id ~~ meetings).delete()
        }
        try await CompetencePlanChange.query(on: db).filter(\.$programme.$id == programmeID).delete()
        // Why someone was chosen outside the rules is written about a person: it goes with the rest.
        try await AssignmentOverride.query(on: db).filter(\.$programme.$id == programmeID).delete()
        for row in try await CompetencePlanRow.query(on: db).filter(\.$programme.$id == programmeID).all() {
            row.fields = blanked(row.fields)
            try await row.update(on: db)
        }
        for version in try await AgreementVersion.query(on: db).filter(\.$programme.$id == programmeID).all() {
            version.texts = blanked(version.texts)
            try await version.update(on: db)
        }
        try await SharedAdvice.query(on: db).filter(\.$programme.$id == programmeID).delete()
        for answers in try await EvaluationAnswers.query(on: db).filter(\.$programme.$id == programmeID).all() {
            answers.answers = blanked(answers.answers)
            try await answers.update(on: db)
        }
        for goal in try await LearningGoal.query(on: db).filter(\.$programme.$id == programmeID).all() {
            if goal.ownTitle != nil { goal.ownTitle = placeholder }
            goal.note = ""
            try await goal.update(on: db)
        }
    }

    /// Every text replaced by the placeholder, empty ones left empty.
    static func blanked(_ texts: [String: String]) -> [String: String] {
        texts.mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : placeholder }
    }
}
