import Foundation

/// A CSV file as HR systems export it: a header row, then one record per line; `;`, tab or `,`
/// between fields (whichever the header uses), a field in double quotes may hold the separator and
/// `""` for a quote; a byte order mark and blank lines are ignored.
///
/// Why this and not SwiftCSV or CSV.swift (judged in issue 26): what is read here is what the two
/// imports from HR need to say to a person: each problem by the line number their spreadsheet shows
/// ("Linje 4: ..."), which the libraries do not keep (they give records, not the line each began
/// on); the separator taken from the header row, since Danish and Swedish Excel write `;` and other
/// systems tab or `,`; and a file of at most 1 MB (`UploadedCSV.maximumBytes`) read whole, already
/// decoded from UTF-8 or Windows-1252 (`UploadedCSV.text`). One thing it does not do: a quoted field
/// that runs over several lines is read as separate lines; HR exports of names, addresses, roles
/// and dates do not have such fields, and both imports show what they read, with the lines they
/// could not use, before anything is saved.
public struct CSVTable: Sendable {
    public struct Line: Sendable {
        /// The line in the file, counting the header as line 1.
        public let line: Int
        public let fields: [String]
    }

    public let header: Line
    public let rows: [Line]
    public let separator: Character
}

public enum CSVText {
    /// The table in `text`, or nil when it holds no line at all.
    public static func table(_ text: String) -> CSVTable? {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated().map { (number: $0.offset + 1, text: String($0.element)) }
            .filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let header = lines.first else { return nil }
        let separator: Character = header.text.contains(";") ? ";" : header.text.contains("\t") ? "\t" : ","
        return CSVTable(header: .init(line: header.number, fields: fields(header.text, separator: separator)),
                        rows: lines.dropFirst().map { .init(line: $0.number, fields: fields($0.text, separator: separator)) },
                        separator: separator)
    }

    /// A header compared without case, spaces, hyphens, dots and underscores.
    public static func key(_ header: String) -> String {
        header.lowercased().filter { !" -_.".contains($0) }
    }

    /// The fields of one CSV line; a field in double quotes may hold the separator and `""` for a quote.
    public static func fields(_ line: String, separator: Character) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        current.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty {
                current = ""
                quoted = true
            } else if character == separator {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

}
