import Benchmark
import Foundation
import GodstartCore

// Inputs at the sizes issue 9 names, the same on every run (a fixed linear congruential sequence).
nonisolated(unsafe) var seed: UInt64 = 2026
func next(_ bound: Int) -> Int {
    seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((seed >> 33) % UInt64(bound))
}

let units = (0..<40).map { _ in UUID() }
let areas = ["DUBU", "underretninger", "Signs of Safety", "serviceloven", "børnesamtalen", "anbringelse",
             "handicap", "misbrug", "forvaltningsloven", "netværksmøder", "familiebehandling", "udsatte voksne"]
let candidates = (0..<2_000).map { _ in
    Candidate(id: UUID(), unit: units[next(units.count)], capacity: 2 + next(3), mentoring: next(3), contactFor: next(3),
              buddyFor: next(2), willing: next(10) > 0, trainedAsMentor: next(8) == 0,
              competenceAreas: Set((0..<next(4)).map { _ in areas[next(areas.count)] }))
}
func need() -> NewHireNeeds {
    NewHireNeeds(unit: units[next(units.count)], manager: UUID(), areas: Set((0..<2).map { _ in areas[next(areas.count)] }))
}
let oneNewHire = need()
let intake = (0..<500).map { _ in need() }

let today = LocalDate(year: 2026, month: 12, day: 1)
let employments = (0..<30_000).map { _ -> Employment in
    let start = today.adding(days: -next(10 * 365))
    let end = next(4) == 0 ? start.adding(days: 30 + next(4 * 365)) : nil
    return Employment(start: start, end: end)
}
let programmeStart = today.adding(days: -3 * 365)

let standard = ProgrammeTemplate.defaults(for: .standard)
let firstDays = (0..<1_000).map { _ in today.adding(days: -next(400)) }

benchmark("ranking 1 x 2,000") {
    blackHole(AssignmentSuggestions.rank(candidates, for: oneNewHire, as: .mentor))
}
benchmark("balanced 500 x 2,000", settings: Iterations(3), WarmupIterations(1)) {
    blackHole(AssignmentSuggestions.balanced(intake, candidates: candidates, as: .mentor))
}
benchmark("Kaplan-Meier, 30,000 employments", settings: Iterations(20), WarmupIterations(2)) {
    blackHole(RetentionFigures.of(employments, on: today, programmeStart: programmeStart))
}
benchmark("plan generation, 1,000 programmes", settings: Iterations(20), WarmupIterations(2)) {
    for day in firstDays { blackHole(PlanGenerator.plan(template: standard, firstDay: day)) }
}

// Issue 20: the identifier guard on 40,000 characters of hostile shapes (the worst ones before it
// was rewritten took 12-166 s); the target is 50 ms each.
func repeated(_ unit: String, to length: Int = 40_000) -> String {
    String(String(repeating: unit, count: length / unit.count + 1).prefix(length))
}
let hostileJournalParts: [(name: String, text: String)] = [
    ("one long word", repeated("Vestergade")),
    ("a digit run", repeated("2")),
    ("repeated separators", repeated("1-")),
    ("dots", repeated(".")),
    ("at signs", repeated("a@")),
    ("capitalised words joined by hyphens", repeated("Aa-")),
    ("initials", repeated("H.")),
    ("mixed scripts", repeated("Åse Ødegård Σωκράτης 東京 ")),
    ("addresses with floor and side", repeated("Åboulevarden 22, 3. mf. ")),
    ("CPR numbers with a space", repeated("120385 1234 ")),
]
for part in hostileJournalParts {
    benchmark("identifier scan, 40,000 characters: \(part.name)", settings: Iterations(10), WarmupIterations(1)) {
        blackHole(IdentifierScanner.scan(part.text))
    }
}

Benchmark.main()

@inline(never)
func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
