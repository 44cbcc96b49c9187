import Atomics
import Foundation

/// A time zone's offsets from UTC, read from Foundation once for each zone and kept as a table of
/// its changes. Foundation on Linux answers every `secondsFromGMT(for:)` through ICU under one lock
/// per zone, and the pages ask it for every date they show: two threads serving pages contended
/// for it (perf, issue 24). The table answers by a binary search, the same as Foundation
/// (ZoneOffsetsTests), and the tables are found through an atomic reference, without a lock.
public struct ZoneOffsets: Sendable {
    /// The first instant the table covers, and the first it no longer covers: outside them the
    /// zone itself answers.
    static let covered: ClosedRange<Double> = 0 ... 4_102_444_800 // 1970-01-01 to 2100-01-01

    private let timeZone: TimeZone
    /// Where the offset changes, in seconds since 1970, ascending.
    private let transitions: [Double]
    /// `offsets[i]` holds before `transitions[i]` (and from `transitions[i - 1]`); the last holds after
    /// the last transition.
    private let offsets: [Int]

    /// The zone's table, made the first time a zone is asked for and kept.
    public static func of(_ timeZone: TimeZone) -> ZoneOffsets { Kept.offsets(of: timeZone) }

    init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
        var transitions: [Double] = []
        var offsets = [timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Self.covered.lowerBound))]
        var after = Date(timeIntervalSince1970: Self.covered.lowerBound)
        while let next = timeZone.nextDaylightSavingTimeTransition(after: after), next.timeIntervalSince1970 < Self.covered.upperBound {
            let offset = timeZone.secondsFromGMT(for: next)
            if offset != offsets.last {
                transitions.append(next.timeIntervalSince1970)
                offsets.append(offset)
            }
            after = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    /// Seconds to add to UTC for the zone's wall clock at `instant`.
    public func secondsFromGMT(for instant: Date) -> Int {
        let seconds = instant.timeIntervalSince1970
        guard Self.covered.contains(seconds) else { return timeZone.secondsFromGMT(for: instant) }
        // The number of transitions at or before `seconds`.
        var low = 0, high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return offsets[low]
    }

    /// The instant the zone's wall clock shows `localSeconds` (seconds since 1970 on the wall
    /// clock), as Foundation's calendar reads it: a time the clock shows twice (fall back) is the
    /// earlier of the two; a time it skips (spring forward) is read with the offset before the change,
    /// so it lands after the change, moved on by it.
    public func instant(wallClock localSeconds: Double) -> Date {
        // Changes are months apart: the offsets a day before and a day after are the only candidates.
        let before = secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - 86_400))
        let after = secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds + 86_400))
        let shown = [before, after].filter { secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - Double($0))) == $0 }
        // Of two readings the earlier instant is the one with the larger offset.
        return Date(timeIntervalSince1970: localSeconds - Double(shown.max() ?? before))
    }

    /// The tables made so far, by zone: replaced whole when a zone is added (a few times in a
    /// process's life), read without a lock.
    private final class Kept: AtomicReference, Sendable {
        let zones: [String: ZoneOffsets]
        init(_ zones: [String: ZoneOffsets]) { self.zones = zones }

        static let current = ManagedAtomic(Kept([:]))

        static func offsets(of timeZone: TimeZone) -> ZoneOffsets {
            let identifier = timeZone.identifier
            if let known = current.load(ordering: .acquiring).zones[identifier] { return known }
            let made = ZoneOffsets(timeZone)
            while true {
                let kept = current.load(ordering: .acquiring)
                if let known = kept.zones[identifier] { return known }
                var zones = kept.zones
                zones[identifier] = made
                if current.compareExchange(expected: kept, desired: Kept(zones), ordering: .acquiringAndReleasing).exchanged { return made }
            }
        }
    }
}
