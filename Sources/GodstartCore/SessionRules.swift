import Foundation

/// How long a sign-in lasts (NIST SP 800-63B AAL2, OWASP ASVS 3.3.2): at most 12 hours from signing
/// in, and 30 minutes without a request. Whatever was being written when a session ran out comes
/// back after signing in again, so a long journal is never lost to the clock.
public enum SessionRules {
    public static let absoluteLimit: TimeInterval = 12 * 3600
    public static let idleLimit: TimeInterval = 30 * 60
    /// The last request's time is written to the session at most this often.
    public static let touchInterval: TimeInterval = 60
    /// A stored session not written for this long is deleted. A signed-in one ended long before
    /// (idle for more than `idleLimit`); a signed-out one holds at most text kept for its writer,
    /// which waits no longer than this (`KeptTextRules`), and where its person was going. Pages
    /// shown to someone signed out, the sign-in page's form included, store no session at all.
    public static let storedFor: TimeInterval = KeptTextRules.waitsFor

    public enum Verdict: Equatable, Sendable { case valid, touch, expired }

    public static func verdict(signedInAt: Date, seenAt: Date, now: Date) -> Verdict {
        if now.timeIntervalSince(signedInAt) > absoluteLimit || now.timeIntervalSince(seenAt) > idleLimit { return .expired }
        return now.timeIntervalSince(seenAt) > touchInterval ? .touch : .valid
    }
}
