import Foundation

/// How Godstart slows down guessing passwords (NIST SP 800-63B 5.2.2, OWASP ASVS 2.2.1): failed
/// sign-ins are counted per account and per address within a window; past a limit, sign-in is
/// refused for a wait that doubles with every further failure, up to the window itself. A success
/// clears the account's count. Nothing is locked for good, so an attacker cannot shut someone out
/// for long, and guessing is held to a few dozen tries an hour.
public enum SignInThrottle {
    /// Failures counted within this window.
    public static let window: TimeInterval = 15 * 60
    /// Failures an account may have in the window before it waits.
    public static let accountLimit = 5
    /// Failures one address may cause in the window (a person mistyping on a shared office
    /// connection stays far below this).
    public static let addressLimit = 30
    public static let longestWait: TimeInterval = window

    /// How long to wait from `now` before the next attempt, given the times of recent failures; nil
    /// when an attempt may be made now.
    public static func wait(failures: [Date], limit: Int, now: Date) -> TimeInterval? {
        let recent = failures.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= limit, let last = recent.last else { return nil }
        let doublings = min(recent.count - limit, 6)
        let wait = min(60 * pow(2, Double(doublings)), longestWait)
        let until = last.addingTimeInterval(wait)
        return until > now ? until.timeIntervalSince(now) : nil
    }

    /// Whole minutes to tell the person, at least 1.
    public static func minutes(_ wait: TimeInterval) -> Int { max(1, Int((wait / 60).rounded(.up))) }
}
