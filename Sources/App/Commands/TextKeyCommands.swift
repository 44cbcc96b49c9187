import Crypto
import Fluent
import Vapor

/// `godstart new-text-key`: prints a fresh key for GODSTART_TEXT_KEYS or a key file.
struct NewTextKeyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Prints a new key for encrypting the private texts (base64 of 32 random bytes)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        context.console.print(TextKeys.encoded(SymmetricKey(size: .bits256)))
    }
}

/// `godstart rotate-text-key`: seals every private text under a new key.
///
/// With a key file (the default beside a SQLite database, or GODSTART_TEXT_KEY_FILE) the command
/// makes the new key, puts it first in the file, seals everything under it and then leaves only
/// the new key in the file. With GODSTART_TEXT_KEYS the operator puts the new key first (keeping
/// the old one after it), runs the command, and then removes the old key.
struct RotateTextKeyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Encrypts every private text under a new key (see the README, 'Encryption at rest')." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var keys = app.settings.textKeys
        try await app.autoMigrate()
        try await SealingCheck.verify(on: app.db)
        if let file = keys.file {
            let fresh = SymmetricKey(size: .bits256)
            try TextKeys.write([fresh] + keys.all, to: file, replacing: true)
            keys = TextKeys([fresh] + keys.all, file: file)
            TextSealing.use(keys)
        }
        let written = try await app.db.transaction { db in
            let written = try await SealedTexts.resealAll(on: db)
            try await SealingCheck.moveToCurrentKey(on: db)
            return written
        }
        if let file = keys.file {
            try TextKeys.write([keys.current], to: file, replacing: true)
            context.console.info("Sealed \(written) rows under the new key \(keys.currentID); \(file) now holds only that key.")
        } else {
            context.console.info("Sealed \(written) rows under key \(keys.currentID), the first in GODSTART_TEXT_KEYS. The other keys can now be removed.")
        }
    }
}
