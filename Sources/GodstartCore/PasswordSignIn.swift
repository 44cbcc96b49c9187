import Foundation

/// How a password sign-in is decided, so that its answer and its cost tell nothing about whether an
/// e-mail address belongs to someone (OWASP ASVS 2.2.1, 3.2.x account enumeration).
///
/// Every attempt runs exactly one password verification: against the account's own hash when the
/// account could sign in with a password now, otherwise against a stand-in hash nobody has (made
/// once with the same hasher). An unknown address, an account without a password, one whose
/// organisation switched passwords off and a throttled attempt therefore cost what a wrong password
/// for a real account costs (bcrypt: about half a second), and give the same answer.
public enum PasswordSignIn {
    /// What is known of the account an address names, if any.
    public struct Account: Equatable, Sendable {
        public var hasPassword: Bool
        /// False when single sign-on is set up and the organisation switched passwords off.
        public var passwordsOn: Bool

        public init(hasPassword: Bool, passwordsOn: Bool) {
            self.hasPassword = hasPassword
            self.passwordsOn = passwordsOn
        }
    }

    public enum Outcome: Equatable, Sendable {
        /// The password is the account's; whether the person may still sign in (employment ended) is the caller's next check.
        case passwordMatched
        /// Too many recent failures: the person waits this long. Says nothing about the account.
        case throttled(wait: TimeInterval)
        case wrongPassword
        case unknownAccount
        /// The organisation signs in through its identity provider only.
        case passwordsOff

        /// Counted towards the throttle: every failure, whatever the account, so an address nobody
        /// has is held back after as many tries as a real one.
        public var countsAsFailure: Bool {
            switch self {
            case .wrongPassword, .unknownAccount, .passwordsOff: true
            case .passwordMatched, .throttled: false
            }
        }
    }

    /// Whether the one verification runs against the account's own hash (else the stand-in).
    public static func checksOwnHash(_ account: Account?, throttled: Bool) -> Bool {
        guard let account, !throttled else { return false }
        return account.hasPassword && account.passwordsOn
    }

    /// The outcome, given the account (nil: nobody has the address), the throttle's wait and
    /// whether the verification matched the account's own hash.
    public static func outcome(_ account: Account?, throttleWait: TimeInterval?, ownHashMatched: Bool) -> Outcome {
        if let throttleWait { return .throttled(wait: throttleWait) }
        guard let account else { return .unknownAccount }
        guard account.passwordsOn else { return .passwordsOff }
        return ownHashMatched && checksOwnHash(account, throttled: false) ? .passwordMatched : .wrongPassword
    }
}
