import Foundation
import GodstartCore
import Vapor

/// Where the data lives.
public enum DatabaseChoice: Sendable, Equatable {
    case sqliteFile(String)
    case sqliteMemory
    case postgres(String)
}

/// How this instance runs. Built once at start from the command line and the environment;
/// anything wrong stops the start with one clear line (`StartupError`).
public struct Settings: Sendable {
    public var database: DatabaseChoice
    /// Demo mode shows the demo logins on the sign-in page.
    public var demoMode: Bool
    /// Set `Secure` on the session cookie (behind TLS).
    public var secureCookies: Bool
    /// The clock, injected so tests can fix "now".
    public var now: @Sendable () -> Date
    /// When set, /metrics answers only a request carrying `Authorization: Bearer <token>`; when not,
    /// only a request from this machine (`MetricsAccess`).
    public var metricsToken: String?
    /// The mail server and the reminders' timing; without a server, mail waits in the outbox page.
    public var mail: MailSettings
    /// The organisation's identity provider; nil: password sign-in only.
    public var singleSignOn: OIDCConfiguration? {
        didSet { mail.singleSignOn = singleSignOn != nil }
    }
    /// The keys the private texts are sealed with.
    public var textKeys: TextKeys
    /// Reverse proxies whose X-Forwarded-For is believed (`ClientAddress`).
    public var trustedProxies: Set<String> = []
    /// How long an instance keeps a signed-in browser's session and person in memory
    /// (`SignedInCache`); 0 keeps nothing, and every request reads them.
    public var signedInMemory: TimeInterval = SignedInCache.keptFor

    public init(database: DatabaseChoice, demoMode: Bool = false, secureCookies: Bool = false,
                now: @escaping @Sendable () -> Date = { Date() }, metricsToken: String? = nil, mail: MailSettings = .demo,
                singleSignOn: OIDCConfiguration? = nil, textKeys: TextKeys = .generated()) {
        self.database = database
        self.demoMode = demoMode
        self.secureCookies = secureCookies
        self.now = now
        self.metricsToken = metricsToken
        self.mail = mail
        self.mail.singleSignOn = singleSignOn != nil
        self.singleSignOn = singleSignOn
        self.textKeys = textKeys
    }

    /// Takes Godstart's own flags (`--demo`, `--db PATH`) out of `arguments`, leaving Vapor's.
    public static func fromCommandLine(_ arguments: inout [String], environment: [String: String]) throws -> Settings {
        var demo = false
        var dbPath: String?
        var remaining: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--demo" {
                demo = true
            } else if argument == "--db" {
                index += 1
                guard index < arguments.endIndex else { throw StartupError("--db needs a file path, for example --db godstart.sqlite") }
                dbPath = arguments[index]
            } else if argument.hasPrefix("--db=") {
                dbPath = String(argument.dropFirst(5))
            } else {
                remaining.append(argument)
            }
            index += 1
        }
        arguments = remaining

        let database: DatabaseChoice
        if let dbPath {
            database = .sqliteFile(dbPath)
        } else if let url = environment["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                database = .postgres(url)
            } else if url.hasPrefix("sqlite://") {
                database = .sqliteFile(String(url.dropFirst("sqlite://".count)))
            } else {
                throw StartupError("DATABASE_URL must start with postgres:// or sqlite:// (it was not understood)")
            }
        } else {
            database = .sqliteFile("godstart.sqlite")
        }
        if case .sqliteFile(let path) = database { try checkWritable(path) }
        let metricsToken = environment["GODSTART_METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        var settings = Settings(database: database, demoMode: demo,
                                secureCookies: environment["GODSTART_SECURE_COOKIES"] == "1", metricsToken: metricsToken,
                                mail: try MailSettings.from(environment: environment),
                                singleSignOn: try OIDCConfiguration.from(environment: environment),
                                textKeys: try TextKeys.from(environment: environment, database: database, demo: demo))
        settings.trustedProxies = try ClientAddress.trustedProxies(from: environment)
        if !settings.mail.publicURLIsSet { settings.mail.publicURL = MailSettings.servedAddress(arguments: remaining) }
        if let today = environment["GODSTART_TODAY"], !today.isEmpty {
            if demo {
                settings.now = try demoClock(today: today)
            } else {
                FileHandle.standardError.write(Data("GODSTART_TODAY is ignored: only a demo (--demo) runs on another day than today.\n".utf8))
            }
        }
        return settings
    }

    /// The clock of a demo that runs as if today were `today` (`GODSTART_TODAY=2027-03-10`), so the
    /// demo and the browser tests can be run on any weekday: the day is that one, in Copenhagen's
    /// calendar, and the time of day runs on as the real one does.
    static func demoClock(today text: String) throws -> @Sendable () -> Date {
        guard let today = LocalDate(iso: text) else {
            throw StartupError("GODSTART_TODAY must be a date written as YYYY-MM-DD, for example 2027-03-10")
        }
        let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!
        let real = Date()
        let shift = today.instant(at: LocalTime(hour: 0), in: copenhagen)
            .timeIntervalSince(LocalDate(real, in: copenhagen).instant(at: LocalTime(hour: 0), in: copenhagen))
        return { Date().addingTimeInterval(shift) }
    }

    private static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StartupError("The folder for the database does not exist: \(directory)")
        }
        if FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.isWritableFile(atPath: url.path) else {
                throw StartupError("The database file cannot be written: \(url.path)")
            }
        } else if !FileManager.default.isWritableFile(atPath: directory) {
            throw StartupError("The database cannot be created, the folder is not writable: \(directory)")
        }
    }
}

/// A configuration problem, reported as one line before the process stops.
public struct StartupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A command that ran and found something wrong (`godstart check`): reported as one line, and the
/// process exits non-zero.
public struct CommandFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Application {
    private struct SettingsKey: StorageKey { typealias Value = Settings }

    public var settings: Settings {
        get {
            guard let settings = storage[SettingsKey.self] else { fatalError("configure(_:settings:) has not run") }
            return settings
        }
        set { storage[SettingsKey.self] = newValue }
    }
}
