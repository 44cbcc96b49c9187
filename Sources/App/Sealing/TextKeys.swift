import Crypto
import Foundation

/// The keys the private texts are encrypted with (issue 8): the first seals, every one opens, so a
/// key can be replaced without losing what the old one sealed (`godstart rotate-text-key`).
public struct TextKeys: Sendable {
    public let current: SymmetricKey
    /// Every key by its id, the current one included.
    let byID: [String: SymmetricKey]
    private let ordered: [SymmetricKey]
    /// The file the keys came from, if any: rotation writes the new key there.
    public let file: String?

    public init(_ keys: [SymmetricKey], file: String? = nil) {
        precondition(!keys.isEmpty)
        current = keys[0]
        ordered = keys
        byID = Dictionary(keys.map { (Self.id(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        self.file = file
    }

    public var currentID: String { Self.id(of: current) }

    /// Every key, the current one first (the order they were given in).
    var all: [SymmetricKey] { ordered }

    /// A fresh key held only in memory (tests, an in-memory database).
    public static func generated() -> TextKeys { TextKeys([SymmetricKey(size: .bits256)]) }

    /// A short, stable name for a key: the start of its SHA-256, never the key.
    static func id(of key: SymmetricKey) -> String {
        key.withUnsafeBytes { SHA256.hash(data: Data($0)) }.prefix(4).map { String(format: "%02x", $0) }.joined()
    }

    static func encoded(_ key: SymmetricKey) -> String { key.withUnsafeBytes { Data($0).base64EncodedString() } }

    /// Keys written as base64 of 32 bytes, separated by commas, spaces or lines; the first is current.
    static func parse(_ text: String, from source: String) throws -> [SymmetricKey] {
        let words = text.split(whereSeparator: { $0 == "," || $0.isWhitespace || $0.isNewline })
        let keys = try words.map { word -> SymmetricKey in
            guard let data = Data(base64Encoded: String(word)), data.count == 32 else {
                throw StartupError("\(source) must hold keys of 32 bytes in base64 (make one with: godstart new-text-key)")
            }
            return SymmetricKey(data: data)
        }
        guard !keys.isEmpty else { throw StartupError("\(source) holds no key (make one with: godstart new-text-key)") }
        return keys
    }

    /// The keys from `GODSTART_TEXT_KEYS` or `GODSTART_TEXT_KEY_FILE`; without either, a key file
    /// beside a SQLite database (made on first start) or, for a demo on PostgreSQL, in the working
    /// folder. PostgreSQL in earnest needs a key from configuration, kept apart from the database.
    static func from(environment: [String: String], database: DatabaseChoice, demo: Bool) throws -> TextKeys {
        if let text = environment["GODSTART_TEXT_KEYS"], !text.isEmpty {
            return TextKeys(try parse(text, from: "GODSTART_TEXT_KEYS"))
        }
        if let path = environment["GODSTART_TEXT_KEY_FILE"], !path.isEmpty {
            return try fromFile(path, create: false)
        }
        switch database {
        case .sqliteMemory: return generated()
        case .sqliteFile(let path): return try fromFile(keyFile(besides: path), create: true)
        case .postgres:
            guard demo else {
                throw StartupError("PostgreSQL needs GODSTART_TEXT_KEYS or GODSTART_TEXT_KEY_FILE: the private texts are encrypted with it (make a key with: godstart new-text-key)")
            }
            return try fromFile("godstart-demo.key", create: true)
        }
    }

    /// `godstart.sqlite` → `godstart.key`.
    static func keyFile(besides database: String) -> String {
        let url = URL(fileURLWithPath: database)
        return url.deletingPathExtension().appendingPathExtension("key").path
    }

    static func fromFile(_ path: String, create: Bool) throws -> TextKeys {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw StartupError("GODSTART_TEXT_KEY_FILE names a file that does not exist: \(path)") }
            try write([SymmetricKey(size: .bits256)], to: path, replacing: false)
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw StartupError("The key file cannot be read: \(path)")
        }
        if let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
           permissions & 0o077 != 0 {
            throw StartupError("The key file can be read by others; allow only its owner (chmod 600 \(path))")
        }
        return TextKeys(try parse(text, from: path), file: path)
    }

    /// Writes keys to a file only its owner can read, whole or not at all: the keys go to a
    /// temporary file first, which is then linked into place (a new file: two instances starting
    /// at once keep the first one's key) or renamed over the old one (rotation).
    static func write(_ keys: [SymmetricKey], to path: String, replacing: Bool) throws {
        let text = keys.map(encoded).joined(separator: "\n") + "\n"
        let temporary = path + ".new.\(getpid())"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw StartupError("The key file cannot be written: \(temporary)") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        fsync(descriptor)
        close(descriptor)
        defer { unlink(temporary) }
        guard written == bytes.count else { throw StartupError("The key file could not be written whole: \(temporary)") }
        if replacing {
            guard rename(temporary, path) == 0 else { throw StartupError("The key file could not be replaced: \(path)") }
        } else if link(temporary, path) != 0 && errno != EEXIST {
            throw StartupError("The key file cannot be written: \(path)")
        }
    }
}
