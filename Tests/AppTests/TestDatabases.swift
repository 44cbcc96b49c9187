import Crypto
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import XCTVapor
@testable import App

/// Every App test starts from the same database: migrated and holding the demo municipality on the
/// fixed `testNow`. Building that takes about a second (37 migrations, then the demo), so it is
/// built once per test binary and copied for each test: a file copy on SQLite, `CREATE DATABASE
/// ... TEMPLATE` on PostgreSQL. The copy belongs to one test and is removed after it, so
/// `swift test --parallel` can run tests side by side, each process with copies of its own.
///
/// The template is named after the test binary (its size and modification time), so a rebuilt
/// binary, whose migrations or demo may have changed, builds a template of its own. Processes that
/// start together may each build it; the first to finish moves it into place, the others' copies
/// are thrown away.
enum TestDatabases {
    /// The key the template's private texts are sealed with; every test app uses it, since the
    /// copies hold texts sealed at build time.
    static let textKeys = TextKeys([SymmetricKey(data: Data(repeating: 0x5A, count: 32))])

    /// A database of the test's own, holding the demo: on PostgreSQL when `TEST_DATABASE_URL` is set.
    static func fresh() async throws -> TestDatabase {
        if let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty {
            return try await PostgresTemplate.shared.copy(adminURL: url)
        }
        return try await SQLiteTemplate.shared.copy()
    }

    /// Migrates and loads the demo into an empty database, as the template.
    static func build(_ database: DatabaseChoice) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, settings: settings(database))
            app.passwords.use(.plaintext)
            try await prepareDatabase(app, loadDemo: false) // as `serve` does: write-ahead log, migrations, the key check
            _ = try await DemoData.load(on: app.db, now: testNow, passwordHasher: app.password)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func settings(_ database: DatabaseChoice) -> Settings {
        Settings(database: database, demoMode: true, now: { testNow }, textKeys: textKeys)
    }

    /// `<size>-<mtime>` of the running test binary.
    static let binaryFingerprint: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(Int64(modified * 1000))"
    }()
}

/// One test's database, removed by `drop()` once the test's app has shut down.
struct TestDatabase {
    let choice: DatabaseChoice
    let drop: @Sendable () async throws -> Void
}

/// The template as a SQLite file on tmpfs when there is one (writes there cost no disk flush).
final class SQLiteTemplate: Sendable {
    static let shared = SQLiteTemplate()
    private let ready = NIOLockedValueBox(false)

    let folder: URL = {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        return base.appendingPathComponent("godstart-tests-\(getuid())")
    }()
    var template: URL { folder.appendingPathComponent("template-\(TestDatabases.binaryFingerprint).sqlite") }

    func copy() async throws -> TestDatabase {
        try await prepare()
        let path = folder.appendingPathComponent("test-\(getpid())-\(UUID().uuidString).sqlite").path
        try FileManager.default.copyItem(atPath: template.path, toPath: path)
        return TestDatabase(choice: .sqliteFile(path)) {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    private func prepare() async throws {
        if ready.withLockedValue({ $0 }) { return }
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        if !files.fileExists(atPath: template.path) {
            // Templates of earlier builds go; so do copies left by a test process that was killed.
            for name in (try? files.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix("building-") {
                let url = folder.appendingPathComponent(name)
                let modified = (try? files.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date ?? .distantPast
                if name.hasPrefix("template-") || modified < Date().addingTimeInterval(-3600) { try? files.removeItem(at: url) }
            }
            let building = folder.appendingPathComponent("building-\(getpid())-\(UUID().uuidString).sqlite")
            try await TestDatabases.build(.sqliteFile(building.path))
            // Closing the last connection folded the write-ahead log into the file: the file is the database.
            if rename(building.path, template.path) != 0 { try? files.removeItem(at: building) }
        }
        ready.withLockedValue { $0 = true }
    }
}

/// The template as a PostgreSQL database on the server `TEST_DATABASE_URL` names, and each test's
/// database made from it there.
final class PostgresTemplate: Sendable {
    static let shared = PostgresTemplate()
    private let state = NIOLockedValueBox<(admin: Application?, ready: Bool, made: Int)>((nil, false, 0))

    var templateName: String { "godstart_tpl_" + TestDatabases.binaryFingerprint.replacingOccurrences(of: "-", with: "_") }

    func copy(adminURL: String) async throws -> TestDatabase {
        let admin = try await adminDatabase(adminURL)
        try await prepare(admin, adminURL: adminURL)
        let number = state.withLockedValue { $0.made += 1; return $0.made }
        let name = "godstart_test_\(getpid())_\(number)"
        try await admin.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        try await admin.raw("CREATE DATABASE \(ident: name) TEMPLATE \(ident: templateName)").run()
        return TestDatabase(choice: .postgres(Self.url(adminURL, database: name))) {
            try await admin.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        }
    }

    /// A connection to the database `TEST_DATABASE_URL` names, for creating and dropping the others.
    private func adminDatabase(_ url: String) async throws -> any SQLDatabase {
        if let app = state.withLockedValue({ $0.admin }) { return app.db as! any SQLDatabase }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url), maxConnectionsPerEventLoop: 1), as: .psql)
        state.withLockedValue { $0.admin = app }
        return app.db as! any SQLDatabase
    }

    private func prepare(_ admin: any SQLDatabase, adminURL: String) async throws {
        if state.withLockedValue({ $0.ready }) { return }
        struct Name: Decodable { let datname: String }
        let existing = try await admin.raw("SELECT datname FROM pg_database WHERE datname LIKE 'godstart_tpl_%'").all(decoding: Name.self)
        if !existing.contains(where: { $0.datname == templateName }) {
            let building = "godstart_building_\(getpid())"
            try await admin.raw("DROP DATABASE IF EXISTS \(ident: building) WITH (FORCE)").run()
            try await admin.raw("CREATE DATABASE \(ident: building)").run()
            try await TestDatabases.build(.postgres(Self.url(adminURL, database: building)))
            do {
                try await admin.raw("ALTER DATABASE \(ident: building) RENAME TO \(ident: templateName)").run()
            } catch {
                // Another process finished first: its template is the same.
                try await admin.raw("DROP DATABASE IF EXISTS \(ident: building) WITH (FORCE)").run()
            }
            for old in existing { try? await admin.raw("DROP DATABASE IF EXISTS \(ident: old.datname) WITH (FORCE)").run() }
        }
        state.withLockedValue { $0.ready = true }
    }

    /// The same server and credentials, another database.
    static func url(_ url: String, database: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.path = "/" + database
        return parts.string ?? url
    }
}
