import Foundation

/// What differs between the variants of a workplace's introduction template, and the rules for
/// editing one (DOMAIN.md, "The timeline": a lighter programme for temporary hires that can be
/// upgraded, a shorter one for experienced hires).
extension ProgrammeVariant {
    /// A temporary hire can be made permanent; their programme then becomes a standard one in place.
    public var upgradesTo: ProgrammeVariant? { self == .temporaryHire ? .standard : nil }
}

extension DefaultChecklistItem {
    /// Whether Godstart's default template for `variant` has this item. The temporary hire's
    /// checklist is lighter: the practical start and the case work, without the visits to partners
    /// or the round of knowledge persons.
    public func isIncluded(in variant: ProgrammeVariant) -> Bool {
        switch (variant, self) {
        case (.temporaryHire, .partnersVisited), (.temporaryHire, .meetKnowledgePersons): false
        default: true
        }
    }

    /// The default checklist of a variant, in the order it ships.
    public static func defaults(for variant: ProgrammeVariant) -> [DefaultChecklistItem] {
        allCases.filter { $0.isIncluded(in: variant) }
    }
}

/// The rules for one checklist item of a template, whose window is counted in weeks.
public enum TemplateItemRules {
    /// The last week a template item may name; a window reaching past a shorter introduction ends with it.
    public static let lastWeek = 26

    public enum Problem: Equatable, Sendable {
        case weekOutOfRange, endBeforeStart, titleMissing, titleTooLong
    }

    public static func problem(fromWeek: Int, toWeek: Int, title: String?) -> Problem? {
        if let title {
            let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { return .titleMissing }
            if trimmed.count > ChecklistRules.maximumTitleLength { return .titleTooLong }
        }
        if !(0...lastWeek).contains(fromWeek) || !(0...lastWeek).contains(toWeek) { return .weekOutOfRange }
        if toWeek < fromWeek { return .endBeforeStart }
        return nil
    }
}

extension ChecklistTemplate {
    /// The window of a template item for one programme: weeks counted from the first day, squeezed
    /// into the introduction when it is shorter than the template assumed.
    public static func window(fromWeek: Int, toWeek: Int, firstDay: LocalDate, introductionEnds: LocalDate) -> ChecklistWindow {
        let window = ChecklistWindow.weeks(fromWeek, toWeek, firstDay: firstDay)
        let to = min(window.to, introductionEnds)
        return ChecklistWindow(from: min(window.from, to), to: to)
    }
}
