import Foundation

/// One e-mail as Godstart writes it: plain text in UTF-8, to one person.
public struct MailMessage: Equatable, Sendable {
    public var from: String
    public var to: String
    public var subject: String
    public var body: String
    /// Unique per message; a receiver that sees it twice knows it is the same mail.
    public var messageID: String
    public var date: Date

    public init(from: String, to: String, subject: String, body: String, messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
    }

    /// The message as RFC 5322 text with CRLF line ends: headers (a non-ASCII subject encoded as in
    /// RFC 2047), then the body in base64, so every line is short and any letter survives.
    public var rfc5322: String {
        var headers = [
            "From: \(Self.headerSafe(from))",
            "To: \(Self.headerSafe(to))",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(Self.headerSafe(messageID))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            // RFC 3834: an automatic message; out-of-office replies should not answer it.
            "Auto-Submitted: auto-generated",
        ]
        headers.append("")
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return (headers + lines).joined(separator: "\r\n") + "\r\n"
    }

    /// A header value with no line breaks, so nothing typed can add a header.
    static func headerSafe(_ value: String) -> String {
        value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// ASCII stays as it is; anything else becomes `=?utf-8?B?...?=` words of at most 75 characters.
    static func encodedWord(_ value: String) -> String {
        let safe = headerSafe(value)
        if safe.allSatisfy({ $0.isASCII }) { return safe }
        // 45 bytes of UTF-8 make 60 characters of base64, within the 75 of one encoded word; a
        // character is never split between two words.
        var words: [String] = []
        var chunk = Data()
        for character in safe {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// The address part of "Name <address>" or a bare address, for the SMTP envelope.
    public static func address(of value: String) -> String {
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            return String(value[value.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// The data of the SMTP DATA command: dot-stuffed (RFC 5321 4.5.2) and ended by a lone dot.
    public var smtpData: String {
        let lines = rfc5322.components(separatedBy: "\r\n").dropLast()
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n.\r\n"
    }
}
