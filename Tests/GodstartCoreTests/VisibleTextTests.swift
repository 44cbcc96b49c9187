import XCTest
@testable import GodstartCore

final class VisibleTextTests: XCTestCase {
    func testInvisibleFormattingIsTakenOutAndLettersOfEveryScriptStay() {
        XCTAssertEqual(VisibleText.cleaned("  Ida \u{202E}nesnetsirhC\u{202C} "), "Ida nesnetsirhC", "the override is gone, the letters stay")
        XCTAssertEqual(VisibleText.cleaned("Pe\u{200B}ter\u{2060} Niel\u{00AD}sen\u{FEFF}"), "Peter Nielsen")
        XCTAssertEqual(VisibleText.cleaned("\u{2067}\u{2069}"), "", "nothing visible is nothing")
        XCTAssertEqual(VisibleText.cleaned("Åsa Öberg-Ærø"), "Åsa Öberg-Ærø")
        XCTAssertEqual(VisibleText.cleaned("محمد علي"), "محمد علي", "right-to-left letters themselves are kept")
    }
}
