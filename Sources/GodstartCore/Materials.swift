import Foundation

/// The materials library: documents uploaded once by the coordinator (welcome letter, handbooks,
/// guidelines, question sets), tagged by the part of the programme and the roles they are for, in
/// each language, and the same for every mentor.

/// When in the programme a document is used; `any` for the whole of it.
public enum MaterialPhase: String, CaseIterable, Codable, Sendable {
    case any, preparation, introduction, mentoring, developmentTalk
}

/// The kinds of file the library takes, recognised by their name and by their first bytes, so a
/// file cannot pass for another by its name alone.
public enum MaterialFileKind: String, CaseIterable, Sendable {
    case pdf, docx, xlsx, pptx, odt, txt, png, jpeg

    public var extensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .docx: ["docx"]
        case .xlsx: ["xlsx"]
        case .pptx: ["pptx"]
        case .odt: ["odt"]
        case .txt: ["txt"]
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg"]
        }
    }

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .txt: "text/plain; charset=utf-8"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }

    /// Whether `bytes` (the start of the file, or all of it for text) look like this kind.
    func matches(_ bytes: [UInt8]) -> Bool {
        func starts(_ signature: [UInt8]) -> Bool { bytes.count >= signature.count && Array(bytes.prefix(signature.count)) == signature }
        switch self {
        case .pdf: return starts(Array("%PDF-".utf8))
        // Office and OpenDocument files are ZIP archives.
        case .docx, .xlsx, .pptx, .odt: return starts([0x50, 0x4B, 0x03, 0x04])
        case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return starts([0xFF, 0xD8, 0xFF])
        case .txt: return !bytes.contains(0) && String(bytes: bytes, encoding: .utf8) != nil
        }
    }
}

public enum MaterialRules {
    /// The largest file the library takes (a handbook as PDF fits well within it).
    public static let maximumBytes = 10_000_000
    public static let maximumTitleLength = 200

    public enum FileProblem: Error, Equatable, Sendable {
        case missing
        case tooLarge
        case notAllowed
    }

    /// The kind of an uploaded file, or why it is refused: empty, too large, or a name and content
    /// that are not one of the kinds the library takes.
    public static func check(fileName: String, bytes: [UInt8]) -> Result<MaterialFileKind, FileProblem> {
        guard !bytes.isEmpty else { return .failure(.missing) }
        guard bytes.count <= maximumBytes else { return .failure(.tooLarge) }
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard fileName.contains("."), let kind = MaterialFileKind.allCases.first(where: { $0.extensions.contains(ext) }),
              kind.matches(bytes) else { return .failure(.notAllowed) }
        return .success(kind)
    }

    /// A file name safe to give back in a download header: no path, no control or quote characters.
    public static func downloadName(_ fileName: String) -> String {
        let last = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "material"
        let cleaned = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\"" && $0.value != 0x7F }.map(Character.init))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "material" : String(cleaned.prefix(150))
    }
}
