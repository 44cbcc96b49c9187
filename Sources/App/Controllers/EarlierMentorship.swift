import Fluent
import Foundation
import GodstartCore
import SQLKit
import Vapor

/// What was written in a mentorship that has ended (ACCESS.md: "earlier" is decided by when a text
/// was written and by whom, never by a meeting's date). When the mentor changes, everything the
/// mentorship made so far is set aside under its `FormerMentorship`: the learning goals, the rows
/// of the competence plan and the agreement's versions are marked (their `earlier_mentorship_id`,
/// read in SQL so that the models M032 reads stay as they were), and the meeting notes move to
/// `EarlierMeetingNote`, whatever their meetings' dates. The new mentor starts on a clean page and
/// reads the goals and plan from before only when the mentee shares them; the mentee keeps all.
enum EarlierMentorship {
    /// Sets aside what the mentorship `formerMentorshipID` made in the programme; inside the
    /// transaction that changes the mentor.
    static func setAside(programmeID: UUID, formerMentorshipID: UUID, on db: Database) async throws {
        for table in MarkedTable.allCases {
            try await mark(table, programmeID: programmeID, as: formerMentorshipID, on: db)
        }
        let meetings = try await mentoringMeetingIDs(of: programmeID, on: db)
        guard !meetings.isEmpty else { return }
        let notes = try await MeetingNote.query(on: db).filter(\.$meeting.$id ~~ meetings).all()
        try await setAside(notes, formerMentorshipID: formerMentorshipID, on: db)
    }

    static func setAside(_ notes: [MeetingNote], formerMentorshipID: UUID, on db: Database) async throws {
        guard !notes.isEmpty else { return }
        try await notes.map { EarlierMeetingNote(setAside: $0, formerMentorshipID: formerMentorshipID) }.create(on: db)
        try await MeetingNote.query(on: db).filter(\.$id ~~ notes.compactMap(\.id)).delete()
    }

    /// The meetings whose notes are the mentoring's (dialogue, start, closing and the meetings with
    /// the manager), not the introduction's or the development talk's.
    static func mentoringMeetingIDs(of programmeID: UUID, on db: Database) async throws -> [UUID] {
        try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).all()
            .filter { $0.meetingKind.notesResource == .mentoringMeetingNotes }.compactMap(\.id)
    }

    /// The earlier notes of one meeting by agenda point, with the mentorship each was written in.
    static func notes(of meetingID: UUID, on db: Database) async throws -> [EarlierMeetingNote] {
        try await PlainColumnRows.all(EarlierMeetingNote.self, where: "meeting_id", in: [meetingID], orderBy: "updated_at", on: db)
    }

    /// The tables whose rows are marked with the earlier mentorship they were made in.
    enum MarkedTable: String, CaseIterable {
        case learningGoals = "learning_goals", competencePlanRows = "competence_plan_rows"
        case agreementVersions = "agreement_versions"
    }

    static let column = "earlier_mentorship_id"

    /// Marks the programme's rows of `table` not yet marked, and only those `ids` if given.
    static func mark(_ table: MarkedTable, programmeID: UUID, as formerMentorshipID: UUID, only ids: [UUID]? = nil,
                     on db: Database) async throws {
        if let ids, ids.isEmpty { return }
        let update = try db.sql().update(table.rawValue).set(SQLIdentifier(column), to: SQLBind(formerMentorshipID))
            .where(SQLIdentifier("programme_id"), .equal, SQLBind(programmeID))
            .where(SQLIdentifier(column), .is, SQLLiteral.null)
        if let ids { update.where(SQLIdentifier("id"), .in, ids) }
        try await update.run()
    }

    /// The rows of `Item`'s marked table that `narrow` picks, as models, and the ids of those set
    /// aside: the mark read with its rows, in one statement (the pages read it in a second of their
    /// own, issue 24).
    static func marked<Item: Model>(_ item: Item.Type, on db: Database,
                                    _ narrow: (SQLSelectBuilder) -> Void) async throws -> (items: [Item], setAside: Set<UUID>)
    where Item.IDValue == UUID {
        precondition(MarkedTable(rawValue: Item.schema) != nil, "\(Item.schema) is not marked with earlier mentorships")
        var setAside = Set<UUID>()
        let items = try await PlainColumnRows.rows(item, on: db, narrow).map { row in
            let model = try PlainColumnRows.model(item, from: row)
            if try !row.isNull(column) { setAside.insert(try model.requireID()) }
            return model
        }
        return (items, setAside)
    }

    /// The programmes' rows of `table` that belong to an earlier mentorship, in one statement.
    static func setAsideIDs(_ table: MarkedTable, programmeIDs: [UUID], on db: Database) async throws -> Set<UUID> {
        guard !programmeIDs.isEmpty else { return [] }
        struct Row: Decodable { let id: UUID }
        let rows = try await db.sql().select().column("id").from(table.rawValue)
            .where(SQLIdentifier("programme_id"), .in, programmeIDs)
            .where(SQLIdentifier(column), .isNot, SQLLiteral.null)
            .all(decoding: Row.self)
        return Set(rows.map(\.id))
    }

}
