import Foundation

/// What a chosen password must be (NIST SP 800-63B 5.1.1.2): long enough, not absurdly long, not
/// one everybody guesses first, and not the person's own name or address. No rules about which
/// kinds of characters it holds, and every character (spaces, Danish and Swedish letters) counts.
public enum PasswordRules {
    public static let minimumLength = 12
    public static let maximumLength = 200

    public enum Problem: Equatable, Sendable {
        case tooShort, tooLong, common, personal
    }

    /// Passwords attackers try first: the commonest of the public breach lists, and the words a
    /// Danish or Swedish municipality's staff reach for. Compared without case, spaces and a
    /// trailing year or digits.
    static let common: Set<String> = [
        "password", "passw0rd", "password1", "qwerty", "qwertyuiop", "asdfghjkl", "abc123", "letmein", "welcome", "iloveyou",
        "admin", "administrator", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "master", "shadow",
        "starwars", "trustno1", "whatever", "superman", "hello", "login", "secret", "changeme", "default", "test",
        "adgangskode", "kodeord", "hemmelig", "velkommen", "sommer", "vinter", "foraar", "forår", "efteraar", "efterår",
        "kommune", "kommunen", "socialraadgiver", "socialrådgiver", "godstart", "danmark", "kobenhavn", "københavn",
        "losenord", "lösenord", "hemligt", "valkommen", "välkommen", "sommar", "vinter", "varen", "våren", "hosten", "hösten",
        "sverige", "stockholm", "socialsekreterare", "mentor", "kontaktperson", "introduktion",
    ]

    public static func problem(_ password: String, email: String, name: String) -> Problem? {
        guard password.count >= minimumLength else { return .tooShort }
        guard password.count <= maximumLength else { return .tooLong }
        let key = normalised(password)
        if key.isEmpty || common.contains(key) || Set(key).count <= 2 || isSequence(key) { return .common }
        let personal = [email.split(separator: "@").first.map(String.init) ?? ""] + name.split(separator: " ").map(String.init)
        if personal.map(normalised).contains(where: { $0.count >= 3 && key == $0 }) || normalised(email) == key { return .personal }
        return nil
    }

    /// Lower-cased, without spaces, and without digits at the end ("Sommer2026!" is "sommer").
    static func normalised(_ text: String) -> String {
        var key = text.lowercased().filter { !$0.isWhitespace }
        while let last = key.last, last.isNumber || "!?.#*".contains(last) { key.removeLast() }
        return key
    }

    /// "abcdefghij", "1234567890", "0987654321".
    static func isSequence(_ key: String) -> Bool {
        let scalars = key.unicodeScalars.map(\.value)
        guard scalars.count >= 4 else { return false }
        let steps = Set(zip(scalars, scalars.dropFirst()).map { Int($1) - Int($0) })
        return steps == [1] || steps == [-1]
    }
}
