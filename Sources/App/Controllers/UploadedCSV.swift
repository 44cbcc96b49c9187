import Foundation
import Vapor

/// The text an import from HR works on: the uploaded file when one came, else the lines pasted in
/// the box. Shared by the employment import and the staff import.
enum UploadedCSV {
    /// The largest file accepted: far above a large municipality's staff list.
    static let maximumBytes = 1_000_000
    static let acceptedTypes: Set<String> = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel",
                                             "text/comma-separated-values", "application/octet-stream"]

    /// Why the text cannot be read, and what to show back in the box.
    struct Refusal: Error {
        let message: String
        let kept: String
    }

    static func hasFile(_ file: File?) -> Bool { (file?.data.readableBytes ?? 0) > 0 }

    static func read(pasted: String?, file: File?, texts t: Texts) -> Result<String, Refusal> {
        // NUL is never in a real file, and PostgreSQL refuses it in text.
        var csv = (pasted ?? "").replacingOccurrences(of: "\0", with: "")
        let tooLarge = t.errorFileTooLarge(maximumKB: maximumBytes / 1000)
        if let file, hasFile(file) {
            guard file.data.readableBytes <= maximumBytes else { return .failure(Refusal(message: tooLarge, kept: csv)) }
            guard looksLikeCSV(file), let content = text(of: Data(buffer: file.data)) else {
                return .failure(Refusal(message: t.errorFileNotCSV, kept: csv))
            }
            csv = content
        }
        guard csv.utf8.count <= maximumBytes else { return .failure(Refusal(message: tooLarge, kept: "")) }
        guard !csv.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .failure(Refusal(message: t.errorImportEmpty, kept: csv)) }
        return .success(csv)
    }

    /// The words of an uploaded file: UTF-8 (with or without its byte order mark), else Windows-1252
    /// as older HR exports write Danish and Swedish letters. Nil for what is not text.
    static func text(of data: Data) -> String? {
        guard !data.contains(0) else { return nil }
        if let utf8 = String(data: data, encoding: .utf8) { return utf8 }
        return String(data: data, encoding: .windowsCP1252)
    }

    static func looksLikeCSV(_ file: File) -> Bool {
        let name = file.filename.lowercased()
        let typeOK = file.contentType.map { acceptedTypes.contains("\($0.type)/\($0.subType)".lowercased()) } ?? true
        return typeOK && (name.hasSuffix(".csv") || name.hasSuffix(".txt") || name.hasSuffix(".tsv"))
    }
}
