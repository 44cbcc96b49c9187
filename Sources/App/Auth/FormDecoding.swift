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

    static func withoutNUL(_ body: ByteBuffer) -> ByteBuffer {
        let view = body.readableBytesView
        // Nearly every form holds no %00: look before copying anything.
        guard let first = view.indices.first(where: { isNUL(view, at: $0) }) else { return body }
        var kept = Array(view[view.startIndex..<first])
        var index = first
        while index < view.endIndex {
            if isNUL(view, at: index) {
                index += 3
            } else {
                kept.append(view[index])
                index += 1
            }
        }
        return ByteBuffer(bytes: kept)
    }

    private static func isNUL(_ view: ByteBufferView, at index: Int) -> Bool {
        index + 2 < view.endIndex && view[index] == UInt8(ascii: "%") && view[index + 1] == UInt8(ascii: "0")
            && view[index + 2] == UInt8(ascii: "0")
    }
}
