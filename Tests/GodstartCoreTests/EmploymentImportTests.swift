import XCTest
@testable import GodstartCore

final class EmploymentImportTests: XCTestCase {
    func testASemicolonFileWithDanishHeadersAndDatesIsRead() {
        let text = "\u{FEFF}Medarbejdernummer;Ansættelsesdato;Fratrædelsesdato;Afdeling\r\n"
            + "A-17;03-08-2026;;Børn og Unge\r\n"
            + "b-22;2024-02-01;31.01.2025;børn og unge\r\n"
        let (rows, problems) = EmploymentImport.read(text, units: ["Børn og Unge"])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(rows, [
            EmploymentRow(line: 2, reference: "a-17", start: LocalDate(year: 2026, month: 8, day: 3), end: nil, unit: "Børn og Unge"),
            EmploymentRow(line: 3, reference: "b-22", start: LocalDate(year: 2024, month: 2, day: 1),
                          end: LocalDate(year: 2025, month: 1, day: 31), unit: "Børn og Unge"),
        ])
    }

    func testACommaFileWithQuotedFieldsAndAMissingTrailingEndIsRead() {
        let text = "email,start,end\n\"anna@example.org\",2023-09-01\n\n\"Bo, \"\"B\"\"\"@x.se,2023-09-01,2024-01-01\n"
        let (rows, problems) = EmploymentImport.read(text)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(rows.map(\.reference), ["anna@example.org", "bo, \"b\"@x.se"])
        XCTAssertEqual(rows.map(\.line), [2, 4], "line numbers count the blank line")
    }

    func testEveryBadLineGetsItsNumberAndReason() {
        let text = """
        e-mail;start;slut;enhed
        ;2024-01-01;;
        c@x.dk;1.13.2024;;
        d@x.dk;2024-05-01;2024-04-30;
        e@x.dk;2024-05-01;;Ukendt
        f@x.dk;2024-05-01;;
        F@x.dk;2024-05-01;2025-01-01;
        g@x.dk;2024-05-01;;;;extra
        h@x.dk;;;
        """
        let (rows, problems) = EmploymentImport.read(text, units: ["Voksne"])
        XCTAssertEqual(rows.map(\.reference), ["f@x.dk"])
        XCTAssertEqual(problems, [
            ImportProblem(line: 2, reason: .missingReference),
            ImportProblem(line: 3, reason: .badDate(.start, "1.13.2024")),
            ImportProblem(line: 4, reason: .endBeforeStart),
            ImportProblem(line: 5, reason: .unknownUnit("Ukendt")),
            ImportProblem(line: 7, reason: .repeated(firstLine: 6)),
            ImportProblem(line: 8, reason: .wrongFieldCount(expected: 4, found: 6)),
            ImportProblem(line: 9, reason: .emptyDate(.start)),
        ])
    }

    func testAFileWithoutTheNeededColumnsSaysWhichAreMissing() {
        XCTAssertEqual(EmploymentImport.read("navn;slutdato\nAnna;2024-01-01").problems,
                       [ImportProblem(line: 1, reason: .missingColumn(.reference)), ImportProblem(line: 1, reason: .missingColumn(.start))])
        XCTAssertEqual(EmploymentImport.read("  \n").problems, [ImportProblem(line: 1, reason: .empty)])
        XCTAssertEqual(EmploymentImport.read("email;start\n").problems, [ImportProblem(line: 1, reason: .empty)])
    }

    func testImportingTheSameRowsAgainChangesNothing() {
        let (rows, _) = EmploymentImport.read("email;start;end\na@x.dk;2024-01-01;\nb@x.dk;2024-01-01;2025-06-30\nc@x.dk;2024-01-01;")
        let existing: [String: (end: LocalDate?, unit: String?)] = [
            EmploymentRow.key("A@x.dk", LocalDate(year: 2024, month: 1, day: 1)): (nil, nil),
            EmploymentRow.key("b@x.dk", LocalDate(year: 2024, month: 1, day: 1)): (nil, nil),
        ]
        XCTAssertEqual(EmploymentImport.changes(rows, existing: existing), [.unchanged, .update(endWas: nil), .create])
    }

    func testAReferenceLongerThanByHandIsRefused() {
        let long = String(repeating: "x", count: EmploymentImport.maximumReferenceLength + 1)
        XCTAssertEqual(EmploymentImport.read("email;start\n\(long);2024-01-01").problems,
                       [ImportProblem(line: 2, reason: .referenceTooLong)])
    }
}
