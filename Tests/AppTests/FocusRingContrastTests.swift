import Foundation
import XCTest
@testable import App

/// Issue 23 (WCAG 2.1 1.4.11): the keyboard focus ring reaches 3:1 against every background it is
/// drawn on, computed from the stylesheet's own colours.
final class FocusRingContrastTests: XCTestCase {
    /// The colours a `property` is set to in the stylesheet, variables resolved.
    func colours(of property: String, in css: String, rule: (String) -> Bool = { _ in true }) -> Set<String> {
        var variables: [String: String] = [:]
        for match in css.matches(of: /--([a-z-]+):\s*(#[0-9a-fA-F]{6})/) { variables[String(match.1)] = String(match.2).lowercased() }
        var found = Set<String>()
        for block in css.matches(of: /([^{}]+)\{([^}]*)\}/) where rule(String(block.1)) {
            for declaration in String(block.2).split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard parts.count == 2, parts[0] == property || parts[0] == "outline" && property == "outline" else { continue }
                if let hex = parts[1].firstMatch(of: /#[0-9a-fA-F]{6}/) { found.insert(String(hex.0).lowercased()) }
                if let variable = parts[1].firstMatch(of: /var\(--([a-z-]+)\)/), let value = variables[String(variable.1)] { found.insert(value) }
            }
        }
        return found
    }

    func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    func contrast(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    func testTheFocusRingStandsOutOnEveryBackground() {
        let css = Stylesheet.css
        let rings = colours(of: "outline", in: css) { $0.contains(":focus") }
        XCTAssertFalse(rings.isEmpty)
        // Every ring is drawn outside its element (outline-offset), so it lies on the page's light
        // backgrounds; the dark ones (the accent of buttons, the skip link) are only ever inside a ring.
        XCTAssertFalse(css.matches(of: /:focus\s*\{[^}]*outline:[^}]*\}/).contains { !String($0.0).contains("outline-offset") },
                       "every focus ring is offset outside its element")
        let backgrounds = colours(of: "background", in: css).filter { luminance($0) > 0.2 }
        XCTAssertGreaterThan(backgrounds.count, 4)
        for ring in rings {
            for background in backgrounds {
                XCTAssertGreaterThanOrEqual(contrast(ring, background), 3, "focus ring \(ring) on \(background)")
            }
        }
    }
}
