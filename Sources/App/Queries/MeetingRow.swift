import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// What the pages read of a meeting: the model (`Meeting`) where a page changes it, a plain row
/// (`MeetingRow`) where a page only shows it. The pages and components that show meetings take
/// either.
protocol MeetingRecord: Sendable {
    var id: UUID? { get }
    var programmeID: UUID { get }
    var meetingKind: MeetingKind { get }
    var number: Int { get }
    var startsAt: Date { get }
    var minutes: Int { get }
    var place: String? { get }
    var heldAt: Date? { get }
    /// Grows with each change, so a subscribed calendar replaces the event (ICS SEQUENCE).
    var sequence: Int { get }
    var isHeld: Bool { get }
    var isCancelled: Bool { get }
    /// Still to be held: neither held nor cancelled.
    var isOpen: Bool { get }
    var fact: MeetingFact { get }

    /// The meetings of these programmes, each programme's in date order (programme by programme:
    /// the index on programme and start gives that order without sorting the rows again).
    static func all(ofProgrammes ids: [UUID], on db: any Database) async throws -> [Self]
}

extension Meeting: MeetingRecord {
    var programmeID: UUID { $programme.id }

    static func all(ofProgrammes ids: [UUID], on db: any Database) async throws -> [Meeting] {
        try await PlainColumnRows.rows(of: Meeting.schema, where: "programme_id", in: ids, orderBy: ["programme_id", "starts_at"], on: db)
            .map { try PlainColumnRows.model(Meeting.self, from: $0) }
    }
}

/// A meeting as the read pages show it, read straight from its row: building `Meeting` models,
/// reading their fields through Fluent's property wrappers and freeing them was about a third of a
/// mentor's home (perf, issue 24).
struct MeetingRow: MeetingRecord {
    let rowID: UUID
    let programmeID: UUID
    let meetingKind: MeetingKind
    let number: Int
    let startsAt: Date
    let minutes: Int
    let place: String?
    let status: Meeting.Status
    let heldAt: Date?
    let sequence: Int

    var id: UUID? { rowID }
    var isHeld: Bool { status == .held }
    var isCancelled: Bool { status == .cancelled }
    var isOpen: Bool { status == .planned }
    var fact: MeetingFact {
        MeetingFact(kind: meetingKind, startsAt: startsAt, held: isHeld, heldAt: heldAt, cancelled: isCancelled)
    }

    static let columns = ["id", "programme_id", "kind", "number", "starts_at", "minutes", "place", "status", "held_at", "sequence"]

    init(_ row: PlainRow) throws { try self.init(row, named: Self.columns) }

    /// A meeting read under other names than its own columns' (`Joined`), in the order of `columns`.
    private init(_ row: PlainRow, named names: [String]) throws {
        rowID = try row.uuid(names[0])
        programmeID = try row.uuid(names[1])
        meetingKind = MeetingKind(rawValue: try row.string(names[2])) ?? .dialogueMeeting
        number = try row.int(names[3])
        startsAt = try row.date(names[4])
        minutes = try row.int(names[5])
        place = try row.optionalString(names[6])
        status = Meeting.Status(rawValue: try row.string(names[7])) ?? .planned
        heldAt = try row.optionalDate(names[8])
        sequence = try row.int(names[9])
    }

    /// A meeting joined to another table's rows in one statement, under names of its own: the
    /// overview reads each programme's next meeting with the programme, not by a statement more.
    struct Joined: Sendable {
        /// The alias the statement gives the meetings table.
        let table: String
        /// The meeting's columns as the statement names them (`<table>_<column>`).
        let names: [String]

        init(as table: String) {
            self.table = table
            names = MeetingRow.columns.map { "\(table)_\($0)" }
        }

        /// The columns to select, each under its name.
        var selection: String {
            zip(MeetingRow.columns, names).map { "\(table).\(PlainColumnRows.quoted($0)) AS \(PlainColumnRows.quoted($1))" }
                .joined(separator: ", ")
        }

        /// The meeting in `row`, nil when the join found none.
        func meeting(in row: PlainRow) throws -> MeetingRow? {
            try row.isNull(names[0]) ? nil : MeetingRow(row, named: names)
        }
    }

    static func all(ofProgrammes ids: [UUID], on db: any Database) async throws -> [MeetingRow] {
        try await PlainColumnRows.rows(of: Meeting.schema, columns: columns, where: "programme_id", in: ids,
                                       orderBy: ["programme_id", "starts_at"], on: db).map(MeetingRow.init)
    }
}
