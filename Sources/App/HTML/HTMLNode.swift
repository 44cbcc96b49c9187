/// Godstart's views are built from these values. Text and attribute values are escaped when the
/// page is rendered; the only way to put markup in unescaped is `HTMLNode.trustedMarkup`, which
/// takes a `StaticString`, so it can never carry what a person typed.
///
/// Why not Plot: its typed contexts forbid markup we need on every form (aria-describedby,
/// aria-invalid on inputs, labels and inputs inside fieldsets of divs), and what we need from
/// it is this small, escaping tree.
public indirect enum HTMLNode: Sendable {
    case element(String, [HTMLAttribute], [HTMLNode])
    case void(String, [HTMLAttribute])
    case text(String)
    case group([HTMLNode])
    case trusted(String)

    /// The one reviewed door for markup that is not escaped: compile-time constants only.
    public static func trustedMarkup(_ markup: StaticString) -> HTMLNode { .trusted("\(markup)") }

    public static let empty = HTMLNode.group([])

    /// The markup as UTF-8, written into one growing buffer: no string is built for a tag, and text
    /// without a character to escape is copied as it is (issue 24: a page's rendering was a fifth of
    /// its time, most of it joining small strings).
    public func render(into out: inout [UInt8]) {
        switch self {
        case .text(let s): HTMLEscape.append(s, attribute: false, to: &out)
        case .trusted(let s): out.append(contentsOf: s.utf8)
        case .group(let nodes): for n in nodes { n.render(into: &out) }
        case .void(let name, let attrs):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            for a in attrs { a.render(into: &out) }
            out.append(UInt8(ascii: ">"))
        case .element(let name, let attrs, let children):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            for a in attrs { a.render(into: &out) }
            out.append(UInt8(ascii: ">"))
            for c in children { c.render(into: &out) }
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: ">"))
        }
    }

    /// The markup as UTF-8.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        render(into: &out)
        return out
    }

    public var rendered: String { String(decoding: bytes, as: UTF8.self) }
}

public struct HTMLAttribute: Sendable {
    let name: String
    /// nil renders a boolean attribute (`required`), otherwise `name="value"`.
    let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    func render(into out: inout [UInt8]) {
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: name.utf8)
        if let value {
            out.append(contentsOf: "=\"".utf8)
            HTMLEscape.append(value, attribute: true, to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }
}

public enum HTMLEscape {
    public static func text(_ s: String) -> String { escaped(s, attribute: false) }

    public static func attribute(_ s: String) -> String { escaped(s, attribute: true) }

    private static func escaped(_ s: String, attribute: Bool) -> String {
        var out: [UInt8] = []
        append(s, attribute: attribute, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` escaped, byte by byte: every character to escape is ASCII, and no byte of a longer
    /// UTF-8 sequence is ever an ASCII byte. In an attribute's value the quotes are escaped too.
    static func append(_ s: String, attribute: Bool, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var copied = 0
            for i in 0..<bytes.count {
                let entity: StaticString
                switch bytes[i] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\"") where attribute: entity = "&quot;"
                case UInt8(ascii: "'") where attribute: entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                copied = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }
}

// MARK: - Building blocks, named after the elements they make

public typealias Attr = HTMLAttribute

extension HTMLAttribute {
    public static func `class`(_ v: String) -> Attr { Attr("class", v) }
    public static func id(_ v: String) -> Attr { Attr("id", v) }
    public static func href(_ v: String) -> Attr { Attr("href", v) }
    public static func name(_ v: String) -> Attr { Attr("name", v) }
    public static func value(_ v: String) -> Attr { Attr("value", v) }
    public static func type(_ v: String) -> Attr { Attr("type", v) }
    public static func `for`(_ v: String) -> Attr { Attr("for", v) }
    public static func action(_ v: String) -> Attr { Attr("action", v) }
    public static let methodPost = Attr("method", "post")
    public static let methodGet = Attr("method", "get")
    public static let required = Attr("required", nil)
    public static let checked = Attr("checked", nil)
    public static let selected = Attr("selected", nil)
    public static func aria(_ name: String, _ v: String) -> Attr { Attr("aria-" + name, v) }
    public static func autocomplete(_ v: String) -> Attr { Attr("autocomplete", v) }
    public static func lang(_ v: String) -> Attr { Attr("lang", v) }
    public static func datetime(_ v: String) -> Attr { Attr("datetime", v) }
    public static func rows(_ v: Int) -> Attr { Attr("rows", String(v)) }
}

public func el(_ name: String, _ attrs: [Attr], _ children: [HTMLNode]) -> HTMLNode {
    .element(name, attrs, children)
}

public func el(_ name: String, _ attrs: [Attr], _ text: String) -> HTMLNode {
    .element(name, attrs, [.text(text)])
}

public func el(_ name: String, _ text: String) -> HTMLNode {
    .element(name, [], [.text(text)])
}

public func text(_ s: String) -> HTMLNode { .text(s) }

public func link(_ title: String, to href: String, _ attrs: [Attr] = []) -> HTMLNode {
    .element("a", [.href(href)] + attrs, [.text(title)])
}

public func when(_ condition: Bool, _ node: @autoclosure () -> HTMLNode) -> HTMLNode {
    condition ? node() : .empty
}

public func el(_ name: String, children: [HTMLNode]) -> HTMLNode {
    .element(name, [], children)
}
