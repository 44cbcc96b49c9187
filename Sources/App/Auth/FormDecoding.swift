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

    static func withoutNUL(_ body: ByteBuffer) -> ByteBuffer {
        let bytes = Array(body.readableBytesView)
        guard bytes.count >= 3 else { return body }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "0"), bytes[index + 2] == UInt8(ascii: "0") {
                index += 3
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return kept.count == bytes.count ? body : ByteBuffer(bytes: kept)
    }
}
