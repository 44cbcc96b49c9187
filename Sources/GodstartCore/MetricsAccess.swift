import Foundation

/// Who may read /metrics (OWASP ASVS 14.3, 8.1): its counts by route and its job figures are for
/// operations, not for strangers. With `GODSTART_METRICS_TOKEN` set, only a request carrying that
/// token (Authorization: Bearer). Without it, only a request made on this machine: its TCP peer is a
/// loopback address and it carries no forwarding header, since a reverse proxy on the same machine
/// forwards everyone's requests from loopback too.
public enum MetricsAccess {
    public static func allows(tokenIsSet: Bool, sentTokenMatches: Bool, peer: String?, forwarded: Bool) -> Bool {
        if tokenIsSet { return sentTokenMatches }
        guard let peer, !forwarded else { return false }
        return isLoopback(peer)
    }

    /// 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 form, as NIO writes addresses.
    public static func isLoopback(_ address: String) -> Bool {
        let lowered = address.lowercased()
        if lowered == "::1" || lowered == "0:0:0:0:0:0:0:1" { return true }
        let ipv4 = lowered.hasPrefix("::ffff:") ? String(lowered.dropFirst("::ffff:".count)) : lowered
        let parts = ipv4.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
