import FluentSQLiteDriver
import Foundation
import GodstartCore

/// SQLite keeps ids as text ("00004BE5-20AC-47E3-…"). Without this conformance every id read went
/// through Codable to `UUID(uuidString:)`, which on Linux parses with `sscanf`: 12 % of the CPU of
/// the coordinator's overview (perf, issue 24). Ids are now read by `UUIDText` and written exactly
/// as before (upper case, as `uuidString` writes them, by `UUIDText.text`), so the stored text and
/// every comparison in SQL stay the same.
extension UUID: @retroactive SQLiteDataConvertible {
    public init?(sqliteData: SQLiteData) {
        guard case .text(let text) = sqliteData, let id = UUIDText.parse(text) ?? UUID(uuidString: text) else { return nil }
        self = id
    }

    public var sqliteData: SQLiteData? { .text(UUIDText.text(self, uppercase: true)) }
}
