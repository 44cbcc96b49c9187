import XCTest
@testable import GodstartCore

/// Journals are typed, pasted and dictated: a part can be 40,000 characters of anything. The
/// regular expressions the scanner once used backtracked, and one such part held a core for 16 s.
/// A scan must take time linear in the text's length whatever its shape, which in a release build is
/// at most 50 ms for 40,000 characters (the release timings of these shapes are in bench/RESULTS.md,
/// where the speed is checked).
///
/// This test is the tripwire, not the benchmark. It compares each shape's scan of 40,000 characters
/// with its scan of the first 4,000: linear time costs ten times as much for ten times the text,
/// any return of backtracking a hundred times or more. A ratio, not a time: the test runs beside
/// others (`swift test --parallel`) and on machines of any speed, and both scans meet the same load.
final class IdentifierScannerHostileInputTests: XCTestCase {
    static let length = 40_000
    static let shortLength = 4_000

    /// How many times the short text's scan the long one may cost: 10 is linear; a quadratic scan
    /// costs 100. The room above 10 is for a descheduled run.
    static let allowedGrowth = 30.0

    /// A backstop for a shape so slow that even its short scan takes seconds, whatever the ratio.
    static let ceiling: TimeInterval = 5

    /// The text `unit` repeated to `length` UTF-16 units (a last repetition may be cut).
    static func repeated(_ unit: String, length: Int = length) -> String {
        let units = Array(String(repeating: unit, count: length / unit.utf16.count + 1).utf16.prefix(length))
        return String(decoding: units, as: UTF16.self)
    }

    /// Each shape, made to a given length in UTF-16 units.
    static let shapeMakers: [(name: String, make: @Sendable (Int) -> String)] = [
        ("letters without a space", { repeated("a", length: $0) }),
        ("capitals without a space", { repeated("A", length: $0) }),
        ("one long word", { repeated("Vestergade", length: $0) }),
        ("a long compound of street words", { repeated("vejgadeallétorvgatanvägen", length: $0) }),
        ("digits", { repeated("1", length: $0) }),
        ("digits a phone number starts with", { repeated("2", length: $0) }),
        ("zeros", { repeated("0", length: $0) }),
        ("1-1-1-", { repeated("1-", length: $0) }),
        ("1.1.1.", { repeated("1.", length: $0) }),
        ("1,1,1,", { repeated("1,", length: $0) }),
        ("1 1 1 ", { repeated("1 ", length: $0) }),
        ("2 2 2 ", { repeated("2 ", length: $0) }),
        ("0 0 0 ", { repeated("0 ", length: $0) }),
        ("12 34 12 34", { repeated("12 34 ", length: $0) }),
        ("six and four digits", { repeated("120385 1234 ", length: $0) }),
        ("+45 +45", { repeated("+45 ", length: $0) }),
        ("+46 +46", { repeated("+46 ", length: $0) }),
        ("dots", { repeated(".", length: $0) }),
        ("hyphens", { repeated("-", length: $0) }),
        ("at signs", { repeated("@", length: $0) }),
        ("a@a@a@", { repeated("a@", length: $0) }),
        ("a domain without end", { "x@" + repeated("a.", length: $0 - 2) }),
        ("a local part without end", { repeated("a.", length: $0 - 5) + "@b.dk" }),
        ("mixed scripts", { repeated("æøåДжΩ中ab", length: $0) }),
        ("emoji (two UTF-16 units each)", { repeated("😀a", length: $0) }),
        ("spaces", { repeated(" ", length: $0) }),
        ("no-break spaces", { repeated("\u{00A0}", length: $0) }),
        ("line breaks", { repeated("\n", length: $0) }),
        ("capitals and spaces", { repeated("A ", length: $0) }),
        ("hyphenated capitals", { repeated("Aa-", length: $0) }),
        ("abbreviations", { repeated("Gl. ", length: $0) }),
        ("initials", { repeated("H.", length: $0) }),
        ("street words and numbers", { repeated("Gade 1 ", length: $0) }),
        ("compound street names and numbers", { repeated("Vestergade 1 ", length: $0) }),
        ("short capitalised words and numbers", { repeated("Ab 1 ", length: $0) }),
        ("floors and doors", { repeated("1. tv. ", length: $0) }),
        ("addresses", { repeated("X Plads 2, 2. tv. ", length: $0) }),
        ("addresses in a text that is not ASCII", { repeated("Åboulevarden 22, 3. mf. ", length: $0) }),
        ("prose with identifiers", { repeated("Borgeren bor på Vestergade 12, 2. tv. og har cpr 010190-1234, tlf. 23 45 67 89. ", length: $0) }),
    ]

    /// Each shape at `length`.
    static let shapes: [(name: String, text: String)] = shapeMakers.map { ($0.name, $0.make(length)) }

    func testEveryShapeTakesTimeLinearInItsLength() {
        for (name, make) in Self.shapeMakers {
            let text = make(Self.length), short = make(Self.shortLength)
            XCTAssertEqual(text.utf16.count, Self.length, name)
            XCTAssertEqual(short.utf16.count, Self.shortLength, name)
            // Under a millisecond, a scan's time is mostly noise: counted as a millisecond.
            let long = fastestOfThreeScans(of: text), shortScan = max(fastestOfThreeScans(of: short), 0.001)
            XCTAssertLessThan(long / shortScan, Self.allowedGrowth,
                              "\(name): \(Int(long * 1000)) ms for \(Self.length) characters, \(Int(shortScan * 1000)) ms for \(Self.shortLength)")
            XCTAssertLessThan(long, Self.ceiling, name)
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
