import XCTest
@testable import GodstartCore

final class StaffImportTests: XCTestCase {
    let file = """
        \u{FEFF}Medarbejder;Arbejdsmail;Afdeling;Stilling;Ansættelsesdato;Fratrædelsesdato;Nærmeste leder
        Åse Kjærgaard;aase@kommune.dk;Børn og Unge;Socialrådgiver;01-02-2020;;leder@kommune.dk
        Leder Lund;leder@kommune.dk;Børn og Unge;Afdelingsleder;2015-08-01;;
        Ørjan Sæther;orjan@kommune.dk;Voksne;Sagsbehandler;1.3.2021;31.12.2026;leder@kommune.dk
        """

    func testTheColumnsAreGuessedFromDanishHeadersAndRemembered() throws {
        let headers = try XCTUnwrap(CSVText.table(file)).header.fields
        let mapping = StaffMapping.guess(headers: headers)
        XCTAssertEqual(mapping.columns[.name], "Medarbejder")
        XCTAssertEqual(mapping.columns[.email], "Arbejdsmail")
        XCTAssertEqual(mapping.columns[.unit], "Afdeling")
        XCTAssertEqual(mapping.columns[.title], "Stilling")
        XCTAssertEqual(mapping.columns[.start], "Ansættelsesdato")
        XCTAssertEqual(mapping.columns[.end], "Fratrædelsesdato")
        XCTAssertEqual(mapping.columns[.manager], "Nærmeste leder")
        XCTAssertEqual(StaffMapping(stored: mapping.stored), mapping)

        // A file whose columns have other names: what was chosen last time is chosen again.
        var remembered = StaffMapping()
        remembered.columns[.name] = "Fuldt navn (HR)"
        let again = StaffMapping.guess(headers: ["Fuldt navn (HR)", "E-mail"], remembered: remembered)
        XCTAssertEqual(again.columns[.name], "Fuldt navn (HR)")
        XCTAssertEqual(again.columns[.email], "E-mail")
    }

    func testEveryLineIsReadOrGetsItsLineFieldAndReason() throws {
        let mapping = StaffMapping.guess(headers: try XCTUnwrap(CSVText.table(file)).header.fields)
        let (rows, problems) = StaffImport.read(file, mapping: mapping)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(rows.map(\.email), ["aase@kommune.dk", "leder@kommune.dk", "orjan@kommune.dk"])
        XCTAssertEqual(rows[0].name, "Åse Kjærgaard")
        XCTAssertEqual(rows[0].start, LocalDate(year: 2020, month: 2, day: 1))
        XCTAssertEqual(rows[2].end, LocalDate(year: 2026, month: 12, day: 31))
        XCTAssertEqual(rows[0].manager, "leder@kommune.dk")

        let broken = """
            Navn,E-mail,Startdato,Slutdato,Leder
            ,nobody@kommune.dk,2020-01-01,,
            Bo,not-an-address,2020-01-01,,
            Eva,eva@kommune.dk,32.13.2020,,
            Ulf,ulf@kommune.dk,2020-05-01,2020-04-01,
            Eva Igen,eva@kommune.dk,2020-01-01,,
            Kim,kim@kommune.dk,2020-01-01,,boss@elsewhere.dk
            """
        let guessed = StaffMapping.guess(headers: try XCTUnwrap(CSVText.table(broken)).header.fields)
        let result = StaffImport.read(broken, mapping: guessed)
        XCTAssertEqual(result.problems, [
            StaffProblem(line: 2, field: .name, reason: .missing),
            StaffProblem(line: 3, field: .email, reason: .notAnEmail("not-an-address")),
            StaffProblem(line: 4, field: .start, reason: .badDate("32.13.2020")),
            StaffProblem(line: 5, field: .end, reason: .endBeforeStart),
            StaffProblem(line: 7, field: .manager, reason: .unknownManager("boss@elsewhere.dk")),
        ], "line 4 was refused, so line 6 is the first Eva")
        let twice = StaffImport.read(broken.replacingOccurrences(of: "32.13.2020", with: "01.01.2020"), mapping: guessed)
        XCTAssertTrue(twice.problems.contains(StaffProblem(line: 6, field: .email, reason: .repeated(firstLine: 4))))
        let missing = StaffImport.read(broken, mapping: StaffMapping(columns: [.email: "E-mail"]))
        XCTAssertEqual(missing.problems, [StaffProblem(line: 1, field: .name, reason: .columnNotChosen)])
    }

    func testImportingTheSameFileTwiceChangesNothing() throws {
        let mapping = StaffMapping.guess(headers: try XCTUnwrap(CSVText.table(file)).header.fields)
        let mapped = Set(mapping.columns.keys)
        let rows = StaffImport.read(file, mapping: mapping).rows
        let first = StaffImport.plan(rows, existing: [:], mapped: mapped)
        XCTAssertEqual(first.map(\.kind), [.create, .create, .create])
        XCTAssertEqual(first.map(\.becomesManager), [false, true, false])

        // What Godstart knows after the import.
        var existing: [String: StaffRecord] = [:]
        for row in rows {
            existing[row.email] = StaffRecord(name: row.name, unit: row.unit, title: row.title, isManager: row.email == "leder@kommune.dk",
                                              leftOn: row.end, employments: row.start.map { [$0: row.end] } ?? [:])
        }
        XCTAssertEqual(StaffImport.plan(rows, existing: existing, mapped: mapped).map(\.kind), [.unchanged, .unchanged, .unchanged])

        // HR moves Åse and gives Leder a last day.
        existing["aase@kommune.dk"]!.unit = "Voksne"
        existing["leder@kommune.dk"]!.leftOn = nil
        var known = existing["orjan@kommune.dk"]!
        known.leftOn = nil
        known.employments = [LocalDate(year: 2021, month: 3, day: 1): nil]
        existing["orjan@kommune.dk"] = known
        let plan = StaffImport.plan(rows, existing: existing, mapped: mapped)
        XCTAssertEqual(plan[0].kind, .update)
        XCTAssertEqual(plan[0].changed, [.unit])
        XCTAssertEqual(plan[1].kind, .unchanged)
        XCTAssertEqual(plan[2].kind, .end)
        XCTAssertEqual(plan[2].changed, [.end])
        // Without an end column, no end day is taken as nothing known, not as "still employed".
        XCTAssertEqual(StaffImport.plan(rows, existing: existing, mapped: mapped.subtracting([.end]))[2].kind, .unchanged)
    }

    func testAColumnChosenTwiceAndAnAdministratorLockedOutAreProblems() throws {
        let text = "Navn;E-mail;Start\nLone;lone@kommune.dk;2020-01-01\n"
        var mapping = StaffMapping(columns: [.name: "Navn", .email: "E-mail", .start: "Start", .end: "Start"])
        XCTAssertEqual(StaffImport.read(text, mapping: mapping).problems, [StaffProblem(line: 1, field: .end, reason: .columnTwice("Start"))])
        mapping.columns[.end] = nil
        let withEnd = "Navn;E-mail;Slut\nLone;lone@kommune.dk;2026-11-01\nBo;bo@kommune.dk;2026-11-01\n"
        let rows = StaffImport.read(withEnd, mapping: StaffMapping(columns: [.name: "Navn", .email: "E-mail", .end: "Slut"])).rows
        let existing = ["lone@kommune.dk": StaffRecord(name: "Lone", unit: nil, title: nil, isManager: false, leftOn: nil),
                        "bo@kommune.dk": StaffRecord(name: "Bo", unit: nil, title: nil, isManager: false, leftOn: nil)]
        let outcomes = StaffImport.plan(rows, existing: existing, mapped: [.name, .email, .end])
        let today = LocalDate(year: 2026, month: 11, day: 23)
        XCTAssertEqual(StaffImport.guardAdministrators(outcomes, administrators: ["lone@kommune.dk"], today: today),
                       [StaffProblem(line: 2, field: .end, reason: .endsAnAdministrator)])
        XCTAssertEqual(StaffImport.guardAdministrators(outcomes, administrators: ["lone@kommune.dk"], today: LocalDate(year: 2026, month: 10, day: 1)),
                       [], "a last day ahead locks nobody out yet")
    }
}
