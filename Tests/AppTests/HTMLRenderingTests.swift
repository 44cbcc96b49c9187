import XCTest
@testable import App

/// The views' markup is written as bytes (`HTMLNode.render(into:)`); what a person typed is
/// escaped in text and in attribute values, whatever script it is written in.
final class HTMLRenderingTests: XCTestCase {
    func testElementsAttributesAndTextRenderAsMarkup() {
        let node = el("p", [.class("note"), .required], [text("Søren & <Ærø>"), .void("br", []), link("Næste", to: "/a?b=1&c=2")])
        XCTAssertEqual(node.rendered, "<p class=\"note\" required>Søren &amp; &lt;Ærø&gt;<br><a href=\"/a?b=1&amp;c=2\">Næste</a></p>")
    }

    func testQuotesAreEscapedInAttributesAndKeptInText() {
        XCTAssertEqual(HTMLEscape.attribute("\"Hej\" 'du' <a>"), "&quot;Hej&quot; &#39;du&#39; &lt;a&gt;")
        XCTAssertEqual(HTMLEscape.text("\"Hej\" 'du'"), "\"Hej\" 'du'")
        XCTAssertEqual(HTMLNode.void("input", [.value("x\" onfocus=\"alert(1)")]).rendered, "<input value=\"x&quot; onfocus=&quot;alert(1)\">")
    }

    func testAnyTextComesBackWhole() {
        let pieces = ["a", "æ", "ø", "å", "ä", "ö", "&", "<", ">", "\"", "'", "😀", "漢", "\u{0301}", " ", "\n", "&amp;"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let s = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for attribute in [false, true] {
                let escaped = attribute ? HTMLEscape.attribute(s) : HTMLEscape.text(s)
                XCTAssertFalse(escaped.contains("<") || escaped.contains(">"), escaped)
                if attribute { XCTAssertFalse(escaped.contains("\"") || escaped.contains("'"), escaped) }
                XCTAssertEqual(Array(unescaped(escaped).utf8), Array(s.utf8))
            }
        }
    }

    /// The text an escaped one stands for, read scalar by scalar (a combining accent after an
    /// entity's semicolon must not hide the entity).
    private func unescaped(_ s: String) -> String {
        let entities = ["&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&amp;": "&"]
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let semicolon = scalars[i...].firstIndex(of: ";"),
               let plain = entities[String(String.UnicodeScalarView(scalars[i...semicolon]))] {
                out.append(contentsOf: plain.unicodeScalars)
                i = semicolon + 1
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
