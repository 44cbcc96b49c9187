import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// The coordinator's overview as plain rows: the organisation's programmes that run or ended lately,
/// their stage and alerts worked out by Core from the facts of their meetings, the most urgent
/// first, a page at a time. Six statements however many programmes there are (the programmes with
/// their names, their meetings, and the three of `AttentionRows`); no Fluent model is built.
enum OverviewQuery {
    static var pageSize: Int { ListPage<Row>.size }
    /// The alerts listed above the programmes; the rest are on the programmes' rows, most urgent first.
    static let alertsShown = 20
    /// Ended programmes stay in the overview this long; after that they are listed under "finished".
    static let endedShownForDays = 548
    /// The most ended programmes listed under "finished", the latest first.
    static let finishedShown = 200

    struct Filter: Sendable {
        var unit: UUID?
        var part: ProgrammeStage.Part?
        /// Part of the new hire's name; empty: everyone.
        var search = ""
        var page = 1
    }

    /// One programme's line.
    struct Row: Sendable {
        let facts: ProgrammeFacts
        let situation: ProgrammeSituation
        let alerts: [ProgrammeAlert]
        let newcomerName: String
        let unitName: String
        let variant: ProgrammeVariant
        /// In the order of `facts.meetings`.
        let meetings: [MeetingRow]

        var id: UUID { facts.id }
        var nextMeeting: MeetingRow? { situation.progress.nextIndex.map { meetings[$0] } }
        func first(_ kind: MeetingKind) -> MeetingRow? { situation.firstOfKind[kind].map { meetings[$0] } }
    }

    struct Result: Sendable {
        /// The programmes of this page, the most urgent first.
        let rows: [Row]
        /// How many programmes pass the filter.
        let total: Int
        let page: Int
        let pageCount: Int
        /// The number of the first row shown.
        var firstNumber: Int { ListPage<Row>.firstNumber(ofPage: page) }
        /// How many programmes of the unit (and search) are in each part, before the part is chosen.
        let countsByPart: [ProgrammeStage.Part: Int]
        /// Every alert of the programmes that pass the filter, most urgent first, with the new hire's name.
        let alerts: [(alert: ProgrammeAlert, name: String)]
        /// The mentoring's closing meetings in the coming weeks (the coordinator joins their evaluation).
        let closings: [(name: String, meeting: MeetingRow)]
    }

    static func run(organisation: UUID, timeZone: TimeZone, filter: Filter, now: Date, on db: any Database) async throws -> Result {
        let sql = try db.sql()
        let lately = now.addingTimeInterval(-Double(endedShownForDays) * 86_400)
        var programmes: [ProgrammeRow]
        if filter.part == .finished {
            // Those that run (finished once their talk is held) and the latest that ended, however long ago.
            programmes = try await ProgrammeRow.all(sql, organisation: organisation, unit: filter.unit, ended: .none)
                + ProgrammeRow.all(sql, organisation: organisation, unit: filter.unit, ended: .latest(finishedShown))
        } else {
            programmes = try await ProgrammeRow.all(sql, organisation: organisation, unit: filter.unit, ended: .since(lately))
        }
        if !filter.search.isEmpty {
            programmes = programmes.filter { NameSearch.matches($0.newcomerName, filter.search) }
        }
        var all = try await rows(programmes, timeZone: timeZone, now: now, on: db)
        var counts: [ProgrammeStage.Part: Int] = [:]
        for row in all { counts[row.situation.stage.part, default: 0] += 1 }
        if let part = filter.part { all = all.filter { $0.situation.stage.part == part } }
        // The most urgent first; then those without alerts that run, then the finished; each in the
        // order of their first day, then of their id (as read).
        let ordered = all.enumerated().sorted { a, b in
            if Alerts.moreUrgent(a.element.alerts, than: b.element.alerts) { return true }
            if Alerts.moreUrgent(b.element.alerts, than: a.element.alerts) { return false }
            if a.element.situation.isFinished != b.element.situation.isFinished { return b.element.situation.isFinished }
            return a.offset < b.offset
        }.map(\.element)
        let page = ListPage(ordered, page: filter.page)
        let alerts = Alerts.ordered(ordered.flatMap(\.alerts))
        let names = Dictionary(ordered.map { ($0.id, $0.newcomerName) }, uniquingKeysWith: { first, _ in first })
        let horizon = now.addingTimeInterval(Double(EvaluationRules.closingInvitationWeeks) * 7 * 86_400)
        let closings = ordered.compactMap { row in
            row.first(.mentoringClosing).flatMap { $0.isOpen && $0.startsAt >= now && $0.startsAt <= horizon ? (row.newcomerName, $0) : nil }
        }.sorted { $0.1.startsAt < $1.1.startsAt }
        return Result(rows: page.items, total: ordered.count, page: page.page, pageCount: page.pageCount, countsByPart: counts,
                      alerts: alerts.map { ($0, names[$0.programme] ?? "") }, closings: closings.map { (name: $0.0, meeting: $0.1) })
    }

    /// Every alert of the organisation's running programmes, most urgent first (the alerts API).
    static func alerts(organisation: UUID, timeZone: TimeZone, now: Date, on db: any Database) async throws -> [ProgrammeAlert] {
        let programmes = try await ProgrammeRow.all(try db.sql(), organisation: organisation, unit: nil, ended: .none)
        return Alerts.ordered(try await rows(programmes, timeZone: timeZone, now: now, on: db).flatMap(\.alerts))
    }

    /// The programmes' lines: their meetings read in one statement, their situations and alerts worked out.
    private static func rows(_ programmes: [ProgrammeRow], timeZone: TimeZone, now: Date, on db: any Database) async throws -> [Row] {
        // An ended programme is finished, whatever its meetings: they are not read.
        let meetings = try await meetingRows(of: programmes.filter { $0.endedAt == nil }.map(\.id), on: db)
        let situated = programmes.map { programme in
            let own = meetings[programme.id] ?? []
            let facts = ProgrammeFacts(id: programme.id, members: programme.members, firstDay: programme.firstDay,
                                       mentoringStartedAt: programme.mentoringStartedAt, ended: programme.endedAt != nil,
                                       timeZone: timeZone, meetings: own.map(\.fact))
            return (programme: programme, meetings: own, facts: facts, situation: ProgrammeSituation.of(facts, at: now))
        }
        let attention = try await AttentionRows.load(situated.map { ($0.facts, $0.situation) }, on: db)
        return situated.map { item in
            Row(facts: item.facts, situation: item.situation,
                alerts: Alerts.of(item.facts, item.situation, attention: attention[item.facts.id] ?? .init()),
                newcomerName: item.programme.newcomerName, unitName: item.programme.unitName, variant: item.programme.variant,
                meetings: item.meetings)
        }
    }

    private static func meetingRows(of programmes: [UUID], on db: any Database) async throws -> [UUID: [MeetingRow]] {
        Dictionary(grouping: try await MeetingRow.all(ofProgrammes: programmes, on: db)) { $0.programmeID }
    }
}

/// A programme's columns that the lists show or work from, with the new hire's and the unit's names.
struct ProgrammeRow: Sendable {
    let id: UUID
    let members: ProgrammeMembers
    let firstDay: LocalDate
    let mentoringStartedAt: Date?
    let endedAt: Date?
    let variant: ProgrammeVariant
    let newcomerName: String
    let unitName: String

    enum Ended {
        /// Only those that run.
        case none
        /// Those that run and those that ended since this moment.
        case since(Date)
        /// The latest ones that ended, however long ago.
        case latest(Int)
    }

    /// The organisation's programmes (of one unit), in the order of their first day.
    static func all(_ sql: any SQLDatabase, organisation: UUID, unit: UUID?, ended: Ended) async throws -> [ProgrammeRow] {
        let p = Programme.schema
        let select = sql.select()
            .columns(["id", "organisation_id", "newcomer_id", "contact_person_id", "mentor_id", "buddy_id", "manager_id", "first_day",
                      "mentoring_started_at", "ended_at", "variant"].map { SQLColumn($0, table: p) })
            .column(SQLColumn("name", table: Person.schema), as: "newcomer_name")
            .column(SQLColumn("name", table: OrganisationUnit.schema), as: "unit_name")
            .from(p)
            .join(Person.schema, on: SQLColumn("id", table: Person.schema), .equal, SQLColumn("newcomer_id", table: p))
            .join(OrganisationUnit.schema, method: SQLJoinMethod.left, on: SQLColumn("id", table: OrganisationUnit.schema), .equal,
                  SQLColumn("unit_id", table: p))
            .where(SQLColumn("organisation_id", table: p), .equal, SQLBind(organisation))
        if let unit { select.where(SQLColumn("unit_id", table: p), .equal, SQLBind(unit)) }
        let endedAt = SQLColumn("ended_at", table: p)
        switch ended {
        case .none:
            select.where(endedAt, .is, SQLLiteral.null).orderBy(SQLColumn("first_day", table: p))
        case .since(let moment):
            select.where { $0.where(endedAt, .is, SQLLiteral.null).orWhere(endedAt, .greaterThanOrEqual, SQLBind(moment)) }
                .orderBy(SQLColumn("first_day", table: p))
        case .latest(let count):
            select.where(endedAt, .isNot, SQLLiteral.null).orderBy(SQLOrderBy(expression: endedAt, direction: SQLDirection.descending)).limit(count)
        }
        // Programmes that start on the same day keep one order from request to request, or paging
        // could show one of them twice and another never (PostgreSQL returns ties in any order).
        select.orderBy(SQLColumn("id", table: p))
        return try await select.plainRows().map { row in
            ProgrammeRow(
                id: try row.uuid("id"),
                members: ProgrammeMembers(organisation: try row.uuid("organisation_id"),
                                          newcomer: try row.uuid("newcomer_id"),
                                          contactPerson: try row.uuid("contact_person_id"),
                                          mentor: try row.uuid("mentor_id"),
                                          buddy: try row.optionalUUID("buddy_id"),
                                          manager: try row.uuid("manager_id")),
                firstDay: LocalDate(iso: try row.string("first_day")) ?? LocalDate(year: 2000, month: 1, day: 1),
                mentoringStartedAt: try row.optionalDate("mentoring_started_at"),
                endedAt: try row.optionalDate("ended_at"),
                variant: ProgrammeVariant(rawValue: try row.string("variant")) ?? .standard,
                newcomerName: try row.string("newcomer_name"),
                unitName: try row.optionalString("unit_name") ?? "")
        }
    }
}
