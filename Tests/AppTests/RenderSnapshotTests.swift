import Crypto
import Foundation
import XCTVapor
@testable import App

/// Issue 25, item 5: the texts moved from Swift into translators' catalogues, and no Danish, Swedish
/// or English user saw a page change: every page each demo role reached, in each language, was
/// compared, byte for byte, before and after each step. What stays is a handful of pages per role
/// and language (`handful`), kept as fingerprints of their HTML (`Snapshots/renders.json`): a change
/// of the texts' machinery that changes a page fails the test, which names the page.
///
/// - A change made on purpose is recorded again: `GODSTART_RECORD_RENDERS=1 swift test --filter
///   RenderSnapshotTests` rewrites the fingerprints; the commit says which pages changed and why.
/// - To compare every page, as the move did: `GODSTART_RENDERS_DIR=/tmp/after swift test --filter
///   RenderSnapshotTests` writes every page each role reaches there (and compares nothing); the same
///   at the commit before, into another folder, and `diff -r` shows the difference.
///
/// The fingerprints are the same on SQLite and PostgreSQL: a page that lists rows in the database's
/// own order where they tie shows up here (the buddy's tasks did, and now sort by their place too).
///
/// What differs from run to run and says nothing of the texts is written the same way first: the
/// ids (numbered in the order the crawl meets them), the form token, secrets shown once, and the
/// audit entries made at the same moment (`auditEntriesInOrder`).
final class RenderSnapshotTests: AppTestCase {
    static let languages = ["da", "sv", "en"]
    /// The roles and how many of each one's pages, in the order its crawl meets them, are kept.
    static let handful = (roles: ["ida", "thomas", "mette", "sofie", "henrik", "marianne", "lone"], pages: 6)
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/renders.json")

    func testEveryPageOfEveryRoleRendersAsRecorded() async throws {
        var renders: [String: String] = [:]
        let folder = ProcessInfo.processInfo.environment["GODSTART_RENDERS_DIR"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        for language in Self.languages {
            for key in folder == nil ? Self.handful.roles : QueryBudgetTests.roles {
                let browser = browser()
                browser.language = language
                try await browser.signIn("\(key)@demo.godstart.dk")
                for (path, html) in try await Self.crawl(browser, limit: folder == nil ? Self.handful.pages : 300) {
                    let name = "\(language) \(key) \(path)"
                    renders[name] = Self.fingerprint(html)
                    if let folder {
                        let file = folder.appendingPathComponent(language).appendingPathComponent(key)
                            .appendingPathComponent(Self.fileName(path))
                        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try html.write(to: file, atomically: true, encoding: .utf8)
                    }
                }
            }
        }
        if folder != nil { return }
        XCTAssertEqual(renders.count, Self.languages.count * Self.handful.roles.count * Self.handful.pages, "each role reaches its pages")
        if ProcessInfo.processInfo.environment["GODSTART_RECORD_RENDERS"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(renders).write(to: Self.snapshot)
            return
        }
        let recorded = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.snapshot))
        let changed = recorded.keys.filter { renders[$0] != nil && renders[$0] != recorded[$0] }.sorted()
        let gone = recorded.keys.filter { renders[$0] == nil }.sorted()
        let new = renders.keys.filter { recorded[$0] == nil }.sorted()
        XCTAssertTrue(changed.isEmpty, "pages that render otherwise than recorded (\(changed.count)):\n" + changed.prefix(40).joined(separator: "\n"))
        XCTAssertTrue(gone.isEmpty, "pages recorded that the crawl no longer reaches (\(gone.count)):\n" + gone.prefix(40).joined(separator: "\n"))
        XCTAssertTrue(new.isEmpty, "pages the crawl reaches that were not recorded (\(new.count)):\n" + new.prefix(40).joined(separator: "\n"))
    }

    /// Every page reachable from the home page by its links, in the order met: its path with its
    /// ids numbered, and its HTML written the same way.
    static func crawl(_ browser: TestBrowser, limit: Int = 300) async throws -> [(String, String)] {
        var ids = Normaliser()
        var queue = [SiteURL.root.path]
        var seen = Set(queue)
        var pages: [(String, String)] = []
        while !queue.isEmpty && pages.count < limit {
            let path = queue.removeFirst()
            let page = try await browser.get(path)
            if let location = page.location, location.hasPrefix("/"), seen.insert(location).inserted { queue.append(location) }
            guard page.status == .ok else { continue }
            pages.append((ids.normalised(path), ids.normalised(auditEntriesInOrder(path, page.body))))
            for link in WebSecurityTests.localLinks(in: page.body) where !link.hasPrefix("/sign-out") && seen.insert(link).inserted {
                queue.append(link)
            }
        }
        return pages
    }

    /// The audit logs' entries in a fixed order: in a test every entry is made at the same moment,
    /// so their order among themselves changes from run to run. The organisation's log shows a page
    /// of them, and which ones changes too: its entries are left out (a person's own log shows theirs).
    static func auditEntriesInOrder(_ path: String, _ html: String) -> String {
        guard path.contains("audit-log"), let start = html.range(of: "<tbody>"),
              let end = html.range(of: "</tbody>", range: start.upperBound..<html.endIndex) else { return html }
        let rows = path.hasPrefix("/admin/") ? [] : html[start.upperBound..<end.lowerBound].components(separatedBy: "<tr").dropFirst().sorted()
        return String(html[..<start.upperBound]) + rows.map { "<tr" + $0 }.joined() + String(html[end.lowerBound...])
    }

    static func fingerprint(_ html: String) -> String {
        SHA256.hash(data: Data(html.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func fileName(_ path: String) -> String {
        let name = path.dropFirst().replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "?", with: "_")
        return (name.isEmpty ? "root" : name) + ".html"
    }

    /// Writes what differs from run to run the same way each time.
    struct Normaliser {
        private var numbers: [String: Int] = [:]

        mutating func normalised(_ text: String) -> String {
            var text = Self.replacing(#"name="\#(CSRF.fieldName)" value="[^"]*""#, in: text) { _ in "name=\"\(CSRF.fieldName)\" value=\"token\"" }
            text = Self.replacing(#"gs_[A-Za-z0-9_-]{16,}"#, in: text) { _ in "gs_secret" }
            return Self.replacing(#"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"#, in: text) { id in
                let key = id.lowercased()
                if numbers[key] == nil { numbers[key] = numbers.count + 1 }
                return "id-\(numbers[key]!)"
            }
        }

        private static func replacing(_ pattern: String, in text: String, with make: (String) -> String) -> String {
            let expression = try! NSRegularExpression(pattern: pattern)
            let source = text as NSString
            var result = ""
            var last = 0
            for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
                result += source.substring(with: NSRange(location: last, length: match.range.location - last))
                result += make(source.substring(with: match.range))
                last = match.range.location + match.range.length
            }
            return result + source.substring(from: last)
        }
    }
}
