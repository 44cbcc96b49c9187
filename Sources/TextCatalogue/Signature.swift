/// The Swift member that shows a text, as the source catalogue names it in the entry's `#:` line:
/// `agreementTitle` for a text of its own, `meetingCount(_ count: Int)` for one with placeholders,
/// `agreementTopic(_ topic: AgreementTopic)` for one text for each case of an enumeration (the
/// entries' keys are then `agreementTopic.purpose`, `agreementTopic.room`, ...). A member may end
/// in `-> String?`: then only some cases have a text, and the others have none (`nil`); or in
/// `-> [String]`: then the text is a list, one item on each line.
public struct Signature: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        /// The label at the call site; `nil` for `_`.
        public let label: String?
        public let name: String
        public let type: String

        /// Only `String` and `Int` are written into a text; another type chooses between texts.
        public var isWritten: Bool { type == "String" || type == "Int" }
    }

    public enum Result: String, Sendable {
        case text = "String"
        case optionalText = "String?"
        case list = "[String]"
    }

    public let member: String
    /// `nil` for a property.
    public let parameters: [Parameter]?
    public let result: Result

    public init(_ written: String) throws(SignatureError) {
        var text = written
        if let arrow = written.firstRange(of: " -> ") {
            guard let result = Result(rawValue: String(written[arrow.upperBound...])) else {
                throw SignatureError("a text is a String, a String? or a [String], not \(written[arrow.upperBound...])")
            }
            self.result = result
            text = String(written[..<arrow.lowerBound])
        } else {
            result = .text
        }
        guard let open = text.firstIndex(of: "(") else {
            guard Template.isName(Substring(text)) else { throw SignatureError("\(text) is not a Swift name") }
            member = text
            parameters = nil
            return
        }
        member = String(text[..<open])
        guard Template.isName(Substring(member)), text.last == ")" else { throw SignatureError("cannot read \(text)") }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        var parameters: [Parameter] = []
        for part in inside.split(separator: ",") {
            let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
            guard pair.count == 2 else { throw SignatureError("cannot read the parameter \(part)") }
            let names = pair[0].split(separator: " ").map(String.init)
            let typeIsName = pair[1].split(separator: ".").allSatisfy { Template.isName($0) }
            guard (1...2).contains(names.count), Template.isName(Substring(names.last!)), typeIsName else {
                throw SignatureError("cannot read the parameter \(part)")
            }
            let label = names.count == 2 ? (names[0] == "_" ? nil : names[0]) : names[0]
            parameters.append(Parameter(label: label, name: names.last!, type: pair[1]))
        }
        self.parameters = parameters
    }

    /// The parameters written into the text, in the order of the signature.
    public var writtenParameters: [Parameter] { (parameters ?? []).filter(\.isWritten) }

    /// The parameter that chooses a text by its case, if any.
    public var choosingParameter: Parameter? { (parameters ?? []).first { !$0.isWritten } }

    /// The number that chooses a plural form: the first whole-number parameter.
    public var countingParameter: Parameter? { (parameters ?? []).first { $0.type == "Int" } }

    public struct SignatureError: Error, CustomStringConvertible, Sendable {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}

extension POFile.Entry {
    /// The member's name, the part of the key before a case.
    public var member: String { String(context.split(separator: ".", maxSplits: 1).first ?? "") }
    /// The enumeration's case this text is for, if the member chooses by one.
    public var caseName: String? {
        let parts = context.split(separator: ".", maxSplits: 1)
        return parts.count == 2 ? String(parts[1]) : nil
    }
}
