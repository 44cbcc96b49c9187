import Foundation

/// A ZIP file whose entries are stored uncompressed: every unzip tool and operating system opens
/// it, and it needs no library. Names are UTF-8 (flag bit 11).
///
/// Why this and not ZIPFoundation (judged in issue 26): Godstart only writes ZIP files, and only one
/// kind, a person's archive of their data (`PersonalDataArchive.zip`): two text entries, index.html
/// and data.json, made in memory and sent at once, kilobytes to a few megabytes. Writing stored
/// entries is the plainest part of the format (a local header with a CRC-32 per entry, a central
/// directory, an end record), and the browser tests open the result with Python's zipfile
/// (e2e/test_data_rights.py, test_durability.py). What ZIPFoundation is for (reading archives
/// someone else made, where a parser of one's own is a risk; compression; streaming to and from
/// files; ZIP64 past 4 GB) is nothing this archive needs. Should it ever hold uploaded files or
/// grow past hundreds of megabytes, move it to ZIPFoundation, which the mirror has.
struct ZipArchive {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var entries = 0

    mutating func add(_ name: String, _ contents: [UInt8], modified: Date) {
        let nameBytes = Array(name.utf8)
        let checksum = CRC32.of(contents)
        let (time, date) = Self.dosTimeAndDate(modified)
        let offset = UInt32(bytes.count)
        var local: [UInt8] = []
        local.append32(0x0403_4b50)
        local.append16(20); local.append16(0x0800); local.append16(0) // version, UTF-8 names, stored
        local.append16(time); local.append16(date)
        local.append32(checksum); local.append32(UInt32(contents.count)); local.append32(UInt32(contents.count))
        local.append16(UInt16(nameBytes.count)); local.append16(0)
        bytes += local + nameBytes + contents

        directory.append32(0x0201_4b50)
        directory.append16(20); directory.append16(20); directory.append16(0x0800); directory.append16(0)
        directory.append16(time); directory.append16(date)
        directory.append32(checksum); directory.append32(UInt32(contents.count)); directory.append32(UInt32(contents.count))
        directory.append16(UInt16(nameBytes.count)); directory.append16(0); directory.append16(0)
        directory.append16(0); directory.append16(0); directory.append32(0)
        directory.append32(offset)
        directory += nameBytes
        entries += 1
    }

    /// The whole file: the entries, their directory and its end record.
    var data: [UInt8] {
        var end: [UInt8] = []
        end.append32(0x0605_4b50)
        end.append16(0); end.append16(0)
        end.append16(UInt16(entries)); end.append16(UInt16(entries))
        end.append32(UInt32(directory.count)); end.append32(UInt32(bytes.count))
        end.append16(0)
        return bytes + directory + end
    }

    /// MS-DOS time and date, in UTC.
    static func dosTimeAndDate(_ date: Date) -> (UInt16, UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let time = UInt16((c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2)
        let day = UInt16(max((c.year ?? 1980) - 1980, 0) << 9 | (c.month ?? 1) << 5 | (c.day ?? 1))
        return (time, day)
    }
}

/// CRC-32 (IEEE 802.3), as ZIP uses it.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func of(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

private extension Array where Element == UInt8 {
    mutating func append16(_ value: UInt16) { append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    mutating func append32(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
}
