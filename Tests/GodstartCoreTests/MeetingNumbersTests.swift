import XCTest
@testable import GodstartCore

/// Issue 23: meetings keep their numbers through cancellations and moves.
final class MeetingNumbersTests: XCTestCase {
    let day: TimeInterval = 86_400
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func entries(_ states: [MeetingNumbers.State], numbers: [Int]? = nil) -> [MeetingNumbers.Entry] {
        states.enumerated().map { index, state in
            MeetingNumbers.Entry(id: UUID(), kind: .dialogueMeeting, startsAt: start.addingTimeInterval(Double(index) * 7 * day),
                                 state: state, number: numbers?[index] ?? index + 1)
        }
    }

    func testCancellingKeepsEveryNumberAndRestoringToo() {
        var plan = entries([.held, .held, .planned, .planned, .planned])
        plan[3] = MeetingNumbers.Entry(id: plan[3].id, kind: .dialogueMeeting, startsAt: plan[3].startsAt, state: .cancelled, number: 4)
        let numbers = MeetingNumbers.assign(plan)
        XCTAssertEqual(plan.map { numbers[$0.id]! }, [1, 2, 3, 4, 5], "the cancelled one keeps 4, nobody moves")
    }

    func testAMeetingMovedBeforeHeldOnesNeverRenumbersThem() {
        var plan = entries([.held, .held, .planned, .planned])
        // The fourth is moved to before the first.
        plan[3] = MeetingNumbers.Entry(id: plan[3].id, kind: .dialogueMeeting, startsAt: start.addingTimeInterval(-30 * day),
                                       state: .planned, number: 4)
        let numbers = MeetingNumbers.assign(plan)
        XCTAssertEqual(numbers[plan[0].id], 1)
        XCTAssertEqual(numbers[plan[1].id], 2)
        XCTAssertEqual(Set(plan.map { numbers[$0.id]! }).count, 4, "no number twice")
    }

    /// Thirteen cancelled meetings all numbered 8, from before the rule: one keeps 8.
    func testDuplicatesFromBeforeAreUntangled() {
        let plan = entries(Array(repeating: .held, count: 7) + Array(repeating: .cancelled, count: 13) + [.planned, .planned],
                           numbers: Array(1...7) + Array(repeating: 8, count: 13) + [8, 9])
        let numbers = plan.map { MeetingNumbers.assign(plan)[$0.id]! }
        XCTAssertEqual(Set(numbers).count, numbers.count)
        XCTAssertEqual(Array(numbers.prefix(8)), Array(1...8))
    }

    /// Any sequence of cancellations, restorations and moves: held meetings keep their numbers and
    /// no two meetings of a kind share one.
    func testAnySequenceOfChangesKeepsHeldNumbersAndUniqueness() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var plan = entries(Array(repeating: .planned, count: 12))
            var heldNumbers: [UUID: Int] = [:]
            for _ in 0..<20 {
                let index = Int.random(in: 0..<plan.count, using: &generator)
                let e = plan[index]
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where e.state == .planned: plan[index] = .init(id: e.id, kind: e.kind, startsAt: e.startsAt, state: .held, number: e.number)
                case 1 where e.state == .planned: plan[index] = .init(id: e.id, kind: e.kind, startsAt: e.startsAt, state: .cancelled, number: e.number)
                case 2 where e.state == .cancelled: plan[index] = .init(id: e.id, kind: e.kind, startsAt: e.startsAt, state: .planned, number: e.number)
                case 3 where e.state != .held:
                    let moved = start.addingTimeInterval(Double(Int.random(in: -20...120, using: &generator)) * day)
                    plan[index] = .init(id: e.id, kind: e.kind, startsAt: moved, state: e.state, number: e.number)
                default: break
                }
                let numbers = MeetingNumbers.assign(plan)
                plan = plan.map { .init(id: $0.id, kind: $0.kind, startsAt: $0.startsAt, state: $0.state, number: numbers[$0.id]!) }
                for entry in plan where entry.state == .held {
                    if let before = heldNumbers[entry.id] { XCTAssertEqual(entry.number, before, "a held meeting keeps its number") }
                    heldNumbers[entry.id] = entry.number
                }
                XCTAssertEqual(Set(plan.map(\.number)).count, plan.count, "no number twice")
            }
        }
    }
}
