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
        ("Familien bor på Vestergade 12, 2. th.", .streetAddress, "Vestergade 12, 2. th."), // floor and side belong to the address
        ("flyttet til Nørre Allé 5B", .streetAddress, "Nørre Allé 5B"),
        ("adresse: Gl. Kongevej 112", .streetAddress, "Gl. Kongevej 112"),
        ("Bor på Drottninggatan 53", .streetAddress, "Drottninggatan 53"),
        ("hos mormor på Sveavägen 10", .streetAddress, "Sveavägen 10"),
        // CPR numbers and personnummer with the separators people type
        ("Borgerens cpr er 120385 1234.", .cprNumber, "120385 1234"),
        ("cpr 120385.1234 fremgår af sagen", .cprNumber, "120385.1234"),
        ("cpr 120385–1234 (tankestreg)", .cprNumber, "120385–1234"),
        ("cpr 120385  1234 med to mellemrum", .cprNumber, "120385  1234"),
        ("cpr 120385-1234 som i dag", .cprNumber, "120385-1234"),
        ("cpr 120385 – 1234 med mellemrum om stregen", .cprNumber, "120385 – 1234"),
        ("cpr 120385\u{00A0}1234 med hårdt mellemrum", .cprNumber, "120385\u{00A0}1234"),
        ("Personnummer 850312 1231 enligt ansökan", .personnummer, "850312 1231"),
        ("pnr 19850312 1231", .personnummer, "19850312 1231"),
        ("pnr 850312–1231", .personnummer, "850312–1231"),
        ("pnr 850312.1231", .personnummer, "850312.1231"),
        ("pnr 850312  1231", .personnummer, "850312  1231"),
        ("Över hundra år: 850312+1231", .personnummer, "850312+1231"),
        ("pnr 19850312-1231", .personnummer, "19850312-1231"),
        // phone numbers in more shapes
        ("ring +46 8 123 45 67", .phoneNumber, "+46 8 123 45 67"),
        ("mobil 0739876543", .phoneNumber, "0739876543"),
        ("tlf. 2345 6789 efter kl. 16", .phoneNumber, "2345 6789"),
        // street addresses with floor and side, apartment, and the names' many forms
        ("Familien bor på Vestergade 12, 2. tv. med to børn", .streetAddress, "Vestergade 12, 2. tv."),
        ("Adressen er Vestergade 12 st. th. i Aarhus", .streetAddress, "Vestergade 12 st. th."),
        ("flyttet til Nørregade 4, 1. sal", .streetAddress, "Nørregade 4, 1. sal"),
        ("bor på Søndergade 3, lejl. 3 hos sin søster", .streetAddress, "Søndergade 3, lejl. 3"),
        ("Åboulevarden 22, 3. mf. er hjemmet", .streetAddress, "Åboulevarden 22, 3. mf."),
        ("bor på Strandvejen 100 st. tv. nu", .streetAddress, "Strandvejen 100 st. tv."),
        ("bor Bredgade 3, 2. t.v.", .streetAddress, "Bredgade 3, 2. t.v."),
        ("på Vestergaden 7 i byen", .streetAddress, "Vestergaden 7"),
        ("på Ringvej 3B", .streetAddress, "Ringvej 3B"),
        ("adressen Sønder Allé 9", .streetAddress, "Sønder Allé 9"),
        ("på Sønderalle 7", .streetAddress, "Sønderalle 7"),
        ("ved H.C. Andersens Boulevard 27", .streetAddress, "H.C. Andersens Boulevard 27"),
        ("i Rosenhaven 8", .streetAddress, "Rosenhaven 8"),
        ("på Æblehave 3", .streetAddress, "Æblehave 3"),
        ("i Solparken 14", .streetAddress, "Solparken 14"),
        ("på Egepark 3", .streetAddress, "Egepark 3"),
        ("i Kompagnistræde 21", .streetAddress, "Kompagnistræde 21"),
        ("på Gammeltorv 4", .streetAddress, "Gammeltorv 4"),
        ("på Israels Plads 2", .streetAddress, "Israels Plads 2"),
        ("bor på Bispebjerg Bakke 23, 1. th.", .streetAddress, "Bispebjerg Bakke 23, 1. th."),
        ("mødtes på Kongens Nytorv 2", .streetAddress, "Kongens Nytorv 2"),
        ("på Rådhus Plads 1", .streetAddress, "Rådhus Plads 1"),
        ("på X Plads 4", .streetAddress, "X Plads 4"),
        ("i Vestergade 12-14", .streetAddress, "Vestergade 12-14"),
        ("Bor på Drottninggatan 5", .streetAddress, "Drottninggatan 5"),
        ("flyttade till Skärholmsvägen 12 lgh 1102", .streetAddress, "Skärholmsvägen 12 lgh 1102"),
        ("träffades vid Sergels torg 1", .streetAddress, "Sergels torg 1"),
        ("bor på Stortorget 3", .streetAddress, "Stortorget 3"),
        ("i Klostergränd 4", .streetAddress, "Klostergränd 4"),
        ("på Björkstigen 7", .streetAddress, "Björkstigen 7"),
        ("på Solbacken 2", .streetAddress, "Solbacken 2"),
        ("vid Odenplan 1", .streetAddress, "Odenplan 1"),
        ("bor på Storgatan 1, 2 tr", .streetAddress, "Storgatan 1, 2 tr"),
        ("bor på Sveavägen 10 lgh 1201", .streetAddress, "Sveavägen 10 lgh 1201"),
        // a capitalised word at the start of a sentence is not part of the street's name
        ("I Vestergade 12 bor familien.", .streetAddress, "Vestergade 12"),
        ("På Drottninggatan 5 bor familjen.", .streetAddress, "Drottninggatan 5"),
        // a clock time after the address is not the basement
        ("Mødet er på Vestergade 12 kl. 10.30.", .streetAddress, "Vestergade 12"),
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
        // look-alikes of the new CPR shapes: case numbers, amounts, postcodes, dates, clock times
        "Sagen har KLE 27.24.00-G01-123-24.",
        "Beløbet er kr. 120.385,00 i alt.",
        "Formuen var 1.234.567 kr ved opgørelsen.",
        "Hun bor i 2100 København Ø.",
        "Født 12.03.1985, flyttede 2024-03-12.",
        "Mødet er kl. 10.30 og varer 10:30-12:00.",
        "Ring lokal 1234 for at få fat i hende.",
        // ordinary prose with numbers is not a street address
        "Vi mødes i uge 12 som aftalt.",
        "Efter paragraf 50 skal der laves en undersøgelse.",
        "Jf. § 50 stk. 3 og kapitel 11.",
        "Serviceloven § 52 giver mulighed for hjælp.",
        "Handleplan 2 blev godkendt.",
        "Drengen 12 år og pigen 9 år kom med.",
    ]

    /// Swedish look-alikes, scanned as a Swedish journal.
    let swedishNegatives: [String] = [
        "Hon bor i 114 55 Stockholm.",
        "Beloppet är 120 385 kronor, i alt 1 234 567 kr.",
        "Född 1985-03-12, mötet 12.03.1985.",
        "Mötet är kl. 10.30 och pågår 10:30-12:00.",
        "Ring anknytning 1234.",
        "Ärende dnr 2023-004512 enligt 4 kap. 1 § SoL.",
        "Vi ses vecka 12, se kapitel 11.",
        "Genomförandeplan 3 är upprättad.",
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
        for text in swedishNegatives {
            let findings = IdentifierScanner.scan(text, country: .sweden)
            XCTAssertTrue(findings.isEmpty, "\(text): \(findings.map { "\($0.kind) \($0.text)" })")
        }
    }

    func testReplacingAnAddressLeavesNothingOfIt() {
        let placeholder: (Kind) -> String = { _ in "[adresse]" }
        XCTAssertEqual(IdentifierScanner.replacingAll(in: "Familien bor på Vestergade 12, 2. tv. med to børn.", placeholder: placeholder),
                       "Familien bor på [adresse] med to børn.")
        XCTAssertEqual(IdentifierScanner.replacingAll(in: "Bor i Søndergade 3, lejl. 3, siden maj.", placeholder: placeholder),
                       "Bor i [adresse], siden maj.")
        XCTAssertEqual(IdentifierScanner.replacingAll(in: "Bor på Skärholmsvägen 12 lgh 1102 sedan maj.", country: .sweden, placeholder: placeholder),
                       "Bor på [adresse] sedan maj.")
    }

    func testAFindingShowsTheTextAroundIt() {
        let finding = IdentifierScanner.scan("Borgeren oplyste sit cpr 010190-1234 ved mødet.").first
        XCTAssertEqual(finding?.range, NSRange(location: 25, length: 11))
        XCTAssertEqual(finding?.before, "Borgeren oplyste sit cpr ")
        XCTAssertEqual(finding?.after, " ved mødet.")
        let long = String(repeating: "a", count: 50) + " 010190-1234 " + String(repeating: "b", count: 50)
        let cut = IdentifierScanner.scan(long).first
        XCTAssertEqual(cut?.before, "…" + String(repeating: "a", count: 39) + " ")
        XCTAssertEqual(cut?.after, " " + String(repeating: "b", count: 39) + "…")
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
