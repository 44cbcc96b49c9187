import Foundation

/// Importing the staff list from HR: the administrator maps the file's columns to Godstart's
/// fields once (the mapping is remembered), sees every line's outcome and every problem, and
/// confirms. A person is known by their e-mail address; importing the same file twice changes
/// nothing. People missing from the file are left as they are.
public enum StaffField: String, CaseIterable, Codable, Sendable {
    case name, email, unit, title, start, end, manager

    /// A file must give these.
    public var isRequired: Bool { self == .name || self == .email }
}

/// Which column of the file holds each field, by the column's header as the file writes it.
public struct StaffMapping: Equatable, Sendable {
    public var columns: [StaffField: String]

    public init(columns: [StaffField: String] = [:]) { self.columns = columns }

    /// Header names HR systems use, compared as `CSVText.key`.
    static let headerNames: [StaffField: Set<String>] = [
        .name: ["name", "navn", "namn", "fuldtnavn", "fulltnamn", "fullname", "medarbejder", "medarbetare", "employee"],
        .email: ["email", "mail", "epost", "emailadresse", "epostadress", "arbejdsmail", "jobbmejl", "workemail"],
        .unit: ["unit", "enhed", "afdeling", "enhet", "avdelning", "team", "department", "organisation", "orgenhed"],
        .title: ["title", "titel", "stilling", "stillingsbetegnelse", "befattning", "tjänst", "tjanst", "jobtitle", "position"],
        .start: ["start", "startdate", "startdato", "startdatum", "ansættelsesdato", "ansattelsesdato", "tiltrædelsesdato",
                 "anställningsdatum", "anstalldfrom", "anställdfrom", "employmentstart", "hired", "førstearbejdsdag", "firstday"],
        .end: ["end", "enddate", "slutdato", "slutdatum", "fratrædelsesdato", "fratradelsesdato", "sidstearbejdsdag",
               "anställdtom", "anstalldtom", "employmentend", "sistaarbetsdag", "lastday", "ophørsdato", "fratrædelse"],
        .manager: ["manager", "leder", "nærmesteleder", "narmesteleder", "chef", "närmastechef", "narmastechef", "ledersemail",
                   "lederemail", "chefemail", "manageremail", "reportsto"],
    ]

    /// The mapping for a file with `headers`: what was remembered where the file still has that
    /// column, else the column whose header a field is known by.
    public static func guess(headers: [String], remembered: StaffMapping = StaffMapping()) -> StaffMapping {
        var mapping = StaffMapping()
        for field in StaffField.allCases {
            if let column = remembered.columns[field], headers.contains(column) {
                mapping.columns[field] = column
            } else if let column = headers.first(where: { headerNames[field]!.contains(CSVText.key($0)) }) {
                mapping.columns[field] = column
            }
        }
        return mapping
    }

    /// What is remembered: one `field=header` per line.
    public var stored: String {
        StaffField.allCases.compactMap { field in columns[field].map { "\(field.rawValue)=\($0)" } }.joined(separator: "\n")
    }

    public init(stored: String?) {
        var columns: [StaffField: String] = [:]
        for line in (stored ?? "").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, let field = StaffField(rawValue: parts[0]) { columns[field] = parts[1] }
        }
        self.init(columns: columns)
    }
}

/// One person as the file gives them.
public struct StaffRow: Equatable, Sendable {
    public let line: Int
    public let name: String
    /// Lower-cased.
    public let email: String
    public let unit: String?
    public let title: String?
    public let start: LocalDate?
    public let end: LocalDate?
    /// The manager's e-mail address, lower-cased.
    public let manager: String?
}

public struct StaffProblem: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case empty
        case tooManyLines
        case columnNotChosen
        case columnNotInFile(String)
        case wrongFieldCount(expected: Int, found: Int)
        case missing
        case notAnEmail(String)
        case tooLong
        case badDate(String)
        case endBeforeStart
        case repeated(firstLine: Int)
        case unknownManager(String)
        /// The address belongs to someone in another organisation of this Godstart.
        case elsewhere
        /// One column chosen for two fields (the start date as the last day, say).
        case columnTwice(String)
        /// A last day already past would lock an administrator out.
        case endsAnAdministrator
    }

    public let line: Int
    /// The field it concerns; nil for the line as a whole.
    public let field: StaffField?
    public let reason: Reason

    public init(line: Int, field: StaffField?, reason: Reason) {
        self.line = line
        self.field = field
        self.reason = reason
    }
}

/// A person as Godstart knows them, for comparing with the file.
public struct StaffRecord: Equatable, Sendable {
    public var name: String
    public var unit: String?
    public var title: String?
    public var isManager: Bool
    public var leftOn: LocalDate?
    /// Their employments by start day, with the end day when there is one.
    public var employments: [LocalDate: LocalDate?]

    public init(name: String, unit: String?, title: String?, isManager: Bool, leftOn: LocalDate?, employments: [LocalDate: LocalDate?] = [:]) {
        self.name = name
        self.unit = unit
        self.title = title
        self.isManager = isManager
        self.leftOn = leftOn
        self.employments = employments
    }
}

/// What importing one line does.
public struct StaffOutcome: Equatable, Sendable {
    public enum Kind: String, Sendable { case create, update, end, unchanged }

    public let row: StaffRow
    public let kind: Kind
    /// The fields that change (all given fields for a new person).
    public let changed: [StaffField]
    /// Someone names them as manager, and Godstart did not know them as one.
    public let becomesManager: Bool
}

public enum StaffImport {
    public static let maximumLines = 20_000
    public static let maximumLength = 200

    /// Reads the file with the mapping: the rows, and every problem by line and field. `known` are
    /// the addresses of the organisation's people (a manager may be one of them); `elsewhere` those
    /// of other organisations' people, which the file cannot take over.
    public static func read(_ text: String, mapping: StaffMapping, known: Set<String> = [],
                            elsewhere: Set<String> = []) -> (rows: [StaffRow], problems: [StaffProblem]) {
        guard let table = CSVText.table(text), !table.rows.isEmpty else { return ([], [StaffProblem(line: 1, field: nil, reason: .empty)]) }
        guard table.rows.count <= maximumLines else { return ([], [StaffProblem(line: 1, field: nil, reason: .tooManyLines)]) }
        var index: [StaffField: Int] = [:]
        var problems: [StaffProblem] = []
        for field in StaffField.allCases {
            guard let column = mapping.columns[field] else {
                if field.isRequired { problems.append(StaffProblem(line: table.header.line, field: field, reason: .columnNotChosen)) }
                continue
            }
            guard let position = table.header.fields.firstIndex(of: column) else {
                problems.append(StaffProblem(line: table.header.line, field: field, reason: .columnNotInFile(column)))
                continue
            }
            index[field] = position
        }
        for (column, fields) in Dictionary(grouping: mapping.columns, by: \.value) where fields.count > 1 {
            let field = StaffField.allCases.last { mapping.columns[$0] == column }
            problems.append(StaffProblem(line: table.header.line, field: field, reason: .columnTwice(column)))
        }
        guard problems.isEmpty else { return ([], problems) }

        var rows: [StaffRow] = []
        var seen: [String: Int] = [:]
        for line in table.rows {
            let values = line.fields
            guard values.count >= table.header.fields.count || values.count > (index.values.max() ?? 0),
                  values.dropFirst(table.header.fields.count).allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                problems.append(StaffProblem(line: line.line, field: nil,
                                             reason: .wrongFieldCount(expected: table.header.fields.count, found: values.count)))
                continue
            }
            func value(_ field: StaffField) -> String {
                index[field].flatMap { $0 < values.count ? values[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? ""
            }
            var lineProblems: [StaffProblem] = []
            func problem(_ field: StaffField, _ reason: StaffProblem.Reason) { lineProblems.append(StaffProblem(line: line.line, field: field, reason: reason)) }
            func text(_ field: StaffField) -> String? {
                let typed = VisibleText.cleaned(value(field))
                if typed.count > maximumLength { problem(field, .tooLong) }
                return typed.isEmpty ? nil : typed
            }
            func date(_ field: StaffField) -> LocalDate? {
                let typed = value(field)
                guard !typed.isEmpty else { return nil }
                guard let day = LocalDate(typed: typed) else { problem(field, .badDate(typed)); return nil }
                return day
            }
            let name = text(.name)
            if name == nil { problem(.name, .missing) }
            let email = value(.email).lowercased()
            if email.isEmpty { problem(.email, .missing) } else if !EmailAddress.isPlausible(email) { problem(.email, .notAnEmail(value(.email))) }
            let manager = text(.manager)?.lowercased()
            if let manager, !EmailAddress.isPlausible(manager) { problem(.manager, .notAnEmail(manager)) }
            let start = date(.start), end = date(.end)
            if let start, let end, end < start { problem(.end, .endBeforeStart) }
            if let first = seen[email], !email.isEmpty { problem(.email, .repeated(firstLine: first)) }
            if elsewhere.contains(email) { problem(.email, .elsewhere) }
            let row = StaffRow(line: line.line, name: name ?? "", email: email, unit: text(.unit), title: text(.title),
                               start: start, end: end, manager: manager)
            if lineProblems.isEmpty {
                seen[email] = line.line
                rows.append(row)
            }
            problems += lineProblems
        }
        // A manager must be someone: in the file or already in Godstart.
        let inFile = Set(rows.map(\.email))
        for row in rows {
            if let manager = row.manager, !inFile.contains(manager), !known.contains(manager) {
                problems.append(StaffProblem(line: row.line, field: .manager, reason: .unknownManager(manager)))
            }
        }
        return (rows, problems)
    }

    /// What importing each row does to the people Godstart knows (by e-mail address). Only the
    /// `mapped` fields are compared; a mapped field the file leaves empty changes nothing, except
    /// the end day: with an end column, no end day means still employed.
    public static func plan(_ rows: [StaffRow], existing: [String: StaffRecord], mapped: Set<StaffField>) -> [StaffOutcome] {
        let managers = Set(rows.compactMap(\.manager))
        return rows.map { row in
            let namedManager = managers.contains(row.email)
            guard let known = existing[row.email] else {
                let given: [StaffField] = [.name, .email] + [row.unit.map { _ in .unit }, row.title.map { _ in .title },
                                                            row.start.map { _ in .start }, row.end.map { _ in .end },
                                                            row.manager.map { _ in .manager }].compactMap { $0 }
                return StaffOutcome(row: row, kind: .create, changed: given, becomesManager: namedManager)
            }
            var changed: [StaffField] = []
            if row.name != known.name { changed.append(.name) }
            if let unit = row.unit, unit.lowercased() != known.unit?.lowercased() { changed.append(.unit) }
            if let title = row.title, title != known.title { changed.append(.title) }
            if let start = row.start, known.employments[start] == nil { changed.append(.start) }
            if mapped.contains(.end) {
                let employmentEnd = row.start.flatMap { known.employments[$0] }
                let employmentChanges = employmentEnd != nil && employmentEnd! != row.end
                if row.end != known.leftOn || employmentChanges { changed.append(.end) }
            }
            let becomesManager = namedManager && !known.isManager
            let kind: StaffOutcome.Kind = changed.isEmpty && !becomesManager ? .unchanged
                : (row.end != nil && known.leftOn == nil ? .end : .update)
            return StaffOutcome(row: row, kind: kind, changed: changed, becomesManager: becomesManager)
        }
    }

    /// An import never locks out an administrator: a last day already past for one of them is a
    /// problem (change their role first, or correct the file). `administrators` are addresses.
    public static func guardAdministrators(_ outcomes: [StaffOutcome], administrators: Set<String>, today: LocalDate) -> [StaffProblem] {
        outcomes.compactMap { outcome in
            guard outcome.changed.contains(.end), let end = outcome.row.end, end < today,
                  administrators.contains(outcome.row.email) else { return nil }
            return StaffProblem(line: outcome.row.line, field: .end, reason: .endsAnAdministrator)
        }
    }
}

/// What Godstart takes for an e-mail address: one @, something before it, a dot in the domain, no
/// spaces, brackets or separators (which would also let an address split a mail's header or list).
public enum EmailAddress {
    public static func isPlausible(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix("."), s.count <= 254 else { return false }
        return !s.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }
    }
}
