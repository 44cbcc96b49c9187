import NIOCore
import Vapor

/// Reads `application/x-www-form-urlencoded` forms as Vapor does, without the NUL character
/// (`%00`): nobody types it, and PostgreSQL refuses it in text, so a value holding it would fail
/// to save. A literal "%00" someone types arrives as `%2500` and is kept.
struct FormDecoderWithoutNUL: ContentDecoder {
    private let base = URLEncodedFormDecoder()

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
                              userInfo: [CodingUserInfoKey: any Sendable]) throws -> D {
        try base.decode(D.self, from: Self.withoutNUL(body), headers: headers, userInfo: userInfo)
    }

    /// The body with every `%00` taken out, scanning left to right as a reader would. Found with
    /// `memchr`, since Vapor decodes the whole body again for each field a handler reads.
    static func withoutNUL(_ body: ByteBuffer) -> ByteBuffer {
        body.withUnsafeReadableBytes { bytes -> ByteBuffer in
            guard let first = nextNUL(in: bytes, from: 0) else { return body }
            var kept = ByteBuffer()
            kept.reserveCapacity(bytes.count)
            var start = 0
            var found: Int? = first
            while let offset = found {
                kept.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
                start = offset + 3
                found = nextNUL(in: bytes, from: start)
            }
            kept.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[start...]))
            return kept
        }
    }

    /// Where the next `%00` starts at or after `start`.
    private static func nextNUL(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var from = start
        while from + 2 < bytes.count, let percent = memchr(base + from, Int32(UInt8(ascii: "%")), bytes.count - from) {
            let offset = base.distance(to: UnsafeRawPointer(percent))
            if offset + 2 < bytes.count, bytes[offset + 1] == UInt8(ascii: "0"), bytes[offset + 2] == UInt8(ascii: "0") {
                return offset
            }
            from = offset + 1
        }
        return nil
    }
}

/// Every single-valued field of a form, read in one pass (`req.form(FormFields.self)`). `req.content.get(_:at:)` parses the whole
/// body again for each field it is asked for; a handler that reads fields by name it only learns at
/// run time (one per agenda point, say) reads them from here instead. A field sent as anything but
/// one text (`name[]=...`) is left out, as `get` would fail on it.
struct FormFields: FormInput {
    let values: [String: String]

    subscript(name: String) -> String? { values[name] }

    init() { values = [:] }

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: Name.self)
        var values: [String: String] = [:]
        for name in form.allKeys {
            if let value = try? form.decode(String.self, forKey: name) { values[name.stringValue] = value }
        }
        self.values = values
    }

    func encode(to encoder: any Encoder) throws {
        var form = encoder.container(keyedBy: Name.self)
        for (name, value) in values { try form.encode(value, forKey: Name(stringValue: name)) }
    }

    private struct Name: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
