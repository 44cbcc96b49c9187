import Foundation
import NIOCore

/// How this instance sends mail, from the environment:
///
/// - `GODSTART_SMTP_HOST`: the mail server; without it mail stays in the outbox page for the administrator.
/// - `GODSTART_SMTP_PORT` (587 with STARTTLS, 465 with TLS, 25 without), `GODSTART_SMTP_SECURITY`
///   (`starttls`, the default; `tls`; `none`), `GODSTART_SMTP_USERNAME`, `GODSTART_SMTP_PASSWORD`,
///   `GODSTART_SMTP_FROM` (required with a host), `GODSTART_SMTP_CA_FILE` (PEM, extra trusted CAs).
/// - `GODSTART_PUBLIC_URL`: the address people open Godstart at, for the links in mails.
/// - `GODSTART_MAIL_RETRY_SECONDS`: the first wait after a failure (doubling from there); default 60.
/// - `GODSTART_MAIL_POLL_SECONDS`: how often the worker looks for mail to send; default 10.
/// - `GODSTART_REMINDER_POLL_SECONDS`: how often reminders are looked for; default 900.
public struct MailSettings: Sendable {
    var smtp: SMTPConfiguration?
    var publicURL: String
    /// GODSTART_PUBLIC_URL was given (else `publicURL` is the demo's address).
    var publicURLIsSet = false
    /// Single sign-on is set up, so someone without a password can still open a mail's links.
    var singleSignOn = false
    var retryBase: TimeInterval
    var pollInterval: TimeInterval
    var reminderInterval: TimeInterval

    public static let demo = MailSettings(smtp: nil, publicURL: "http://127.0.0.1:8080", retryBase: 60, pollInterval: 10, reminderInterval: 900)

    /// Without GODSTART_PUBLIC_URL, mails link to the address `serve` listens on, from its
    /// `--hostname`/`-H`, `--port`/`-p` or `--bind`/`-b` (Vapor's defaults 127.0.0.1 and 8080); a
    /// server listening on every address (0.0.0.0, ::) is named by this machine's loopback.
    static func servedAddress(arguments: [String]) -> String {
        func option(_ names: [String]) -> String? {
            for (index, argument) in arguments.enumerated() {
                for name in names {
                    if argument == name, index + 1 < arguments.count { return arguments[index + 1] }
                    if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
                }
            }
            return nil
        }
        var hostname = option(["--hostname", "-H"]) ?? "127.0.0.1"
        var port = option(["--port", "-p"]).flatMap(Int.init) ?? 8080
        if let bind = option(["--bind", "-b"]), let colon = bind.lastIndex(of: ":") {
            hostname = String(bind[..<colon])
            port = Int(bind[bind.index(after: colon)...]) ?? port
        }
        if ["0.0.0.0", "::", "[::]", ""].contains(hostname) { hostname = "127.0.0.1" }
        return "http://\(hostname):\(port)"
    }

    static func from(environment: [String: String]) throws -> MailSettings {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
        }
        func seconds(_ name: String, default fallback: TimeInterval) throws -> TimeInterval {
            guard let text = value(name) else { return fallback }
            guard let number = Double(text), number > 0, number <= 86_400 else {
                throw StartupError("\(name) must be a number of seconds between 0 and 86400 (it was \(text))")
            }
            return number
        }
        var settings = MailSettings.demo
        if let url = value("GODSTART_PUBLIC_URL") {
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                throw StartupError("GODSTART_PUBLIC_URL must start with https:// or http:// (for example https://godstart.kommune.dk)")
            }
            settings.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
            settings.publicURLIsSet = true
        }
        settings.retryBase = try seconds("GODSTART_MAIL_RETRY_SECONDS", default: 60)
        settings.pollInterval = try seconds("GODSTART_MAIL_POLL_SECONDS", default: 10)
        settings.reminderInterval = try seconds("GODSTART_REMINDER_POLL_SECONDS", default: 900)
        guard let host = value("GODSTART_SMTP_HOST") else { return settings }
        let securityText = value("GODSTART_SMTP_SECURITY") ?? "starttls"
        guard let security = SMTPConfiguration.Security(rawValue: securityText.lowercased()) else {
            throw StartupError("GODSTART_SMTP_SECURITY must be starttls, tls or none (it was \(securityText))")
        }
        let port: Int
        if let text = value("GODSTART_SMTP_PORT") {
            guard let number = Int(text), (1...65_535).contains(number) else {
                throw StartupError("GODSTART_SMTP_PORT must be a port number (it was \(text))")
            }
            port = number
        } else {
            port = switch security { case .starttls: 587; case .tls: 465; case .none: 25 }
        }
        guard let from = value("GODSTART_SMTP_FROM"), from.contains("@") else {
            throw StartupError("GODSTART_SMTP_FROM is needed with GODSTART_SMTP_HOST: the sender, for example \"Godstart <godstart@kommune.dk>\"")
        }
        let caFile = value("GODSTART_SMTP_CA_FILE")
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw StartupError("GODSTART_SMTP_CA_FILE cannot be read: \(caFile)")
        }
        if value("GODSTART_SMTP_USERNAME") != nil, security == .none {
            throw StartupError("GODSTART_SMTP_USERNAME is set but GODSTART_SMTP_SECURITY is none: Godstart will not send a password unencrypted")
        }
        settings.smtp = SMTPConfiguration(host: host, port: port, security: security, username: value("GODSTART_SMTP_USERNAME"),
                                          password: environment["GODSTART_SMTP_PASSWORD"], from: from, caFile: caFile)
        return settings
    }
}
