import Foundation

/// How the outbox retries: a failed message waits longer after each attempt, and is given up after
/// `maximumAttempts` (it stays in the outbox, marked failed, and can be sent again by hand).
public enum OutboxRules {
    public static let maximumAttempts = 8
    /// The longest wait between two attempts.
    public static let longestWait: TimeInterval = 6 * 3600
    /// How long a worker holds a message it is sending before another may take it over (a worker
    /// that dies mid-send gives it back this way).
    public static let claimLease: TimeInterval = 300
    /// Sent messages are kept this long for the administrator to look up, then deleted.
    public static let keepSentForDays = 90

    /// The wait after `attempts` failed attempts: base, 2 x base, 4 x base ... up to `longestWait`.
    public static func wait(afterAttempts attempts: Int, base: TimeInterval) -> TimeInterval {
        let doublings = min(max(attempts - 1, 0), 20)
        return min(base * pow(2, Double(doublings)), longestWait)
    }

    /// After a failure: when to try again, or nil when the message is given up.
    public static func nextAttempt(afterAttempts attempts: Int, failedAt now: Date, base: TimeInterval) -> Date? {
        attempts >= maximumAttempts ? nil : now.addingTimeInterval(wait(afterAttempts: attempts, base: base))
    }
}
