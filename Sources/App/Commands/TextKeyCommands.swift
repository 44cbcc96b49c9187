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

/// `godstart rotate-text-key`: seals every private text under a new key, in two steps, because
/// instances that are still running keep the key they started with and seal new texts under it.
///
/// 1. `godstart rotate-text-key`: with a key file, a new key goes first in the file and the old
///    ones stay after it; with GODSTART_TEXT_KEYS the operator has put the new key first. Every
///    text is sealed under the first key.
/// 2. Restart every instance, then `godstart rotate-text-key --forget-old-keys`: what a running
///    instance sealed under an old key in between is sealed again, and the key file keeps only the
///    current key (with GODSTART_TEXT_KEYS the operator removes the old ones).
///
/// A text no configured key opens stops the command before anything is written.
struct RotateTextKeyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "forget-old-keys", help: "After every instance has restarted: seal again and keep only the current key")
        var forgetOldKeys: Bool
    }

    var help: String { "Encrypts every private text under a new key (see the README, 'Encryption at rest')." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var keys = app.settings.textKeys
        try await app.autoMigrate()
        try await SealingCheck.verify(on: app.db)
        if let file = keys.file, !signature.forgetOldKeys {
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
        context.console.info("Sealed \(written) rows under key \(keys.currentID).")
        guard signature.forgetOldKeys else {
            context.console.info("Restart every instance, then run 'godstart rotate-text-key --forget-old-keys' to drop the old keys.")
            return
        }
        if let file = keys.file {
            try TextKeys.write([keys.current], to: file, replacing: true)
            context.console.info("\(file) now holds only key \(keys.currentID).")
        } else {
            context.console.info("Only key \(keys.currentID), the first in GODSTART_TEXT_KEYS, is in use; remove the others.")
        }
    }
}
