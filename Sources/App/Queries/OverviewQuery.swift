import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// The coordinator's overview as plain rows: the organisation's programmes that run or ended lately,
/// the most urgent first, a page at a time. The stage, next meeting and alerts of each programme are
/// kept in its summary row (`ProgrammeSummaries`), so a page reads fifty programmes, not every
/// meeting of every running one: the counts by part, the page (with each programme's next meeting),
/// the alert list and the closing meetings are a statement each, ordered and counted by the
/// database; no Fluent model is built.
enum OverviewQuery {
    static var pageSize: Int { ListPage<Row>.size }
    /// The alerts listed above the programmes; the rest are on the programmes' rows, most urgent first.
    static let alertsShown = 20
    /// Ended programmes stay in the overview this long; after that they are listed under "finished".
    static let endedShownForDays = 548

    struct Filter: Sendable {
        var unit: UUID?
        var part: ProgrammeStage.Part?
        /// Part of the new hire's name; empty: everyone.
        var search = ""
        var page = 1
    }

    /// One programme's line.
    struct Row: Sendable {
        let id: UUID
        let newcomerName: String
        let unitName: String
        let variant: ProgrammeVariant
        let firstDay: LocalDate
        let stage: ProgrammeStage
        let nextMeeting: MeetingRow?
        let alerts: [ProgrammeAlert]
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
        /// The most urgent alerts of the programmes that pass the filter (`alertsShown`), with the new hire's name.
        let alerts: [(alert: ProgrammeAlert, name: String)]
        /// How many alerts the programmes that pass the filter have in all.
        let alertTotal: Int
        /// The mentoring's closing meetings in the coming weeks (the coordinator joins their evaluation).
        let closings: [(name: String, meeting: MeetingRow)]
    }

    static func run(organisation: UUID, timeZone: TimeZone, filter: Filter, now: Date, on db: any Database) async throws -> Result {
        let sql = try db.sql()
        try await ProgrammeSummaries.refresh(organisation: organisation, timeZone: timeZone, now: now, on: db)
        // Under "finished", every programme that ended, however long ago; elsewhere those that ended lately.
        var scope = ProgrammeSummaries.Scope(organisation: organisation, unit: filter.unit,
                                             endedSince: filter.part == .finished ? nil : now.addingTimeInterval(-Double(endedShownForDays) * 86_400))
        if !filter.search.isEmpty { scope.ids = try await matching(filter.search, in: scope, on: db) }

        var counts: [ProgrammeStage.Part: Int] = [:]
        var alertCounts: [ProgrammeStage.Part: Int] = [:]
        for row in try await sql.raw("""
            SELECT s.part, COUNT(*) AS n, CAST(SUM(s.alert_count) AS BIGINT) AS alerts FROM programme_summaries s
            WHERE \(scope.condition) GROUP BY s.part
            """).plainRows() {
            let part = ProgrammeSummary.stage(part: try row.optionalString("part"), phase: nil).part
            counts[part, default: 0] += try row.int("n")
            alertCounts[part, default: 0] += try row.isNull("alerts") ? 0 : try row.int("alerts")
        }
        var condition = scope.condition
        if let part = filter.part { condition += " AND s.part = \(bind: part.rawValue)" }
        let total = filter.part.map { counts[$0] ?? 0 } ?? counts.values.reduce(0, +)
        let alertTotal = filter.part.map { alertCounts[$0] ?? 0 } ?? alertCounts.values.reduce(0, +)
        let place = ListPage<Row>.place(filter.page, total: total)

        // The page's summaries are chosen and ordered on their own table; only those are joined to
        // the programme, the new hire, the unit and the next meeting.
        let page = try await sql.raw("""
            SELECT s.programme_id, s.first_day, s.part, s.phase, s.alerts, p.variant,
            n.name AS newcomer_name, u.name AS unit_name, \(unsafeRaw: nextMeeting.selection)
            FROM (SELECT * FROM programme_summaries s WHERE \(condition) ORDER BY \(unsafeRaw: urgency)
                  LIMIT \(bind: pageSize) OFFSET \(bind: place.offset)) s
            JOIN programmes p ON p.id = s.programme_id JOIN people n ON n.id = p.newcomer_id LEFT JOIN units u ON u.id = s.unit_id
            LEFT JOIN meetings \(unsafeRaw: nextMeeting.table) ON \(unsafeRaw: nextMeeting.table).id = s.next_meeting_id
            ORDER BY \(unsafeRaw: urgency)
            """).plainRows()
        // The alerts listed above come from the most urgent programmes: a programme's most urgent
        // alert decides its place, so no other programme has one of the first `alertsShown`.
        let alerted = try await sql.raw("""
            SELECT s.programme_id, s.alerts, n.name
            FROM (SELECT * FROM programme_summaries s WHERE \(condition) AND s.alert_count > 0 ORDER BY \(unsafeRaw: urgency)
                  LIMIT \(bind: alertsShown)) s
            JOIN programmes p ON p.id = s.programme_id JOIN people n ON n.id = p.newcomer_id
            ORDER BY \(unsafeRaw: urgency)
            """).plainRows()
        let horizon = now.addingTimeInterval(Double(EvaluationRules.closingInvitationWeeks) * 7 * 86_400)
        let closing = try await sql.raw("""
            SELECT n.name, \(unsafeRaw: closingMeeting.selection) FROM programme_summaries s
            JOIN programmes p ON p.id = s.programme_id JOIN people n ON n.id = p.newcomer_id
            JOIN meetings \(unsafeRaw: closingMeeting.table) ON \(unsafeRaw: closingMeeting.table).id = s.closing_meeting_id
            WHERE \(condition) AND s.closing_starts_at >= \(bind: now) AND s.closing_starts_at <= \(bind: horizon)
            ORDER BY s.closing_starts_at, s.programme_id
            """).plainRows()

        let rows = try page.map { row in
            let id = try row.uuid("programme_id")
            return Row(id: id, newcomerName: try row.string("newcomer_name"), unitName: try row.optionalString("unit_name") ?? "",
                       variant: ProgrammeVariant(rawValue: try row.string("variant")) ?? .standard,
                       firstDay: LocalDate(iso: try row.string("first_day")) ?? LocalDate(year: 2000, month: 1, day: 1),
                       stage: ProgrammeSummary.stage(part: try row.optionalString("part"), phase: try row.optionalString("phase")),
                       nextMeeting: try nextMeeting.meeting(in: row),
                       alerts: ProgrammeSummary.alerts(from: try row.optionalString("alerts"), programme: id))
        }
        var names: [UUID: String] = [:]
        var alerts: [ProgrammeAlert] = []
        for row in alerted {
            let id = try row.uuid("programme_id")
            names[id] = try row.string("name")
            alerts += ProgrammeSummary.alerts(from: try row.optionalString("alerts"), programme: id)
        }
        let closings = try closing.compactMap { row in
            try closingMeeting.meeting(in: row).map { (name: try row.string("name"), meeting: $0) }
        }
        return Result(rows: rows, total: total, page: place.page, pageCount: place.pageCount, countsByPart: counts,
                      alerts: Alerts.ordered(alerts).prefix(alertsShown).map { ($0, names[$0.programme] ?? "") },
                      alertTotal: alertTotal, closings: closings)
    }

    /// Each programme's next meeting and the mentoring's closing meetings, read with their programmes.
    private static let nextMeeting = MeetingRow.Joined(as: "next_meeting")
    private static let closingMeeting = MeetingRow.Joined(as: "closing_meeting")

    /// The overview's order (`ProgrammeSummary.urgencyKey`); the programme's id decides between equals,
    /// so that paging shows each programme once.
    private static let urgency = "s.urgency_key, s.programme_id"

    /// Every alert of the organisation's running programmes, most urgent first, each in one place so
    /// that the alerts API reads them a page at a time (`Alerts.inPlaces`).
    static func alerts(organisation: UUID, timeZone: TimeZone, now: Date, on db: any Database) async throws -> [ProgrammeAlert] {
        try await ProgrammeSummaries.refresh(organisation: organisation, timeZone: timeZone, now: now, on: db)
        let rows = try await db.sql().raw("""
            SELECT s.programme_id, s.alerts FROM programme_summaries s
            WHERE s.organisation_id = \(bind: organisation) AND s.ended_at IS NULL AND s.alert_count > 0
            """).plainRows()
        return Alerts.inPlaces(try rows.flatMap { ProgrammeSummary.alerts(from: try $0.optionalString("alerts"), programme: try $0.uuid("programme_id")) })
    }

    /// The programmes in scope whose new hire's name matches a search (`NameSearch`, as everywhere).
    private static func matching(_ search: String, in scope: ProgrammeSummaries.Scope, on db: any Database) async throws -> [UUID] {
        try await db.sql().raw("""
            SELECT s.programme_id, n.name FROM programme_summaries s JOIN programmes p ON p.id = s.programme_id
            JOIN people n ON n.id = p.newcomer_id WHERE \(scope.condition)
            """).plainRows().filter { NameSearch.matches(try $0.string("name"), search) }.map { try $0.uuid("programme_id") }
    }
}
