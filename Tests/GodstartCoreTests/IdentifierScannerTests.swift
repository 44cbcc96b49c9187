import XCTest
@testable import GodstartCore

/// The scanner on a table of texts social workers write: what must be caught, and what must not.
final class IdentifierScannerTests: XCTestCase {
    typealias Kind = IdentifierScanner.Kind

    /// (text, the finding it must contain)
    let positives: [(String, Kind, String)] = [
        ("Borgerens cpr er 010190-1234.", .cprNumber, "010190-1234"),
        ("cpr 0101901234 fremgår af sagen", .cprNumber, "0101901234"),
        ("Født 311299-1234, bor alene", .cprNumber, "311299-1234"),
        ("Barnet har cpr 290200-4321", .cprNumber, "290200-4321"), // 29 Feb 2000, seventh digit 4
        ("Ny cpr uden modulus 11: 150387-1235", .cprNumber, "150387-1235"),
        ("Personnummer 811218-9876 enligt ansökan", .personnummer, "811218-9876"),
        ("pnr 19811218-9876", .personnummer, "19811218-9876"),
        ("pnr 198112189876", .personnummer, "198112189876"),
        ("Äldre än hundra: 811218+9876", .personnummer, "811218+9876"),
        ("samordningsnummer 701063-2391", .personnummer, "701063-2391"),
        ("Ring til mor på 23 45 67 89", .phoneNumber, "23 45 67 89"),
        ("tlf. +45 23456789 efter kl. 16", .phoneNumber, "+45 23456789"),
        ("mobil 2345 6789", .phoneNumber, "2345 6789"),
        ("nummer 0045 23 45 67 89", .phoneNumber, "0045 23 45 67 89"),
        ("ring 23456789", .phoneNumber, "23456789"),
        ("Mamman nås på 070-123 45 67", .phoneNumber, "070-123 45 67"),
        ("eller +46 70 123 45 67", .phoneNumber, "+46 70 123 45 67"),
        ("växel 08-123 45 67", .phoneNumber, "08-123 45 67"),
        ("Skriv til mette.hansen@mail.dk i morgen", .email, "mette.hansen@mail.dk"),
        ("Familien bor på Vestergade 12, 2. th.", .streetAddress, "Vestergade 12"),
        ("flyttet til Nørre Allé 5B", .streetAddress, "Nørre Allé 5B"),
        ("adresse: Gl. Kongevej 112", .streetAddress, "Gl. Kongevej 112"),
        ("Bor på Drottninggatan 53", .streetAddress, "Drottninggatan 53"),
        ("hos mormor på Sveavägen 10", .streetAddress, "Sveavägen 10"),
    ]

    let negatives: [String] = [
        "Mødet var den 12-03-2024 kl. 14.30.",
        "Datoen 2024-03-12 og året 2024.",
        "Ydelsen er på kr. 12.500 om måneden, i alt 1.250.000 kr.",
        "Hun bor i 2100 København Ø og har tre børn.",
        "Se sagsnr. 20231234 og j.nr. 27.15.00-A00-1-23.",
        "Ärende dnr 2023-004512 enligt socialtjänstlagen.",
        "Afgørelse efter serviceloven § 52, stk. 3, nr. 7.",
        "I uge 12 holdt vi 2 møder på 45 minutter.",
        "Beløbet 10.000,00 blev udbetalt 01.01.2024.",
        "Sagen har nummer 1234567890 i systemet.",
        "Tallet 2023004512 er et løbenummer.",
        "300290-1234 er ikke en rigtig dato.",
        "Barnet er 7 år og går i 1. klasse, lokale 204.",
        "Han har boet på vejen i 12 år.",
        "Vi talte om 3 ting og 15 minutter om økonomi.",
        "Kontonummer 1234 12345678 kr.",
        "Leverandøren har CVR 29189846.",
        "Beløb: 23.456,50 kr. for perioden.",
        "Sagen er fra 1998 og blev genoptaget i 2001.",
        "Postnummer 8000 Aarhus C, kl. 9.00-10.30.",
        "Hun skal til samtale på 2. sal, værelse 3.",
        "Ärendet gäller 12 veckor och 3 000 kronor.",
    ]

    func testItCatchesWhatIdentifiesAPerson() {
        for (text, kind, expected) in positives {
            let findings = IdentifierScanner.scan(text, country: kind == .personnummer ? .sweden : .denmark)
            XCTAssertTrue(findings.contains { $0.kind == kind && $0.text == expected },
                          "\(text): expected \(kind) \(expected), found \(findings.map { "\($0.kind) \($0.text)" })")
        }
    }

    func testItLeavesDatesAmountsPostcodesAndCaseNumbersAlone() {
        for text in negatives {
            let findings = IdentifierScanner.scan(text)
            XCTAssertTrue(findings.isEmpty, "\(text): \(findings.map { "\($0.kind) \($0.text)" })")
        }
    }

    func testReplacingLeavesTheRestOfTheText() {
        let text = "Mor (010190-1234) ringede fra 23 45 67 89 og skrev til a@b.dk."
        let cleaned = IdentifierScanner.replacingAll(in: text) { kind in
            switch kind {
            case .cprNumber: "[CPR]"
            case .phoneNumber: "[telefon]"
            case .email: "[e-mail]"
            default: "[x]"
            }
        }
        XCTAssertEqual(cleaned, "Mor ([CPR]) ringede fra [telefon] og skrev til [e-mail].")
        XCTAssertTrue(IdentifierScanner.scan(cleaned).isEmpty)
    }

    func testTheCountryDecidesAnAmbiguousNumber() {
        // 120315-1236: 12 March 2015 as a CPR number, 15 March 2012 as a Luhn-valid personnummer.
        XCTAssertEqual(IdentifierScanner.scan("nr 120315-1236", country: .denmark).first?.kind, .cprNumber)
        XCTAssertEqual(IdentifierScanner.scan("pnr 120315-1236", country: .sweden).first?.kind, .personnummer)
    }

    func testCPRDatesAndCenturies() {
        XCTAssertTrue(IdentifierScanner.isDanishCPR("2902004321"))
        XCTAssertFalse(IdentifierScanner.isDanishCPR("2902011234"))
        XCTAssertFalse(IdentifierScanner.isDanishCPR("3204901234"))
        XCTAssertTrue(IdentifierScanner.isSwedishPersonnummer("8112189876"))
        XCTAssertFalse(IdentifierScanner.isSwedishPersonnummer("8112189875"))
    }
}
