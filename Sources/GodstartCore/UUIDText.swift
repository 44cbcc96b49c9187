import Foundation

/// Reads a UUID from its 36 characters (`8-4-4-4-12` hexadecimal digits, either case) without
/// Foundation's parser, which on Linux goes through `sscanf`: reading the ids of a list's rows that
/// way was an eighth of the coordinator's overview (issue 24).
public enum UUIDText {
    public static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { utf8 -> UUID? in
            guard utf8.count == 36 else { return nil }
            var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let valid = withUnsafeMutableBytes(of: &uuid) { bytes -> Bool in
                var index = 0
                var byte = 0
                while index < 36 {
                    if index == 8 || index == 13 || index == 18 || index == 23 {
                        guard utf8[index] == UInt8(ascii: "-") else { return false }
                        index += 1
                        continue
                    }
                    guard let high = digit(utf8[index]), let low = digit(utf8[index + 1]) else { return false }
                    bytes[byte] = high << 4 | low
                    byte += 1
                    index += 2
                }
                return true
            }
            return valid ? UUID(uuid: uuid) : nil
        }
    }

    /// The id as text, "0004be5-20ac-…" (`uppercase`: as `uuidString` writes it), without the
    /// formatted printing Foundation uses on Linux: writing the ids of a page's links and a
    /// statement's binds was 2-3 % of a person page (perf, issue 24).
    public static func text(_ id: UUID, uppercase: Bool = false) -> String {
        let digits: StaticString = uppercase ? "0123456789ABCDEF" : "0123456789abcdef"
        return withUnsafeBytes(of: id.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { out in
                digits.withUTF8Buffer { hex in
                    var index = 0
                    for (byte, value) in bytes.enumerated() {
                        if byte == 4 || byte == 6 || byte == 8 || byte == 10 {
                            out[index] = UInt8(ascii: "-")
                            index += 1
                        }
                        out[index] = hex[Int(value >> 4)]
                        out[index + 1] = hex[Int(value & 0x0f)]
                        index += 2
                    }
                }
                return 36
            }
        }
    }

    /// Plain comparisons: matching against ranges (`case "0"..."9"`) went through the generic
    /// `ClosedRange.contains` for every digit (perf, issue 24).
    @inline(__always)
    private static func digit(_ character: UInt8) -> UInt8? {
        if character >= 48 && character <= 57 { return character &- 48 }  // 0-9
        if character >= 97 && character <= 102 { return character &- 87 }  // a-f
        if character >= 65 && character <= 70 { return character &- 55 }  // A-F
        return nil
    }
}

/// The order of ids as their text sorts (byte by byte: hexadecimal digits sort as their values),
/// without writing the text: sorting a list's alerts by `uuidString` was a seventh of the
/// coordinator's overview (issue 24).
public enum UUIDOrder {
    public static func precedes(_ a: UUID, _ b: UUID) -> Bool {
        withUnsafeBytes(of: a.uuid) { left in
            withUnsafeBytes(of: b.uuid) { right in left.lexicographicallyPrecedes(right) }
        }
    }
}
