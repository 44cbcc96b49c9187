import XCTest
@testable import App

final class FreedMemoryTests: XCTestCase {
    func testGlibcGivesFreedMemoryBack() {
        #if canImport(Glibc)
        XCTAssertTrue(FreedMemory.isAvailable, "malloc_trim is found, so the background loop does not idle unnoticed")
        #endif
        FreedMemory.giveBack()
    }
}
