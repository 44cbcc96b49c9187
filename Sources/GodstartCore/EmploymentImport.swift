import Foundation

/// Reading employment dates from a CSV file exported by HR: a header row naming the columns,
/// then one employment per line. Every line that cannot be read gets its line number and reason,
/// and nothing is imported until there are none.

public struct EmploymentRow: Equatable, Sendable {
    /// The line in the file, counting the header as line 1.
    public let line: Int
    /// E-mail address or staff number, as HR knows the person (lower-cased).
    public let reference: String
    public let start: LocalDate
    public let end: LocalDate?
    /// The unit's name as written in the file, when the file has a unit column.
    public let unit: String?

    /// One employment per person and start day: importing the same line twice changes nothing.
    public static func key(_ reference: String, _ start: LocalDate) -> String { "\(reference.lowercased())|\(start.iso)" }
}

public struct ImportProblem: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case empty
        case missingColumn(EmploymentImport.Column)
        case wrongFieldCount(expected: Int, found: Int)
        case missingReference
        case referenceTooLong
        case badDate(EmploymentImport.Column, String)
        /// The first day's column is empty on this line.
        case emptyDate(EmploymentImport.Column)
        case endBeforeStart
        case unknownUnit(String)
        case repeated(firstLine: Int)
    }

    public let line: Int
    public let reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }
}

public enum EmploymentImport {
    public enum Column: String, CaseIterable, Sendable {
        case reference, start, end, unit
    }

    /// The most lines one file may hold.
    public static let maximumLines = 20_000
    /// The longest e-mail address or staff number taken, as when one is entered by hand.
    public static let maximumReferenceLength = 200

    /// Header names HR systems use, in Danish, Swedish and English, compared without case,
    /// spaces, hyphens and underscores.
    static let headerNames: [Column: Set<String>] = [
        .reference: ["email", "mail", "epost", "emailadresse", "epostadress", "reference", "id", "medarbejdernummer",
                     "medarbejdernr", "mednr", "anstallningsnummer", "anställningsnummer", "personalnummer", "staffnumber", "employeeid"],
        .start: ["start", "startdate", "startdato", "startdatum", "ansættelsesdato", "ansattelsesdato", "tiltrædelsesdato",
                 "anställningsdatum", "anstalldfrom", "anställdfrom", "employmentstart", "hired", "førstearbejdsdag",
                 "forstearbejdsdag", "förstaarbetsdag", "forstaarbetsdag", "firstday"],
        .end: ["end", "enddate", "slutdato", "slutdatum", "fratrædelsesdato", "fratradelsesdato", "sidstearbejdsdag",
               "anställdtom", "anstalldtom", "employmentend", "left", "sistaarbetsdag", "lastday", "slut", "ophør",
               "ophørsdato", "fratrædelse", "fratrådt", "slutade"],
        .unit: ["unit", "enhed", "afdeling", "enhet", "avdelning", "team"],
    ]

    static func column(named header: String) -> Column? {
        let key = CSVText.key(header)
        return Column.allCases.first { headerNames[$0]!.contains(key) }
    }

    /// The rows of `text`, or the problems that stop it from being imported. `units` are the
    /// organisation's unit names; a unit column must name one of them.
    public static func read(_ text: String, units: Set<String> = []) -> (rows: [EmploymentRow], problems: [ImportProblem]) {
        guard let table = CSVText.table(text) else { return ([], [ImportProblem(line: 1, reason: .empty)]) }
        let names = table.header.fields
        var index: [Column: Int] = [:]
        for (position, name) in names.enumerated() {
            if let column = column(named: name), index[column] == nil { index[column] = position }
        }
        let missing = [Column.reference, .start].filter { index[$0] == nil }
        guard missing.isEmpty else { return ([], missing.map { ImportProblem(line: table.header.line, reason: .missingColumn($0)) }) }
        let unitNames = Dictionary(units.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })

        var rows: [EmploymentRow] = []
        var problems: [ImportProblem] = []
        var seen: [String: Int] = [:]
        for line in table.rows {
            let values = line.fields
            let needed = max(index[.reference]!, index[.start]!) + 1
            guard values.count >= needed, values.dropFirst(names.count).allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                problems.append(ImportProblem(line: line.line, reason: .wrongFieldCount(expected: names.count, found: values.count)))
                continue
            }
            func value(_ column: Column) -> String {
                index[column].flatMap { $0 < values.count ? values[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? ""
            }
            let reference = value(.reference).lowercased()
            guard !reference.isEmpty else {
                problems.append(ImportProblem(line: line.line, reason: .missingReference))
                continue
            }
            guard reference.count <= maximumReferenceLength else {
                problems.append(ImportProblem(line: line.line, reason: .referenceTooLong))
                continue
            }
            guard let start = LocalDate(typed: value(.start)) else {
                problems.append(ImportProblem(line: line.line,
                                              reason: value(.start).isEmpty ? .emptyDate(.start) : .badDate(.start, value(.start))))
                continue
            }
            var end: LocalDate?
            if !value(.end).isEmpty {
                guard let typed = LocalDate(typed: value(.end)) else {
                    problems.append(ImportProblem(line: line.line, reason: .badDate(.end, value(.end))))
                    continue
                }
                guard typed >= start else {
                    problems.append(ImportProblem(line: line.line, reason: .endBeforeStart))
                    continue
                }
                end = typed
            }
            var unit: String?
            if !value(.unit).isEmpty {
                guard let known = unitNames[value(.unit).lowercased()] else {
                    problems.append(ImportProblem(line: line.line, reason: .unknownUnit(value(.unit))))
                    continue
                }
                unit = known
            }
            let key = EmploymentRow.key(reference, start)
            if let first = seen[key] {
                problems.append(ImportProblem(line: line.line, reason: .repeated(firstLine: first)))
                continue
            }
            seen[key] = line.line
            rows.append(EmploymentRow(line: line.line, reference: reference, start: start, end: end, unit: unit))
        }
        if rows.isEmpty && problems.isEmpty { problems.append(ImportProblem(line: table.header.line, reason: .empty)) }
        return (rows, problems)
    }

    /// What importing `rows` does to the employments already recorded (keyed by reference and start).
    public enum Change: Equatable, Sendable {
        case create
        case update(endWas: LocalDate?)
        case unchanged
    }

    public static func changes(_ rows: [EmploymentRow], existing: [String: (end: LocalDate?, unit: String?)]) -> [Change] {
        rows.map { row in
            guard let known = existing[EmploymentRow.key(row.reference, row.start)] else { return .create }
            let unitChanges = row.unit != nil && row.unit != known.unit
            return known.end == row.end && !unitChanges ? .unchanged : .update(endWas: known.end)
        }
    }
}
