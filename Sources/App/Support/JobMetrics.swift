import NIOConcurrencyHelpers
import Vapor

/// What the background jobs did, for /metrics: mail sent, and failures by job.
final class JobMetrics: Sendable {
    enum Job: String, CaseIterable { case mail, reminders }

    private struct Counts {
        var sent = 0
        var failures: [Job: Int] = [:]
    }

    private let counts = NIOLockedValueBox(Counts())

    func sent(_ count: Int) { counts.withLockedValue { $0.sent += count } }
    func failed(_ job: Job) { counts.withLockedValue { $0.failures[job, default: 0] += 1 } }

    /// The counters in Prometheus' text format, plus the outbox's depth.
    func text(waiting: Int, failed: Int) -> String {
        let snapshot = counts.withLockedValue { $0 }
        var lines = ["# HELP godstart_mail_sent_total Mails the mail server accepted from this instance.",
                     "# TYPE godstart_mail_sent_total counter",
                     "godstart_mail_sent_total \(snapshot.sent)",
                     "# HELP godstart_job_failures_total Failed runs of background work: a mail not accepted, a reminder run that stopped.",
                     "# TYPE godstart_job_failures_total counter"]
        lines += Job.allCases.map { "godstart_job_failures_total{job=\"\($0.rawValue)\"} \(snapshot.failures[$0] ?? 0)" }
        lines += ["# HELP godstart_outbox_waiting Mails waiting in the outbox to be sent.",
                  "# TYPE godstart_outbox_waiting gauge",
                  "godstart_outbox_waiting \(waiting)",
                  "# HELP godstart_outbox_failed Mails given up after every attempt, waiting for the administrator.",
                  "# TYPE godstart_outbox_failed gauge",
                  "godstart_outbox_failed \(failed)"]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Application {
    private struct JobMetricsKey: StorageKey { typealias Value = JobMetrics }

    /// Made in `configure`, before any request or job runs.
    var jobMetrics: JobMetrics {
        if let metrics = storage[JobMetricsKey.self] { return metrics }
        let metrics = JobMetrics()
        storage[JobMetricsKey.self] = metrics
        return metrics
    }
}
