import GodstartCore

/// The texts of storage and rights: the administrator's storage period and erasure, and each
/// person's download of everything Godstart holds about them.
public protocol DataRightsTexts: Sendable {
    // The person's own data
    var myDataContents: [String] { get }

    // What the person wrote, or was given to do, in other people's programmes
    func archiveProgrammeOf(_ newcomer: String) -> String

    // The administrator's storage and erasure
    func storageMonths(_ months: Int) -> String
    var erasureWhatHappens: [String] { get }
}
