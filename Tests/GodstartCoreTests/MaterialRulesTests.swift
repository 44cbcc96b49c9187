import XCTest
@testable import GodstartCore

final class MaterialRulesTests: XCTestCase {
    let pdf = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)

    func testAFileIsTakenByItsNameAndItsContentTogether() {
        XCTAssertEqual(MaterialRules.check(fileName: "Velkomstbrev.PDF", bytes: pdf), .success(.pdf))
        XCTAssertEqual(MaterialRules.check(fileName: "håndbog.docx", bytes: [0x50, 0x4B, 0x03, 0x04, 1, 2]), .success(.docx))
        XCTAssertEqual(MaterialRules.check(fileName: "spørgsmål.txt", bytes: Array("Hvad gik godt?".utf8)), .success(.txt))
        XCTAssertEqual(MaterialRules.check(fileName: "virus.pdf", bytes: [0x4D, 0x5A, 0x90, 0]), .failure(.notAllowed), "a program named .pdf")
        XCTAssertEqual(MaterialRules.check(fileName: "side.html", bytes: Array("<script>".utf8)), .failure(.notAllowed))
        XCTAssertEqual(MaterialRules.check(fileName: "pdf", bytes: pdf), .failure(.notAllowed), "no extension")
        XCTAssertEqual(MaterialRules.check(fileName: "tom.pdf", bytes: []), .failure(.missing))
        XCTAssertEqual(MaterialRules.check(fileName: "stor.pdf", bytes: pdf + [UInt8](repeating: 0, count: MaterialRules.maximumBytes)),
                       .failure(.tooLarge))
    }

    func testADownloadNameHasNoPathAndNoQuotes() {
        XCTAssertEqual(MaterialRules.downloadName("C:\\Users\\lone\\Velkomst \"2026\".pdf"), "Velkomst 2026.pdf")
        XCTAssertEqual(MaterialRules.downloadName("../../etc/passwd"), "passwd")
        XCTAssertEqual(MaterialRules.downloadName("\u{7}"), "material")
    }
}
