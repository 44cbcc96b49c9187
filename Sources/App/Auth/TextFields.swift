/// Reading a form of free-text fields keyed by an enum: trimmed, empty ones left out, and an
/// error for each one longer than allowed (its text is kept, so nothing typed is lost).
enum TextFields {
    static func read<Key: RawRepresentable & Hashable>(
        _ keys: [Key], from fields: [String: String], maximum: Int, tooLong: String
    ) -> (texts: [Key: String], errors: [Key: String]) where Key.RawValue == String {
        var texts: [Key: String] = [:]
        var errors: [Key: String] = [:]
        for key in keys {
            let typed = fields[key.rawValue] ?? ""
            let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.count > maximum { errors[key] = tooLong }
            if !text.isEmpty { texts[key] = errors[key] == nil ? text : typed }
        }
        return (texts, errors)
    }
}
