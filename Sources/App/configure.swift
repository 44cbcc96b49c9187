import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOSSL
import Vapor

/// Sets up the database, sessions, middleware, migrations, commands and routes.
public func configure(_ app: Application, settings: Settings) async throws {
    app.settings = settings
    TextSealing.use(settings.textKeys)
    app.openIDConnect = settings.singleSignOn.map(OpenIDConnect.init)

    switch settings.database {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .sqliteFile(let path):
        // The read pages' statements run on read connections of their own (SQLiteReadingConfiguration).
        let fluent = DatabaseConfigurationFactory.sqlite(.file(path), sqlLogLevel: .debug).make()
        let readers = SQLiteReaders(path: path)
        app.databases.use(DatabaseConfigurationFactory { SQLiteReadingConfiguration(fluent: fluent, readers: readers) }, as: .sqlite)
    case .postgres(let url):
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StartupError("DATABASE_URL is not a PostgreSQL address Godstart understands (postgres://user:password@host:5432/database)")
        }
        app.databases.use(.postgres(configuration: configuration, sqlLogLevel: .debug), as: .psql)
    }

    app.migrations.add(GodstartMigrations.all)
    app.databases.middleware.use(CalendarSequenceMiddleware<Meeting>(field: \.$sequence))
    app.databases.middleware.use(CalendarSequenceMiddleware<Activity>(field: \.$sequence))
    app.databases.middleware.use(CalendarSequenceMiddleware<Gathering>(field: \.$sequence))
    let signedInCache = SignedInCache(keptFor: settings.signedInMemory)
    app.signedInCache = signedInCache
    app.databases.middleware.use(SignedInChanges<Person>(cache: signedInCache) { person, _ in (person: person.id, organisation: nil) })
    app.databases.middleware.use(SignedInChanges<Organisation>(cache: signedInCache) { organisation, _ in (person: nil, organisation: organisation.id) })
    // Who has which home page follows from the programmes and activities (`Access.homes`). A new
    // activity changes only its runner's (none without one: applying a template reads nothing for
    // each); a changed one may have had another runner, so its organisation's browsers read theirs again.
    app.databases.middleware.use(SignedInChanges<Programme>(cache: signedInCache, created: { (person: nil, organisation: $0.$organisation.id) }) {
        programme, _ in (person: nil, organisation: programme.$organisation.id)
    })
    app.databases.middleware.use(SignedInChanges<Activity>(cache: signedInCache, created: { (person: $0.$runBy.id, organisation: nil) }) {
        activity, db in (person: nil, organisation: try await Programme.organisation(of: activity.$programme.id, on: db))
    })

    app.sessions.use { _ in StoredSessions() }
    let secure = settings.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "godstart_session") { id in
        // Max-Age alone (every browser in use reads it): an Expires date had to be formatted for
        // every response, 3 % of a page's time (issue 24).
        HTTPCookies.Value(string: id.string, expires: nil, maxAge: 60 * 60 * 12, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    // Each part of a journal may hold 40,000 characters (PrivateWriting.maximumPartLength), and
    // percent-encoded Danish text takes up to six bytes a character.
    app.routes.defaultMaxBodySize = "2mb"
    ContentConfiguration.global.use(decoder: FormDecoderWithoutNUL(), for: .urlEncodedForm)
    app.middleware = Middlewares()
    // Vapor counts and times every request once swift-metrics has its backend (`OperationsMetrics`).
    OperationsMetrics.start()
    if Environment.get(StatementCountMiddleware.environmentKey) == "1" { app.middleware.use(StatementCountMiddleware()) }
    let readGate = ReadGateMiddleware(perLoopOf: app.eventLoopGroup)
    app.readGate = readGate
    app.middleware.use(readGate)
    _ = app.readiness
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(SignedOutVisitsMiddleware())
    app.middleware.use(CurrentPersonMiddleware())
    app.middleware.use(PageErrorMiddleware())
    app.middleware.use(CSRFMiddleware())

    app.passwords.use(.bcrypt)
    app.passwordCheck = PasswordCheck()
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(PasswordsOnCommand(), as: "passwords-on")
    app.asyncCommands.use(NewTextKeyCommand(), as: "new-text-key")
    app.asyncCommands.use(RotateTextKeyCommand(), as: "rotate-text-key")
    app.asyncCommands.use(MinimalRouteCommand(), as: "minimal-route")
    app.asyncCommands.use(CheckCommand(), as: "check")

    try routes(app)
}

/// Migrates, and in demo mode loads the demo municipality. Runs before `serve`.
public func prepareDatabase(_ app: Application, loadDemo: Bool) async throws {
    if case .sqliteFile = app.settings.database, let sql = app.db as? any SQLDatabase {
        // Write-ahead logging: a write is in the log before it is acknowledged, readers do not
        // wait for writers, and a killed process loses nothing it had committed. The mode stays
        // with the file; every connection keeps SQLite's default synchronous=FULL.
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    try await app.autoMigrate()
    try await SealingCheck.verify(on: app.db)
    if loadDemo {
        let logins = try await DemoData.load(on: app.db, now: app.settings.now(), passwordHasher: app.password)
        DemoData.printLogins(logins)
    }
}
