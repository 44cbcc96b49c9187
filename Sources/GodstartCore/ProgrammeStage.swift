/// Where a programme stands on a given day: which half, and which of the four phases.
public struct ProgrammeStage: Equatable, Sendable {
    public enum Part: String, Sendable, CaseIterable {
        case introduction, mentoring, developmentTalk, finished
    }

    public let part: Part
    /// The phase within the introduction or the mentoring; nil for the development talk and after.
    public let phase: Phase?

    public init(part: Part, phase: Phase?) {
        self.part = part
        self.phase = phase
    }

    /// The stage on `today`. A programme is finished once it is ended, or once its development
    /// talk is held or lies in the past.
    public static func on(
        _ today: LocalDate, milestones m: Milestones, introductionClosing: LocalDate,
        mentoringClosing: LocalDate, developmentTalkHeld: Bool, ended: Bool
    ) -> ProgrammeStage {
        if ended || developmentTalkHeld { return ProgrammeStage(part: .finished, phase: nil) }
        if today < m.firstDay { return ProgrammeStage(part: .introduction, phase: .preparation) }
        if today < m.mentoringStart {
            // The last part of the introduction is also the mentoring's preparation.
            let phase: Phase = today < m.firstDay.adding(days: 7) ? .start
                : today < introductionClosing.adding(days: -7) ? .learning : .closing
            return ProgrammeStage(part: .introduction, phase: phase)
        }
        if today <= mentoringClosing {
            let phase: Phase = today < m.mentoringStart.adding(days: 14) ? .start
                : today < mentoringClosing.adding(days: -14) ? .learning : .closing
            return ProgrammeStage(part: .mentoring, phase: phase)
        }
        if today <= m.developmentTalk.adding(days: 30) {
            return ProgrammeStage(part: .developmentTalk, phase: nil)
        }
        return ProgrammeStage(part: .finished, phase: nil)
    }
}
