import Vapor
import Foundation

/// Secrets handed out in links and to other systems (a new hire's welcome link, a calendar
/// address, an API token): random, URL-safe, and kept only as a SHA-256 hash.
enum SecretToken {
    static func make(prefix: String = "") -> String {
        prefix + [UInt8].random(count: 32).base64URLEncoded()
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
