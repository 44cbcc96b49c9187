import Fluent
import Foundation
import GodstartCore
import Vapor

/// One failed sign-in, under the hashed account or network address it came from.
final class SignInFailure: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "failed_at") var failedAt: Date

    var properties: [any AnyProperty] { [$id, $key, $failedAt] }

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.failedAt = at
    }
}

/// The counting behind `SignInThrottle`, shared by every instance through the database.
enum SignInFailures {
    struct Keys {
        let account: String?
        let address: String?
        var all: [String] { [account, address].compactMap { $0 } }
    }

    /// Hashes, so the table holds neither e-mail nor network addresses.
    static func keys(email: String, _ req: Request) -> Keys {
        Keys(account: email.isEmpty ? nil : "account:" + SecretToken.hash(email.lowercased()),
             address: req.clientAddress.map { "address:" + SecretToken.hash($0) })
    }

    /// How long the person must wait before trying again; nil when they may try now.
    static func wait(_ keys: Keys, now: Date, on db: any Database) async throws -> TimeInterval? {
        guard !keys.all.isEmpty else { return nil }
        let recent = try await SignInFailure.query(on: db).filter(\.$key ~~ keys.all)
            .filter(\.$failedAt > now.addingTimeInterval(-SignInThrottle.window)).all()
        let account = keys.account.flatMap { key in
            SignInThrottle.wait(failures: recent.filter { $0.key == key }.map(\.failedAt), limit: SignInThrottle.accountLimit, now: now)
        }
        let address = keys.address.flatMap { key in
            SignInThrottle.wait(failures: recent.filter { $0.key == key }.map(\.failedAt), limit: SignInThrottle.addressLimit, now: now)
        }
        return [account, address].compactMap { $0 }.max()
    }

    static func record(_ keys: Keys, now: Date, on db: any Database) async throws {
        try await keys.all.map { SignInFailure(key: $0, at: now) }.create(on: db)
    }

    /// A successful sign-in clears the account's count (not the address's).
    static func clear(_ keys: Keys, on db: any Database) async throws {
        guard let account = keys.account else { return }
        try await SignInFailure.query(on: db).filter(\.$key == account).delete()
    }

    /// Failures older than the window count for nothing.
    static func prune(now: Date, on db: any Database) async throws {
        try await SignInFailure.query(on: db).filter(\.$failedAt < now.addingTimeInterval(-SignInThrottle.window)).delete()
    }
}
