import Crypto
import Foundation
import Logging
import NIOConcurrencyHelpers

/// Encrypts the private texts where they are stored (issue 8, item 2), with AES-GCM under the
/// current `TextKeys` key, so a copy of the database file or a dump does not reveal them.
///
/// A stored value reads `gs1.<key id>.<base64 of nonce, ciphertext and tag>`. The models keep the
/// stored value in a `sealed…` field and offer the text through a computed property, so the rest
/// of the app reads and writes plain text. A value without the prefix (written before encryption,
/// or an empty text) is read as it is; M032 and `godstart rotate-text-key` seal such values.
///
/// The keys are process-wide: Fluent decodes models without any context to carry them, and one
/// process serves one database. `configure` sets them before anything is read.
public enum TextSealing {
    static let prefix = "gs1."
    private static let keys = NIOLockedValueBox<TextKeys?>(nil)
    private static let logger = Logger(label: "godstart.sealing")

    static func use(_ textKeys: TextKeys) { keys.withLockedValue { $0 = textKeys } }

    static var current: TextKeys {
        guard let textKeys = keys.withLockedValue({ $0 }) else { fatalError("TextSealing.use has not run (configure sets it)") }
        return textKeys
    }

    /// The stored form of a text. An empty text stays empty: its length would tell as much.
    static func seal(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        let keys = current
        // AES-GCM with a random 96-bit nonce; `combined` is always present for that nonce size.
        let box = try! AES.GCM.seal(Data(text.utf8), using: keys.current)
        return prefix + keys.currentID + "." + box.combined!.base64EncodedString()
    }

    static func seal(_ text: String?) -> String? { text.map(seal) }

    static func seal(_ texts: [String: String]) -> [String: String] { texts.mapValues(seal) }

    /// The text of a stored value. A value no configured key opens (a key removed too early, a
    /// damaged value) reads as a marker and is logged, without its content.
    static func open(_ stored: String) -> String {
        guard stored.hasPrefix(prefix) else { return stored }
        let parts = stored.dropFirst(prefix.count).split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let key = current.byID[String(parts[0])],
              let data = Data(base64Encoded: String(parts[1])),
              let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: key) else {
            logger.error("a private text could not be opened (key \(parts.first.map(String.init) ?? "?") is not configured, or the value is damaged)")
            return unreadable
        }
        return String(decoding: plain, as: UTF8.self)
    }

    static func open(_ stored: String?) -> String? { stored.map(open) }

    static func open(_ stored: [String: String]) -> [String: String] { stored.mapValues(open) }

    static let unreadable = "⚠ [—]"

    /// Whether a configured key opens a stored value (a value without the prefix is plain text).
    static func canOpen(_ stored: String) -> Bool {
        guard stored.hasPrefix(prefix) else { return true }
        let parts = stored.dropFirst(prefix.count).split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let key = current.byID[String(parts[0])], let data = Data(base64Encoded: String(parts[1])),
              let box = try? AES.GCM.SealedBox(combined: data) else { return false }
        return (try? AES.GCM.open(box, using: key)) != nil
    }

    /// Whether a stored value is sealed under the current key (empty counts as sealed).
    static func isCurrent(_ stored: String) -> Bool {
        stored.isEmpty || stored.hasPrefix(prefix + current.currentID + ".")
    }
}
