import Vapor
import Foundation

/// Secrets handed out in links and to other systems (a new hire's welcome link, a calendar
/// address, an API token): random, URL-safe, and kept only as a SHA-256 hash.
enum SecretToken {
    static func make(prefix: String = "") -> String {
        prefix + [UInt8].random(count: 32).base64URLEncoded()
    }

    static func hash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
