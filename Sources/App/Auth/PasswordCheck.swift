import NIOConcurrencyHelpers
import Vapor

/// The one password verification every sign-in attempt runs (`PasswordSignIn`): against the
/// account's own hash, or against a stand-in hash of a random password, made once per instance with
/// the app's hasher, so the two cost the same.
final class PasswordCheck: Sendable {
    private let standIn = NIOLockedValueBox<String?>(nil)

    /// Whether `password` matches `ownHash`; with no own hash, the stand-in is verified instead and
    /// the answer is false.
    func verify(_ password: String, ownHash: String?, _ req: Request) async throws -> Bool {
        let hash: String
        if let ownHash {
            hash = ownHash
        } else {
            hash = try await standInHash(req)
        }
        let matched = (try? await req.password.async.verify(password, created: hash)) ?? false
        return ownHash != nil && matched
    }

    private func standInHash(_ req: Request) async throws -> String {
        if let made = standIn.withLockedValue({ $0 }) { return made }
        let made = try await req.password.async.hash(SecretToken.make())
        standIn.withLockedValue { $0 = $0 ?? made }
        return standIn.withLockedValue { $0 ?? made }
    }
}

extension Application {
    private struct PasswordCheckKey: StorageKey { typealias Value = PasswordCheck }

    /// Made in `configure`, before any request.
    var passwordCheck: PasswordCheck {
        get {
            guard let check = storage[PasswordCheckKey.self] else { fatalError("configure(_:settings:) has not run") }
            return check
        }
        set { storage[PasswordCheckKey.self] = newValue }
    }
}
