import XCTest
@testable import GodstartCore

final class UUIDTextTests: XCTestCase {
    func testItReadsWhatFoundationReads() {
        for _ in 0..<1_000 {
            let id = UUID()
            XCTAssertEqual(UUIDText.parse(id.uuidString), id)
            XCTAssertEqual(UUIDText.parse(id.uuidString.lowercased()), id)
        }
        XCTAssertEqual(UUIDText.parse("00004BE5-20AC-47E3-9794-B8B3BF235646"), UUID(uuidString: "00004BE5-20AC-47E3-9794-B8B3BF235646"))
    }

    func testItWritesWhatFoundationWrites() {
        var ids = (0..<1_000).map { _ in UUID() }
        ids += [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))]
        for id in ids {
            XCTAssertEqual(UUIDText.text(id, uppercase: true), id.uuidString)
            XCTAssertEqual(UUIDText.text(id), id.uuidString.lowercased())
        }
    }

    func testItRefusesWhatIsNotAUUID() {
        for text in ["", "00004BE5-20AC-47E3-9794-B8B3BF23564", "00004BE5-20AC-47E3-9794-B8B3BF2356466", "00004BE5X20AC-47E3-9794-B8B3BF235646",
                     "00004BE5-20AC-47E3-9794-B8B3BF23564G", "0000-4BE520AC-47E3-9794-B8B3BF235646", "ÆØÅ4BE5-20AC-47E3-9794-B8B3BF2356",
                     String(repeating: "-", count: 36)] {
            XCTAssertNil(UUIDText.parse(text), text)
            XCTAssertEqual(UUIDText.parse(text), UUID(uuidString: text), text)
        }
    }
}
