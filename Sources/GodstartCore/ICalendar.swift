import Foundation

/// Calendar files as RFC 5545 defines them, for Outlook, Google Calendar and Apple Calendar:
/// events with stable UIDs, a SEQUENCE that grows with each change, and STATUS:CANCELLED for a
/// cancelled meeting, so a subscribed calendar updates instead of duplicating.
public struct CalendarEvent: Equatable, Sendable {
    public enum Status: String, Sendable { case confirmed = "CONFIRMED", cancelled = "CANCELLED" }

    /// Stable across changes: the same meeting always has the same UID.
    public let uid: String
    public let sequence: Int
    public let start: Date
    public let end: Date
    public let summary: String
    public let description: String?
    public let location: String?
    public let status: Status
    public let lastModified: Date?

    public init(uid: String, sequence: Int, start: Date, end: Date, summary: String, description: String? = nil,
                location: String? = nil, status: Status = .confirmed, lastModified: Date? = nil) {
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.status = status
        self.lastModified = lastModified
    }
}

public enum ICalendar {
    public static let contentType = "text/calendar; charset=utf-8"

    /// A whole calendar: `name` is what a subscribing application shows for it.
    public static func document(_ events: [CalendarEvent], name: String, stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Godstart//Godstart//DA", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:\(text(name))"]
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(text(event.uid))", "DTSTAMP:\(utc(stamp))", "SEQUENCE:\(event.sequence)",
                      "DTSTART:\(utc(event.start))", "DTEND:\(utc(event.end))", "SUMMARY:\(text(event.summary))",
                      "STATUS:\(event.status.rawValue)"]
            if let description = event.description { lines.append("DESCRIPTION:\(text(description))") }
            if let location = event.location, !location.isEmpty { lines.append("LOCATION:\(text(location))") }
            if let modified = event.lastModified { lines.append("LAST-MODIFIED:\(utc(modified))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545, 3.3.11).
    public static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in a TEXT value.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { out.append(character) }
            }
        }
        return out
    }

    /// A time in UTC: `20270111T120000Z`.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Lines longer than 75 octets are folded: a CRLF and a space before each further part, never
    /// inside a character (RFC 5545, 3.1).
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}
