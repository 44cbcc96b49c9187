import Foundation
import GodstartCore
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// Where and how to send mail, from configuration (`GODSTART_SMTP_*`).
struct SMTPConfiguration: Sendable, Equatable {
    enum Security: String, Sendable, Equatable {
        /// Plain connection upgraded with STARTTLS before login (port 587). Refuses a server without it.
        case starttls
        /// TLS from the first byte (port 465).
        case tls
        /// No encryption: only for a relay on the same machine or in tests.
        case none
    }

    var host: String
    var port: Int
    var security: Security
    var username: String?
    var password: String?
    /// The From header: "Godstart <godstart@kommune.dk>".
    var from: String
    /// Extra certificate authorities to trust (PEM), for a municipality's own CA.
    var caFile: String?
    /// The name this instance gives in EHLO.
    var heloName: String = "godstart.localdomain"
    var timeout: TimeAmount = .seconds(30)
}

/// What went wrong while sending; its text is what the outbox page shows. It carries the server's
/// reply, never the message.
struct SMTPError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }

    static func from(_ error: any Error) -> SMTPError {
        error as? SMTPError ?? SMTPError("\(error)")
    }
}

/// A small SMTP client (RFC 5321) over SwiftNIO: EHLO, STARTTLS (RFC 3207), AUTH PLAIN or LOGIN
/// (RFC 4954), one or more messages per connection, QUIT.
struct SMTPClient: Sendable {
    let configuration: SMTPConfiguration
    let group: any EventLoopGroup

    /// Sends the messages over one connection; each result says whether that message was accepted.
    /// It never throws: a message the server did not accept is a failure in its place, and those
    /// before it stay sent.
    func send(_ messages: [MailMessage]) async -> [Result<Void, SMTPError>] {
        let session: SMTPSession
        do {
            session = try await SMTPSession.open(configuration, group: group)
        } catch {
            let failure = SMTPError.from(error)
            return messages.map { _ in .failure(failure) }
        }
        var results: [Result<Void, SMTPError>] = []
        for message in messages {
            guard session.isOpen else {
                results.append(.failure(SMTPError("the server closed the connection before this message")))
                continue
            }
            do {
                try await session.deliver(message)
                results.append(.success(()))
            } catch {
                results.append(.failure(SMTPError.from(error)))
                if session.isOpen { _ = try? await session.command("RSET", expect: [250]) }
            }
        }
        if session.isOpen { _ = try? await session.command("QUIT", expect: [221]) }
        await session.close()
        return results
    }
}

/// One connection to the server.
final class SMTPSession: Sendable {
    let channel: any Channel
    let replies: SMTPReplyHandler
    let configuration: SMTPConfiguration

    private init(channel: any Channel, replies: SMTPReplyHandler, configuration: SMTPConfiguration) {
        self.channel = channel
        self.replies = replies
        self.configuration = configuration
    }

    var isOpen: Bool { channel.isActive }

    static func open(_ configuration: SMTPConfiguration, group: any EventLoopGroup) async throws -> SMTPSession {
        let replies = SMTPReplyHandler()
        let tls = configuration.security == .tls ? try tlsContext(configuration) : nil
        let host = configuration.host
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(configuration.timeout)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let tls {
                            try channel.pipeline.syncOperations.addHandler(
                                try NIOSSLClientHandler(context: tls, serverHostname: serverName(host)))
                        }
                        try channel.pipeline.syncOperations.addHandler(replies)
                    }
                }
                .connect(host: configuration.host, port: configuration.port).get()
        } catch {
            throw SMTPError("could not connect to \(configuration.host):\(configuration.port) (\(error))")
        }
        // However the server behaves, the connection ends after this long.
        let deadline = channel.eventLoop.scheduleTask(in: configuration.timeout * 4) { channel.close(promise: nil) }
        channel.closeFuture.whenComplete { _ in deadline.cancel() }
        let session = SMTPSession(channel: channel, replies: replies, configuration: configuration)
        do {
            try await session.expect([220])
            var capabilities = try await session.hello()
            if configuration.security == .starttls {
                guard capabilities.contains(where: { $0.uppercased() == "STARTTLS" }) else {
                    throw SMTPError("the server does not offer STARTTLS, and Godstart will not send a password or mail unencrypted")
                }
                try await session.command("STARTTLS", expect: [220])
                // Nothing may have arrived in plain text after the go-ahead: a reply slipped in
                // there would be taken for the encrypted server's.
                guard replies.isIdle else { throw SMTPError("the server sent more than its STARTTLS reply; the connection was ended") }
                let context = try tlsContext(configuration)
                try await channel.eventLoop.submit {
                    try channel.pipeline.syncOperations.addHandler(
                        try NIOSSLClientHandler(context: context, serverHostname: serverName(host)), position: .first)
                }.get()
                capabilities = try await session.hello()
            }
            if let username = configuration.username, !username.isEmpty {
                try await session.logIn(username: username, password: configuration.password ?? "", capabilities: capabilities)
            }
        } catch {
            await session.close()
            throw error
        }
        return session
    }

    /// SNI carries a name, never an address.
    private static func serverName(_ host: String) -> String? {
        host.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) ? nil : host
    }

    private static func tlsContext(_ configuration: SMTPConfiguration) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let caFile = configuration.caFile {
            tls.additionalTrustRoots = [.file(caFile)]
        }
        do {
            return try NIOSSLContext(configuration: tls)
        } catch {
            throw SMTPError("the TLS set-up failed (\(error))")
        }
    }

    /// EHLO; returns the extensions the server offers (the first word of each line after the greeting).
    private func hello() async throws -> [String] {
        let reply = try await command("EHLO \(configuration.heloName)", expect: [250])
        return reply.lines.dropFirst().map { String($0.split(separator: " ").first ?? "") }
    }

    private func logIn(username: String, password: String, capabilities: [String]) async throws {
        let auth = capabilities.first { $0.uppercased() == "AUTH" } != nil
        let mechanisms = try await authMechanisms()
        guard auth || !mechanisms.isEmpty else { throw SMTPError("the server does not accept a login (no AUTH)") }
        if mechanisms.isEmpty || mechanisms.contains("PLAIN") {
            let token = Data("\u{0}\(username)\u{0}\(password)".utf8).base64EncodedString()
            try await command("AUTH PLAIN \(token)", expect: [235], secret: true)
        } else {
            try await command("AUTH LOGIN", expect: [334])
            try await command(Data(username.utf8).base64EncodedString(), expect: [334], secret: true)
            try await command(Data(password.utf8).base64EncodedString(), expect: [235], secret: true)
        }
    }

    private func authMechanisms() async throws -> Set<String> {
        let line = replies.lastHello.withLockedValue { $0 }.first { $0.uppercased().hasPrefix("AUTH") } ?? ""
        return Set(line.uppercased().split(separator: " ").dropFirst().map(String.init))
    }

    func deliver(_ message: MailMessage) async throws {
        for address in [message.from, message.to] where address.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw SMTPError("an address holds a control character and was not sent")
        }
        try await command("MAIL FROM:<\(MailMessage.address(of: message.from))>", expect: [250])
        try await command("RCPT TO:<\(MailMessage.address(of: message.to))>", expect: [250, 251])
        try await command("DATA", expect: [354])
        try await write(message.smtpData)
        try await expect([250])
    }

    @discardableResult
    func command(_ line: String, expect codes: Set<Int>, secret: Bool = false) async throws -> SMTPReply {
        try await write(line + "\r\n")
        let reply = try await next()
        guard codes.contains(reply.code) else {
            let said = secret ? "AUTH" : String(line.prefix(4))
            throw SMTPError("the server answered \(said) with \(reply.code) \(reply.text)")
        }
        if line.hasPrefix("EHLO") { replies.lastHello.withLockedValue { $0 = reply.lines } }
        return reply
    }

    private func expect(_ codes: Set<Int>) async throws {
        let reply = try await next()
        guard codes.contains(reply.code) else { throw SMTPError("the server answered \(reply.code) \(reply.text)") }
    }

    private func write(_ text: String) async throws {
        do {
            try await channel.writeAndFlush(channel.allocator.buffer(string: text))
        } catch {
            throw SMTPError("the connection broke (\(error))")
        }
    }

    private func next() async throws -> SMTPReply {
        try await replies.next(on: channel.eventLoop).get()
    }

    func close() async {
        try? await channel.close()
    }
}

/// One reply: its code and its lines (without the code).
struct SMTPReply: Sendable {
    let code: Int
    let lines: [String]
    var text: String { lines.joined(separator: " ").prefix(300).description }
}

/// Reads replies off the connection (multi-line ones joined) and hands them out in order.
final class SMTPReplyHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    private struct State {
        var partial = ""
        var lines: [String] = []
        var ready: [SMTPReply] = []
        var waiting: [EventLoopPromise<SMTPReply>] = []
        var closed: SMTPError?
    }

    private let state = NIOLockedValueBox(State())
    /// The lines of the last EHLO reply, for the AUTH mechanisms.
    let lastHello = NIOLockedValueBox<[String]>([])

    /// Nothing received and not yet handed out.
    var isIdle: Bool {
        state.withLockedValue { $0.ready.isEmpty && $0.partial.isEmpty && $0.lines.isEmpty }
    }

    func next(on loop: any EventLoop) -> EventLoopFuture<SMTPReply> {
        let promise = loop.makePromise(of: SMTPReply.self)
        let outcome: Result<SMTPReply, SMTPError>? = state.withLockedValue { state in
            if !state.ready.isEmpty { return .success(state.ready.removeFirst()) }
            if let closed = state.closed { return .failure(closed) }
            state.waiting.append(promise)
            return nil
        }
        if let outcome { promise.completeWith(outcome.mapError { $0 as any Error }) }
        return promise.futureResult
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        let chunk = buffer.readString(length: buffer.readableBytes) ?? ""
        let delivered: [(EventLoopPromise<SMTPReply>, SMTPReply)] = state.withLockedValue { state in
            state.partial += chunk
            var out: [(EventLoopPromise<SMTPReply>, SMTPReply)] = []
            while let end = state.partial.range(of: "\r\n") ?? state.partial.range(of: "\n") {
                let line = String(state.partial[..<end.lowerBound])
                state.partial.removeSubrange(..<end.upperBound)
                guard line.count >= 3, let code = Int(line.prefix(3)) else { continue }
                state.lines.append(line.count > 4 ? String(line.dropFirst(4)) : "")
                let continues = line.count > 3 && line[line.index(line.startIndex, offsetBy: 3)] == "-"
                guard !continues else { continue }
                let reply = SMTPReply(code: code, lines: state.lines)
                state.lines = []
                if state.waiting.isEmpty { state.ready.append(reply) } else { out.append((state.waiting.removeFirst(), reply)) }
            }
            return out
        }
        for (promise, reply) in delivered { promise.succeed(reply) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(SMTPError("the server closed the connection"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(SMTPError("the connection failed (\(error))"))
        context.close(promise: nil)
    }

    private func fail(_ error: SMTPError) {
        let waiting = state.withLockedValue { state -> [EventLoopPromise<SMTPReply>] in
            if state.closed == nil { state.closed = error }
            defer { state.waiting = [] }
            return state.waiting
        }
        for promise in waiting { promise.fail(error) }
    }
}
