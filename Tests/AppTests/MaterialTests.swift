import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class MaterialTests: AppTestCase {
    let t = Language.da.texts
    let pdf = Array("%PDF-1.7\n% Velkomstbrev til nye kolleger\n".utf8)

    func fields(_ overrides: [String: String] = [:]) -> [String: String] {
        var fields = ["title": "Velkomstbrev", "details": "Sendes før første arbejdsdag", "phase": "preparation",
                      "language": "da", "roles[]": "newcomer"]
        for (key, value) in overrides { fields[key] = value }
        return fields
    }

    func testTheCoordinatorUploadsOnceAndEveryoneReadsAndDownloads() async throws {
        let marianne = try await signedIn("marianne")
        let added = try await marianne.post(SiteURL.materials.path, fields(), file: ("file", "Velkomstbrev 2027.pdf", "application/pdf", pdf))
        XCTAssertEqual(added.status, .seeOther)
        let material = try await Material.query(on: app.db).first()!
        XCTAssertEqual(material.roleList, [.newcomer])
        XCTAssertEqual(material.byteCount, pdf.count)

        for key in ["emma", "rasmus", "henrik"] {
            let page = try await (try await signedIn(key)).get(SiteURL.materials.path)
            XCTAssertEqual(page.status, .ok, key)
            XCTAssertTrue(page.contains("Velkomstbrev"), key)
            XCTAssertFalse(page.contains(SiteURL.material(material.id).path + "\""), "only the coordinator changes it (\(key))")
        }
        let emma = try await signedIn("emma")
        let file = try await app.testable().sendRequest(.GET, SiteURL.materialFile(material.id).path,
                                                         headers: ["Cookie": emma.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")])
        XCTAssertEqual(file.status, .ok)
        XCTAssertEqual(Array(file.body.readableBytesView), pdf)
        XCTAssertEqual(file.headers.contentType?.description, "application/pdf")
        XCTAssertTrue(file.headers.first(name: .contentDisposition)?.contains("attachment") ?? false)

        let mentorsOnly = try await emma.get(SiteURL.materials.path + "?role=mentor")
        XCTAssertFalse(mentorsOnly.contains("Velkomstbrev"), "the role filter")
        let refused = try await emma.post(SiteURL.materials.path, fields(), file: ("file", "x.pdf", "application/pdf", pdf))
        XCTAssertEqual(refused.status, .notFound, "only the coordinator uploads")
        let removal = try await emma.post(SiteURL.materialRemoval(material.id).path, [:])
        XCTAssertEqual(removal.status, .notFound)
    }

    func testAFileThatIsNotWhatItSaysOrTooLargeIsRefusedAndTheRestIsKept() async throws {
        let marianne = try await signedIn("marianne")
        let disguised = try await marianne.post(SiteURL.materials.path, fields(["title": "Håndbog"]),
                                                file: ("file", "håndbog.pdf", "application/pdf", [0x4D, 0x5A, 0x90, 0, 3]))
        XCTAssertEqual(disguised.status, .unprocessableEntity)
        XCTAssertTrue(disguised.contains(HTMLEscape.text(t.materialFileProblem(.notAllowed, maximumMB: 10))))
        XCTAssertTrue(disguised.contains("value=\"Håndbog\""), "what was typed is kept")
        XCTAssertTrue(disguised.contains("value=\"newcomer\" checked"))
        let big = try await marianne.post(SiteURL.materials.path, fields(),
                                          file: ("file", "stor.pdf", "application/pdf", pdf + [UInt8](repeating: 32, count: MaterialRules.maximumBytes)))
        XCTAssertEqual(big.status, .unprocessableEntity)
        XCTAssertTrue(big.contains(HTMLEscape.text(t.materialFileProblem(.tooLarge, maximumMB: 10))))
        let noTitle = try await marianne.post(SiteURL.materials.path, fields(["title": ""]), file: ("file", "a.pdf", "application/pdf", pdf))
        XCTAssertTrue(noTitle.contains(HTMLEscape.text(t.materialChooseFileAgain)))
        let count = try await Material.query(on: app.db).count()
        XCTAssertEqual(count, 0)
    }

    func testTheCoordinatorChangesTheTagsKeepsTheFileAndRemovesIt() async throws {
        let marianne = try await signedIn("marianne")
        try await marianne.post(SiteURL.materials.path, fields(), file: ("file", "brev.pdf", "application/pdf", pdf))
        let material = try await Material.query(on: app.db).first()!
        let saved = try await marianne.post(SiteURL.material(material.id).path, ["title": "Velkomstbrev (ny udgave)", "phase": "any",
                                                                                 "language": "sv", "details": ""])
        XCTAssertEqual(saved.status, .seeOther)
        let changed = try await Material.find(material.id, on: app.db)!
        XCTAssertEqual(changed.title, "Velkomstbrev (ny udgave)")
        XCTAssertEqual(changed.roleList, [], "no role ticked: for everyone")
        XCTAssertEqual(changed.fileName, "brev.pdf", "the file stays when none is chosen")
        let removed = try await marianne.post(SiteURL.materialRemoval(material.id).path, [:])
        XCTAssertEqual(removed.status, .seeOther)
        let files = try await MaterialFile.query(on: app.db).count()
        XCTAssertEqual(files, 0)
    }
}
