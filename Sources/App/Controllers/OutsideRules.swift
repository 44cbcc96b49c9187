import GodstartCore

/// A person chosen by hand, against the rules (`EligibilityRules.review`), in the coordinator's
/// words: why they cannot be chosen, or what the choice needs a written reason for. Used by every
/// door that accepts a person: registration, intake and mentor change.
enum OutsideRules {
    struct Verdict {
        /// Why they cannot take the role at all.
        var refusal: String?
        /// What needs a reason ("Peter Nielsen har ikke plads til flere som mentor").
        var needingReason: [String] = []
    }

    static func verdict(_ candidate: Candidate, as role: CandidateRole, for opening: RoleOpening, name: String,
                        texts t: Texts) -> Verdict {
        let roleName = t.role(role.programmeRole)
        var verdict = Verdict()
        for finding in EligibilityRules.review(candidate, as: role, for: opening) {
            switch finding {
            case .refused(let bar): verdict.refusal = t.eligibilityBar(bar, name: name, role: roleName)
            case .needsReason(let concerns): verdict.needingReason += concerns.map { t.eligibilityConcern($0, name: name, role: roleName) }
            case .aboveCapacity: verdict.needingReason.append(t.aboveCapacityAs(name: name, role: roleName))
            }
        }
        return verdict
    }

    /// The reason as kept, or the message for its field: missing or too short when something needs
    /// it, too long in any case.
    static func reason(_ typed: String?, needed: [String], texts t: Texts) -> Result<String?, ReasonError> {
        if (typed ?? "").count > 500 { return .failure(ReasonError(message: t.errorTooLongLimit(500))) }
        guard !needed.isEmpty else { return .success(nil) }
        guard let reason = OverrideReason.accepted(typed) else {
            // Each thing once, though several rows of an intake share it.
            let once = needed.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return .failure(ReasonError(message: t.errorReasonNeeded(once, minimum: OverrideReason.minimumLength)))
        }
        return .success(reason)
    }

    struct ReasonError: Error {
        let message: String
    }
}
