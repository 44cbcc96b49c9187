import Foundation

/// The sizes of the generated datasets (`godstart demo --scale …`), for benchmarks and for trying
/// Godstart at the size of a real customer.
enum DemoScale: String, CaseIterable, Sendable {
    /// One large municipality: 300 programmes running, 3,000 staff, three years of history.
    case municipality
    /// A whole country on one instance: 98 municipalities, about 30,000 staff, 3,000 programmes
    /// running and about 150,000 meetings a year, over three years of history. Its first
    /// municipality is the same as `municipality`'s, so the two can be compared page for page.
    case national

    var shape: ScaleShape {
        switch self {
        case .municipality: ScaleShape(organisations: 1, staff: 3_000, activeProgrammes: 300)
        case .national: ScaleShape(organisations: 98, staff: 30_000, activeProgrammes: 3_000)
        }
    }
}

/// How many of everything: the first organisation is the large one (300 programmes running, ten
/// staff for each), the others share the rest, each somewhere between a third and twice the average.
struct ScaleShape: Sendable {
    let organisations: Int
    let staff: Int
    let activeProgrammes: Int
    /// Years of ended programmes and employments behind today's.
    var historyYears = 3
    static let largestActive = 300

    struct OrganisationSize: Equatable {
        let staff: Int
        let activeProgrammes: Int
        /// Programmes that started before the running ones and have ended.
        let endedProgrammes: Int
        let units: Int
    }

    func sizes(seed: UInt64) -> [OrganisationSize] {
        let largest = min(Self.largestActive, activeProgrammes)
        var sizes = [size(staff: largest * 10, active: largest)]
        guard organisations > 1 else { return sizes }
        var random = SeededRandom(seed: seed, stream: 0)
        let weights = (1..<organisations).map { _ in 0.35 + Double(random.below(165)) / 100 }
        let total = weights.reduce(0, +)
        let otherStaff = Double(staff - largest * 10), otherActive = Double(activeProgrammes - largest)
        sizes += weights.map { size(staff: max(20, Int(otherStaff * $0 / total)), active: max(2, Int(otherActive * $0 / total))) }
        return sizes
    }

    private func size(staff: Int, active: Int) -> OrganisationSize {
        OrganisationSize(staff: staff, activeProgrammes: active, endedProgrammes: active * historyYears,
                         units: min(40, max(3, staff / 75)))
    }
}

/// SplitMix64: the same seed gives the same dataset, identifiers included, on every machine.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64, stream: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ stream &* 0xBF58_476D_1CE4_E5B9 &+ 1
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    mutating func uuid() -> UUID {
        var a = next(), b = next()
        a = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000 // version 4
        b = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000 // RFC 4122 variant
        let bytes = withUnsafeBytes(of: a.bigEndian) { Array($0) } + withUnsafeBytes(of: b.bigEndian) { Array($0) }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

/// Names for generated people and units: common Danish names, so pages look as they will.
enum ScaleNames {
    static let first = ["Anne", "Mette", "Hanne", "Susanne", "Lene", "Maria", "Camilla", "Louise", "Charlotte", "Sofie",
                        "Ida", "Emma", "Julie", "Sara", "Maja", "Line", "Pia", "Birgitte", "Karina", "Tina",
                        "Peter", "Jens", "Lars", "Henrik", "Søren", "Thomas", "Martin", "Jesper", "Mikkel", "Rasmus",
                        "Anders", "Niels", "Morten", "Jonas", "Frederik", "Mads", "Kasper", "Ahmed", "Fatima", "Ali"]
    static let last = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                       "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
                       "Poulsen", "Johansen", "Møller", "Mortensen", "Holm", "Lund", "Dahl", "Bech", "Kjær", "Yilmaz"]
    static let units = ["Børn og Unge", "Voksen og Handicap", "Familiecentret", "Myndighed", "Udsatte Voksne",
                        "Ungeenheden", "Handicapcentret", "Tidlig Indsats"]
    static let titles = ["Socialrådgiver", "Socialrådgiver", "Socialrådgiver", "Sagsbehandler", "Familiebehandler",
                         "Socialformidler"]

    /// A name for an address: lower case, Danish letters spelt out.
    static func address(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
            .replacingOccurrences(of: "å", with: "aa").replacingOccurrences(of: " ", with: ".")
    }
}
