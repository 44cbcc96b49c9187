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

    public func render(into out: inout String) {
        switch self {
        case .text(let s): out += HTMLEscape.text(s)
        case .trusted(let s): out += s
        case .group(let nodes): for n in nodes { n.render(into: &out) }
        case .void(let name, let attrs):
            out += "<" + name
            for a in attrs { a.render(into: &out) }
            out += ">"
        case .element(let name, let attrs, let children):
            out += "<" + name
            for a in attrs { a.render(into: &out) }
            out += ">"
            for c in children { c.render(into: &out) }
            out += "</" + name + ">"
        }
    }

    public var rendered: String {
        var s = ""
        render(into: &s)
        return s
    }
}

public struct HTMLAttribute: Sendable {
    let name: String
    /// nil renders a boolean attribute (`required`), otherwise `name="value"`.
    let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    func render(into out: inout String) {
        out += " " + name
        if let value { out += "=\"" + HTMLEscape.attribute(value) + "\"" }
    }
}

public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    public static func attribute(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
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
