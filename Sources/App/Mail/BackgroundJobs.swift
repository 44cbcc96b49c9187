import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The background work of a serving instance: the mail worker, the reminder run and handing freed
/// memory back (`FreedMemory`), each a loop started when the server has booted and stopped when it
/// shuts down. Every instance runs them; the database shares the mail work out (`MailWorker`,
/// `ReminderJob`).
public final class BackgroundJobs: LifecycleHandler, Sendable {
    public init() {}

    private let tasks = NIOLockedValueBox<[Task<Void, Never>]>([])

    public func didBootAsync(_ app: Application) async throws {
        let mail = app.settings.mail
        let worker = Task {
            while !Task.isCancelled {
                await MailWorker.runOnce(app)
                try? await Task.sleep(nanoseconds: UInt64(mail.pollInterval * 1_000_000_000))
            }
        }
        let reminders = Task {
            while !Task.isCancelled {
                await ReminderJob.run(app)
                try? await Task.sleep(nanoseconds: UInt64(mail.reminderInterval * 1_000_000_000))
            }
        }
        let memory = Task {
            while !Task.isCancelled {
                FreedMemory.giveBack()
                try? await Task.sleep(for: FreedMemory.interval)
            }
        }
        tasks.withLockedValue { $0 = [worker, reminders, memory] }
        if let smtp = mail.smtp {
            app.logger.notice("Mail is sent through \(smtp.host):\(smtp.port) (\(smtp.security.rawValue))")
            if smtp.security == .none, !["127.0.0.1", "::1", "localhost"].contains(smtp.host) {
                app.logger.warning("GODSTART_SMTP_SECURITY is none for a mail server on another machine: mail crosses the network unencrypted")
            }
        } else {
            app.logger.notice("No mail server is set up (GODSTART_SMTP_HOST): mail waits in the administrator's outbox page")
        }
        app.logger.notice("Links in mails open \(mail.publicURL)\(mail.publicURLIsSet ? "" : " (the address served; GODSTART_PUBLIC_URL sets another)")")
    }

    public func shutdownAsync(_ app: Application) async {
        let running = tasks.withLockedValue { tasks in
            defer { tasks = [] }
            return tasks
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}
