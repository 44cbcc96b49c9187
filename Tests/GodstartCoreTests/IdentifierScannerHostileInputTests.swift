import XCTest
@testable import GodstartCore

/// Journals are typed, pasted and dictated: a part can be 40,000 characters of anything. The
/// regular expressions the scanner once used backtracked, and one such part held a core for 16 s.
/// A scan must take time linear in the text's length whatever its shape, which in a release build is
/// at most 50 ms for 40,000 characters (the release timings of these shapes are in bench/RESULTS.md).
///
/// This test is the tripwire, not the benchmark: it fails when any shape takes more than
/// `limit` in the debug build the test suite runs in, which no linear scan comes near and any
/// return of backtracking (seconds to minutes) far exceeds.
final class IdentifierScannerHostileInputTests: XCTestCase {
    static let length = 40_000

    /// 10 times the release target. A debug build is about 20 times slower than a release build
    /// here: on the 2-core development machine the slowest shape took 90-120 ms in debug on an idle
    /// machine and 150 ms beside a running build (2-14 ms in release). The fastest of three runs is
    /// compared, so one descheduled run does not fail the test.
    static let limit: TimeInterval = 0.5

    /// The text `unit` repeated to `length` UTF-16 units (a last repetition may be cut).
    static func repeated(_ unit: String, length: Int = length) -> String {
        let units = Array(String(repeating: unit, count: length / unit.utf16.count + 1).utf16.prefix(length))
        return String(decoding: units, as: UTF16.self)
    }

    static let shapes: [(name: String, text: String)] = [
        ("letters without a space", repeated("a")),
        ("capitals without a space", repeated("A")),
        ("one long word", repeated("Vestergade")),
        ("a long compound of street words", repeated("vejgadeallétorvgatanvägen")),
        ("digits", repeated("1")),
        ("digits a phone number starts with", repeated("2")),
        ("zeros", repeated("0")),
        ("1-1-1-", repeated("1-")),
        ("1.1.1.", repeated("1.")),
        ("1,1,1,", repeated("1,")),
        ("1 1 1 ", repeated("1 ")),
        ("2 2 2 ", repeated("2 ")),
        ("0 0 0 ", repeated("0 ")),
        ("12 34 12 34", repeated("12 34 ")),
        ("six and four digits", repeated("120385 1234 ")),
        ("+45 +45", repeated("+45 ")),
        ("+46 +46", repeated("+46 ")),
        ("dots", repeated(".")),
        ("hyphens", repeated("-")),
        ("at signs", repeated("@")),
        ("a@a@a@", repeated("a@")),
        ("a domain without end", "x@" + repeated("a.", length: length - 2)),
        ("a local part without end", repeated("a.", length: length - 5) + "@b.dk"),
        ("mixed scripts", repeated("æøåДжΩ中ab")),
        ("emoji (two UTF-16 units each)", repeated("😀a")),
        ("spaces", repeated(" ")),
        ("no-break spaces", repeated("\u{00A0}")),
        ("line breaks", repeated("\n")),
        ("capitals and spaces", repeated("A ")),
        ("hyphenated capitals", repeated("Aa-")),
        ("abbreviations", repeated("Gl. ")),
        ("initials", repeated("H.")),
        ("street words and numbers", repeated("Gade 1 ")),
        ("compound street names and numbers", repeated("Vestergade 1 ")),
        ("short capitalised words and numbers", repeated("Ab 1 ")),
        ("floors and doors", repeated("1. tv. ")),
        ("addresses", repeated("X Plads 2, 2. tv. ")),
        ("addresses in a text that is not ASCII", repeated("Åboulevarden 22, 3. mf. ")),
        ("prose with identifiers", repeated("Borgeren bor på Vestergade 12, 2. tv. og har cpr 010190-1234, tlf. 23 45 67 89. ")),
    ]

    func testEveryShapeIsScannedWellWithinTheLimit() {
        for (name, text) in Self.shapes {
            XCTAssertEqual(text.utf16.count, Self.length, name)
            let seconds = fastestOfThreeScans(of: text)
            XCTAssertLessThan(seconds, Self.limit, "\(name): \(Int(seconds * 1000)) ms")
        }
    }

    func testAnIdentifierAfterAHostileTextIsStillFound() {
        for (name, text) in Self.shapes {
            let findings = IdentifierScanner.scan(text + "\nMors cpr er 010190-1234.")
            XCTAssertEqual(findings.last?.text, "010190-1234", name)
            XCTAssertEqual(findings.last?.kind, .cprNumber, name)
        }
    }

    func fastestOfThreeScans(of text: String) -> TimeInterval {
        (0..<3).map { _ in
            let start = Date()
            _ = IdentifierScanner.scan(text, country: .sweden)
            return Date().timeIntervalSince(start)
        }.min()!
    }
}
