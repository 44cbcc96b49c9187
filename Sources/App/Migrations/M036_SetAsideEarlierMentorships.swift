import Fluent
import Foundation
import GodstartCore

/// Issue 20: what a mentorship wrote is set aside when the mentor changes, by when it was written,
/// not by a meeting's date (`EarlierMentorship`). Programmes whose mentor changed before this
/// migration get the same: goals and plan rows made before the change, the earlier mentors'
/// agreement versions, and the mentoring notes of meetings before the change or last written
/// before it are set aside under the latest former mentorship.
struct M036_SetAsideEarlierMentorships: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(EarlierMeetingNote.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("former_mentorship_id", .uuid, .required, .references("former_mentorships", "id"))
            .field("agenda_point", .string, .required)
            .field("text", .string, .required)
            .field("updated_by_id", .uuid, .required, .references("people", "id"))
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("earlier_meeting_notes_meeting_idx", on: EarlierMeetingNote.schema, columns: ["meeting_id"])
        // SQLite takes one new column per statement.
        for table in EarlierMentorship.MarkedTable.allCases {
            try await database.schema(table.rawValue).field(.string(EarlierMentorship.column), .uuid).update()
        }
        // All or nothing: a note is never left half moved.
        try await database.transaction { db in try await setAsideWhatWasWrittenBeforeEarlierChanges(on: db) }
    }

    /// Programmes whose mentor changed before this migration (internal for its test).
    func setAsideWhatWasWrittenBeforeEarlierChanges(on db: Database) async throws {
        let changed = try await Programme.query(on: db).filter(\.$mentorSince != nil).all()
        for programme in changed {
            guard let programmeID = programme.id, let since = programme.mentorSince,
                  let latest = try await FormerMentorship.query(on: db).filter(\.$programme.$id == programmeID)
                      .sort(\.$until, .descending).first(), let latestID = latest.id else { continue }
            let goals = try await LearningGoal.query(on: db).filter(\.$programme.$id == programmeID).filter(\.$createdAt < since).all()
            try await EarlierMentorship.mark(.learningGoals, programmeID: programmeID, as: latestID, only: goals.compactMap(\.id), on: db)
            let rows = try await CompetencePlanRow.query(on: db).filter(\.$programme.$id == programmeID).filter(\.$createdAt < since).all()
            try await EarlierMentorship.mark(.competencePlanRows, programmeID: programmeID, as: latestID, only: rows.compactMap(\.id), on: db)
            let versions = try await AgreementVersion.query(on: db).filter(\.$programme.$id == programmeID)
                .filter(\.$mentor.$id != programme.$mentor.id).all()
            try await EarlierMentorship.mark(.agreementVersions, programmeID: programmeID, as: latestID,
                                             only: versions.compactMap(\.id), on: db)
            let meetings = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).all()
                .filter { $0.meetingKind.notesResource == .mentoringMeetingNotes }
            let before = Set(meetings.filter { $0.startsAt < since }.compactMap(\.id))
            let notes = try await MeetingNote.query(on: db).filter(\.$meeting.$id ~~ meetings.compactMap(\.id)).all()
                .filter { before.contains($0.$meeting.id) || ($0.updatedAt ?? since) < since }
            try await EarlierMentorship.setAside(notes, formerMentorshipID: latestID, on: db)
        }
    }

    func revert(on database: Database) async throws {
        for table in EarlierMentorship.MarkedTable.allCases {
            try await database.schema(table.rawValue).deleteField(.string(EarlierMentorship.column)).update()
        }
        try await database.schema(EarlierMeetingNote.schema).delete()
    }
}
