import NIOConcurrencyHelpers
import Vapor

/// The last readiness answer and when it was given, kept for `Readiness.keptFor`.
final class Readiness: Sendable {
    /// How long an answer stands (issue 24: /readyz at most one cheap read a second).
    static let keptFor: UInt64 = 1_000_000_000

    private let last = NIOLockedValueBox<(at: UInt64, status: HTTPStatus, text: String)?>(nil)

    func answer(at now: UInt64) -> (status: HTTPStatus, text: String)? {
        last.withLockedValue { kept in
            guard let kept, now >= kept.at, now - kept.at < Self.keptFor else { return nil }
            return (kept.status, kept.text)
        }
    }

    func keep(status: HTTPStatus, text: String, at now: UInt64) {
        last.withLockedValue { $0 = (now, status, text) }
    }
}

extension Application {
    private struct ReadinessKey: StorageKey { typealias Value = Readiness }

    /// Made in `configure`, before requests are served; read by every request after.
    var readiness: Readiness {
        if let readiness = storage[ReadinessKey.self] { return readiness }
        let readiness = Readiness()
        storage[ReadinessKey.self] = readiness
        return readiness
    }
}
