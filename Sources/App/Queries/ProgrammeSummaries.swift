import FluentKit
import Foundation
import GodstartCore
import SQLKit

/// What the coordinator's overview and the alerts API show of one programme on one day: its stage,
/// its next meeting, the mentoring's closing meeting while it is to be held, and its alerts, most
/// urgent first. Worked out by Core (`ProgrammeSituation.of`, `Alerts.of`) from the programme's
/// facts, and kept in `programme_summaries` (`ProgrammeSummaries`).
struct ProgrammeSummary: Equatable, Sendable {
    let stage: ProgrammeStage
    let nextMeeting: UUID?
    let closingMeeting: UUID?
    /// When the closing meeting starts, while it is still to be held.
    let closingStartsAt: Date?
    let alerts: [ProgrammeAlert]

    init(stage: ProgrammeStage, nextMeeting: UUID?, closingMeeting: UUID?, closingStartsAt: Date?, alerts: [ProgrammeAlert]) {
        self.stage = stage
        self.nextMeeting = nextMeeting
        self.closingMeeting = closingMeeting
        self.closingStartsAt = closingStartsAt
        self.alerts = alerts
    }

    /// The summary of one programme's facts and situation; `meetings` in the order of its facts.
    init(_ facts: ProgrammeFacts, _ situation: ProgrammeSituation, attention: AttentionFacts, meetings: [MeetingRow]) {
        let closing = situation.firstOfKind[.mentoringClosing].map { meetings[$0] }.flatMap { $0.isOpen ? $0 : nil }
        self.init(stage: situation.stage, nextMeeting: situation.progress.nextIndex.map { meetings[$0].rowID },
                  closingMeeting: closing?.rowID, closingStartsAt: closing?.startsAt,
                  alerts: Alerts.of(facts, situation, attention: attention))
    }

    // MARK: Kept as columns

    /// The alerts as one column: "kind:count" in order (the kind as its number, `AlertKind.rawValue`),
    /// separated by commas; empty for none.
    var alertsText: String { alerts.map { "\($0.kind.rawValue):\($0.count)" }.joined(separator: ",") }

    /// The alerts of a column, read byte by byte: the alerts API reads one for every programme
    /// with alerts, and splitting them into strings was a tenth of its time (perf, issue 24).
    static func alerts(from text: String?, programme: UUID) -> [ProgrammeAlert] {
        guard var text, !text.isEmpty else { return [] }
        return text.withUTF8 { bytes in
            var alerts: [ProgrammeAlert] = []
            var kind: Int?
            var number = 0
            var negative = false
            func finish() {
                if let kind, let alertKind = AlertKind(rawValue: kind) {
                    alerts.append(ProgrammeAlert(kind: alertKind, programme: programme, count: negative ? -number : number))
                }
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): number = number * 10 + Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: ":"): kind = number; number = 0; negative = false
                case UInt8(ascii: ","): finish(); kind = nil; number = 0; negative = false
                default: return []
                }
            }
            finish()
            return alerts
        }
    }

    /// The programme's place in the overview, as fixed-width digits that sort as text the same way
    /// in SQLite and PostgreSQL, so the database pages the overview along one index: the most
    /// urgent first (`Alerts.moreUrgent`: the most urgent alert's kind, then its count, a
    /// development talk the fewer days the sooner and the rest the more the sooner, then how many
    /// alerts), then those without alerts that run, then the finished, those that ended the latest
    /// first; each in the order of their first day (the programme's id decides between equals).
    func urgencyKey(firstDay: LocalDate, endedAt: Date?) -> String {
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(max(0, value))
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let first = alerts.first
        let kind = first?.kind.rawValue ?? AlertKind.allCases.count
        let count = first.map { $0.kind == .developmentTalkDue ? $0.count : -$0.count } ?? 0
        let ended = endedAt.map { 9_999_999_999 - Int($0.timeIntervalSince1970) } ?? 0
        return digits(kind, 2) + digits(count + 500_000, 6) + digits(99 - alerts.count, 2) + (stage.part == .finished ? "1" : "0")
            + (endedAt == nil ? "0" : "1") + digits(ended, 10) + digits(firstDay.year, 4) + digits(firstDay.month, 2) + digits(firstDay.day, 2)
    }

    static func stage(part: String?, phase: String?) -> ProgrammeStage {
        ProgrammeStage(part: part.flatMap(ProgrammeStage.Part.init(rawValue:)) ?? .introduction, phase: phase.flatMap(Phase.init(rawValue:)))
    }

    /// What `godstart check` compares and prints: a stored time has lost what is below a millisecond.
    var comparable: String {
        let closing = closingStartsAt.map { String(Int(($0.timeIntervalSince1970 * 1000).rounded())) } ?? "-"
        func id(_ value: UUID?) -> String { value?.uuidString.lowercased() ?? "-" }
        return "stage=\(stage.part.rawValue)/\(stage.phase?.rawValue ?? "-") next=\(id(nextMeeting)) closing=\(id(closingMeeting))@\(closing) "
            + "alerts=\(alerts.map { "\($0.kind.name):\($0.count)" }.joined(separator: ","))"
    }
}

/// The kept summaries (`M045_CreateProgrammeSummaries`). A row holds for the organisation's day it
/// was worked out for, as long as no fact of its programme changed: every summary's time-dependent
/// part (a meeting overdue, a month without meetings, the stage) moves only from one day to the
/// next, and a trigger in the database clears the row's day whenever a fact is written. A list
/// first works out again its organisation's rows that are not for today: none, as a rule, in one
/// statement; every running programme once a day.
enum ProgrammeSummaries {
    /// The statements that work stale summaries out again, beyond the one that finds them: finding
    /// them again in turn, the programmes, their meetings, the three of `AttentionRows`, and storing
    /// them (500 to a statement).
    static let statementsToRefresh = 7

    /// Which of an organisation's programmes a list reads.
    struct Scope: Sendable {
        let organisation: UUID
        var unit: UUID?
        /// Only those that run or ended since this moment; nil: every one, however long ago it ended.
        var endedSince: Date?
        /// Only these (the programmes whose new hire's name matched a search); nil: every one.
        var ids: [UUID]?

        /// The condition on the summaries (as `s`) in SQL: they hold the programme's organisation,
        /// unit and end, so a list narrows and orders one table.
        var condition: SQLQueryString {
            var sql: SQLQueryString = "s.organisation_id = \(bind: organisation)"
            if let unit { sql += " AND s.unit_id = \(bind: unit)" }
            if let endedSince { sql += " AND (s.ended_at IS NULL OR s.ended_at >= \(bind: endedSince))" }
            if let ids { sql += ids.isEmpty ? " AND 1 = 0" : " AND s.programme_id IN (\(binds: ids))" }
            return sql
        }
    }

    /// Works out again the organisation's summaries that are not for its today: as a rule there
    /// are none, found in one statement on one index. On a new day every running programme's
    /// summary is stale at once: the lists that find stale ones at the same moment take turns
    /// (`OneAtATime`), so that one works them out and the others find them done.
    static func refresh(organisation: UUID, timeZone: TimeZone, now: Date, on db: any Database) async throws {
        let today = LocalDate(now, in: timeZone).iso
        guard try await !stale(organisation, today: today, on: db).isEmpty else { return }
        try await OneAtATime.shared.run(organisation) {
            let versions = try await stale(organisation, today: today, on: db)
            guard !versions.isEmpty else { return }
            try await store(try await worked(Array(versions.keys), timeZone: timeZone, now: now, on: db),
                            versions: versions, today: today, on: db)
        }
    }

    /// An ended programme's summary holds whatever the day (finished, no alerts): it is kept for
    /// "always", until a write to its facts clears it.
    static let always = "always"

    /// The organisation's programmes whose summary is not for today, with the version of their row.
    /// Four ranges of the day index, one after another: written as one condition (`<> today AND
    /// <> always`) SQLite went through every row of the organisation on each list (perf, issue 24).
    /// A day sorts before "always" as text; were it not so in some collation, rows would be worked
    /// out again needlessly, never left stale.
    private static func stale(_ organisation: UUID, today: String, on db: any Database) async throws -> [UUID: Int] {
        let select = ["computed_for IS NULL", "computed_for < \(bind: today)",
                      "computed_for > \(bind: today) AND computed_for < \(bind: always)", "computed_for > \(bind: always)"]
            .map { (range: SQLQueryString) -> SQLQueryString in
                "SELECT programme_id, version FROM programme_summaries WHERE organisation_id = \(bind: organisation) AND " + range
            }
            .joined(separator: " UNION ALL ")
        var versions: [UUID: Int] = [:]
        for row in try await db.sql().raw(select).plainRows() { versions[try row.uuid("programme_id")] = try row.int("version") }
        return versions
    }

    /// Works out the summaries of these programmes from their facts, as their own pages do, with
    /// the programme's columns the rows keep.
    static func worked(_ ids: [UUID], timeZone: TimeZone, now: Date,
                               on db: any Database) async throws -> [UUID: (programme: ProgrammeRow, summary: ProgrammeSummary)] {
        let programmes = try await ProgrammeRow.all(try db.sql(), ids: ids)
        // An ended programme is finished, whatever its meetings: they are not read.
        let meetings = Dictionary(grouping: try await MeetingRow.all(ofProgrammes: programmes.filter { $0.endedAt == nil }.map(\.id), on: db)) {
            $0.programmeID
        }
        let situated = programmes.map { programme in
            let own = meetings[programme.id] ?? []
            let facts = ProgrammeFacts(id: programme.id, members: programme.members, firstDay: programme.firstDay,
                                       mentoringStartedAt: programme.mentoringStartedAt, ended: programme.endedAt != nil,
                                       timeZone: timeZone, meetings: own.map(\.fact))
            return (programme: programme, meetings: own, facts: facts, situation: ProgrammeSituation.of(facts, at: now))
        }
        let attention = try await AttentionRows.load(situated.map { ($0.facts, $0.situation) }, on: db)
        return Dictionary(uniqueKeysWithValues: situated.map { item in
            (item.facts.id, (item.programme, ProgrammeSummary(item.facts, item.situation, attention: attention[item.facts.id] ?? .init(),
                                                              meetings: item.meetings)))
        })
    }

    /// Stores the summaries with the programme's columns the lists narrow by, a few hundred to a
    /// statement. A row whose version moved since it was read (a fact was written meanwhile) keeps
    /// the values but not the day: the next list works it out again.
    static func store(_ worked: [UUID: (programme: ProgrammeRow, summary: ProgrammeSummary)], versions: [UUID: Int], today: String,
                      on db: any Database) async throws {
        let sql = try db.sql()
        let all = Array(worked.values)
        let columns = ["unit_id", "first_day", "ended_at", "part", "phase", "next_meeting_id", "closing_meeting_id",
                       "closing_starts_at", "alerts", "alert_count", "urgency_key"]
        for start in stride(from: 0, to: all.count, by: rowsPerStatement) {
            let values = all[start..<min(start + rowsPerStatement, all.count)].map { programme, summary -> SQLQueryString in
                return """
                    (\(bind: programme.id), \(bind: programme.members.organisation), \(bind: versions[programme.id] ?? 0),
                    \(bind: programme.endedAt == nil ? today : always), \(optional: programme.unit), \(bind: programme.firstDay.iso),
                    \(optional: programme.endedAt), \(bind: summary.stage.part.rawValue), \(optional: summary.stage.phase?.rawValue),
                    \(optional: summary.nextMeeting), \(optional: summary.closingMeeting), \(optional: summary.closingStartsAt),
                    \(bind: summary.alertsText), \(bind: summary.alerts.count),
                    \(bind: summary.urgencyKey(firstDay: programme.firstDay, endedAt: programme.endedAt)))
                    """
            }
            try await sql.raw("""
                INSERT INTO programme_summaries (programme_id, organisation_id, version, computed_for, \(unsafeRaw: columns.joined(separator: ", ")))
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (programme_id) DO UPDATE SET \(unsafeRaw: columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")),
                computed_for = CASE WHEN programme_summaries.version = excluded.version THEN excluded.computed_for ELSE NULL END
                """).run()
        }
    }

    /// 15 values a row: well within SQLite's and PostgreSQL's limits on a statement's values.
    private static let rowsPerStatement = 500

    // MARK: godstart check

    /// One programme whose kept summary differs from its facts.
    struct Difference: Sendable, CustomStringConvertible {
        let programme: UUID
        let kept: String
        let worked: String
        var description: String { "programme \(programme.uuidString.lowercased()): kept \(kept), from its facts \(worked)" }
    }

    /// Compares every summary kept for today with one worked out from its programme's facts, and
    /// stores every summary as worked out now (each is worked out once). Returns the rows that differed.
    static func check(now: Date, on db: any Database) async throws -> (checked: Int, differences: [Difference]) {
        var checked = 0
        var differences: [Difference] = []
        // A programme without its row (the trigger makes one with each programme) gets one.
        try await db.sql().raw("""
            INSERT INTO programme_summaries (programme_id, organisation_id, version)
            SELECT p.id, p.organisation_id, 0 FROM programmes p
            WHERE NOT EXISTS (SELECT 1 FROM programme_summaries s WHERE s.programme_id = p.id)
            """).run()
        for organisation in try await Organisation.query(on: db).all() {
            let timeZone = organisation.timeZone
            let today = LocalDate(now, in: timeZone).iso
            let select: SQLQueryString = """
                SELECT programme_id, version, computed_for, part, phase, next_meeting_id, closing_meeting_id, closing_starts_at, alerts
                FROM programme_summaries WHERE organisation_id = \(bind: organisation.id!)
                """
            var versions: [UUID: Int] = [:]
            var kept: [UUID: ProgrammeSummary] = [:]
            for row in try await db.sql().raw(select).plainRows() {
                let id = try row.uuid("programme_id")
                versions[id] = try row.int("version")
                guard let day = try row.optionalString("computed_for"), day == today || day == always else { continue }
                kept[id] = ProgrammeSummary(stage: ProgrammeSummary.stage(part: try row.optionalString("part"), phase: try row.optionalString("phase")),
                                            nextMeeting: try row.optionalUUID("next_meeting_id"),
                                            closingMeeting: try row.optionalUUID("closing_meeting_id"),
                                            closingStartsAt: try row.optionalDate("closing_starts_at"),
                                            alerts: ProgrammeSummary.alerts(from: try row.optionalString("alerts"), programme: id))
            }
            let worked = try await worked(Array(versions.keys), timeZone: timeZone, now: now, on: db)
            for (id, summary) in kept.sorted(by: { UUIDOrder.precedes($0.key, $1.key) }) {
                checked += 1
                let fresh = worked[id]?.summary.comparable ?? "(no programme)"
                if summary.comparable != fresh { differences.append(Difference(programme: id, kept: summary.comparable, worked: fresh)) }
            }
            try await store(worked, versions: versions, today: today, on: db)
        }
        return (checked, differences)
    }
}

/// Runs one piece of work per key at a time in this process; each waits for the one before.
actor OneAtATime {
    static let shared = OneAtATime()
    /// The last piece of work of each key (one entry per organisation).
    private var last: [UUID: Task<Void, Never>] = [:]

    func run(_ key: UUID, _ work: @Sendable @escaping () async throws -> Void) async throws {
        let before = last[key]
        let task = Task<Result<Void, any Error>, Never> {
            await before?.value
            do { return .success(try await work()) } catch { return .failure(error) }
        }
        last[key] = Task { _ = await task.value }
        try await task.value.get()
    }
}

/// A programme's columns its summary is worked out from.
struct ProgrammeRow: Sendable {
    let id: UUID
    let members: ProgrammeMembers
    let firstDay: LocalDate
    let mentoringStartedAt: Date?
    let endedAt: Date?
    let unit: UUID?

    static let columns = ["id", "organisation_id", "unit_id", "newcomer_id", "contact_person_id", "mentor_id", "buddy_id", "manager_id", "first_day",
                          "mentoring_started_at", "ended_at"]

    /// These programmes.
    static func all(_ sql: any SQLDatabase, ids: [UUID]) async throws -> [ProgrammeRow] {
        guard !ids.isEmpty else { return [] }
        return try await sql.select().columns(columns.map { SQLColumn($0) }).from(Programme.schema)
            .where(SQLColumn("id"), .in, SQLBind.group(ids)).plainRows().map { row in
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
                    unit: try row.optionalUUID("unit_id"))
            }
    }
}

extension SQLQueryString {
    /// A value, or SQL's null.
    mutating func appendInterpolation(optional value: (any Encodable & Sendable)?) {
        if let value { appendInterpolation(bind: value) } else { appendLiteral("NULL") }
    }
}
