import Foundation
import XCTest

/// Issue 25, item 1: the texts people read are written in the catalogues (Sources/App/Catalogues),
/// never as a literal in the code that makes pages, mails, answers or the texts themselves. This test reads that code
/// and fails on a string literal that looks like words for a person: a capitalised word followed
/// by another, a letter of Danish or Swedish, or a sentence. CSS classes, routes, keys and SQL do
/// not look like that.
///
/// Allowed, and why: the API speaks English to the developers of integrations (its problem texts
/// and its OpenAPI document), and what the operator reads (log lines, startup and mail-server
/// errors) is not translated.
final class TextLiteralScanTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/App")
    /// The folders of the code that makes what people read.
    static let folders = ["Views", "HTML", "Controllers", "Mail", "Audit", "Auth", "DataRights", "SingleSignOn", "Localization"]
    /// Files whose literals are for developers, not for the product's users.
    static let developersFiles: Set<String> = ["Controllers/ApiController.swift", "Controllers/ApiDocument.swift"]
    /// A line that writes to the log or raises an error for the operator.
    static let operatorLine = try! NSRegularExpression(pattern: #"logger\.|\.log\(|StartupError\(|SMTPError\(|fatalError\("#)
    static let literal = try! NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
    static let words = try! NSRegularExpression(
        pattern: #"[A-ZÆØÅÄÖ][a-zæøåäöé]+[ ,][a-zæøåäöA-Z]|[æøåäöÆØÅÄÖ]|[a-z]{2,} [a-z]{2,}.*[.?!:]$"#)

    func testNoTextForPeopleIsWrittenInTheCode() throws {
        var found: [String] = []
        var files = 0
        for folder in Self.folders {
            let root = Self.sources.appendingPathComponent(folder)
            let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil), root.path)
            for case let file as URL in enumerator where file.pathExtension == "swift" {
                let name = folder + "/" + file.path.dropFirst(root.path.count + 1)
                files += 1
                guard !Self.developersFiles.contains(name) else { continue }
                found += try Self.wordsIn(String(contentsOf: file, encoding: .utf8)).map { "\(name):\($0.line): \"\($0.text)\"" }
            }
        }
        XCTAssertGreaterThan(files, 100, "the scan reads the code")
        XCTAssertTrue(found.isEmpty, "texts for people belong in the catalogues, not in the code:\n" + found.joined(separator: "\n"))
    }

    func testTheScanFindsWordsAndPassesClassesAndRoutes() {
        let code = """
            el("p", [.class("button secondary")], "Gem ændringer")
            link(t.save, to: "/programmes/new")
            // "A comment"
            logger.info("Mail is sent")
            let x = "Saved and done."
            """
        XCTAssertEqual(Self.wordsIn(code).map(\.text), ["Gem ændringer", "Saved and done."])
    }

    /// The literals of `source` that look like words for a person, with their line numbers. Comments,
    /// multi-line literals (SQL) and the operator's lines are skipped.
    static func wordsIn(_ source: String) -> [(line: Int, text: String)] {
        var found: [(Int, String)] = []
        var inBlock = false
        for (index, line) in source.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.components(separatedBy: "\"\"\"").count == 2 { inBlock.toggle(); continue }
            if inBlock || trimmed.hasPrefix("//") { continue }
            let range = NSRange(line.startIndex..., in: line)
            if operatorLine.firstMatch(in: line, range: range) != nil { continue }
            for match in literal.matches(in: line, range: range) {
                let text = (line as NSString).substring(with: match.range(at: 1))
                if words.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { found.append((index + 1, text)) }
            }
        }
        return found
    }
}
