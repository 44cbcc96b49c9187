/// A name, a title or a unit as people read it in lists and drop-downs: without the invisible
/// characters that change how the text around them reads (a right-to-left override turns
/// "Ida Christensen" around; a zero-width space makes two names that look the same differ), and
/// trimmed. Free text someone writes (notes, a logbook) is kept as written.
public enum VisibleText {
    /// Bidirectional embeddings, overrides and isolates; zero-width spaces, joiners and the word
    /// joiner; the byte-order mark; the soft hyphen.
    static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200B...0x200F, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    public static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isInvisibleFormatting($0) })
        return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
