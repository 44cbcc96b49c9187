#if canImport(Glibc)
import Glibc
#endif

/// Memory that pages have freed goes back to the system. glibc keeps what is freed for reuse, in
/// one arena per thread that allocated it, and returns it on its own only from the top of the main
/// heap: after the pages of a few hundred programmes an instance held several hundred MB that it no
/// longer used (issue 9, bench/RESULTS.md). `BackgroundJobs` calls this every `interval`.
enum FreedMemory {
    static let interval: Duration = .seconds(10)

    /// glibc's `malloc_trim`, which the Swift Glibc module does not import; nil on other C libraries.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// Whether this C library can give freed memory back (glibc can).
    static var isAvailable: Bool { trim != nil }

    static func giveBack() {
        _ = trim?(0)
    }
}
