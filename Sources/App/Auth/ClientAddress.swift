import NIOCore
import Vapor

/// The network address a request came from. Behind a reverse proxy every request comes from the
/// proxy, so the sign-in throttle would count everyone's failures as one address and the audit
/// log would name the proxy. The proxy's own address is listed in `GODSTART_TRUSTED_PROXIES`; only
/// then is its X-Forwarded-For believed, since anyone else can write that header.
enum ClientAddress {
    /// The address as NIO writes it, so a configured address compares equal to a peer's; nil when
    /// `text` is not an IP address.
    static func normalised(_ text: some StringProtocol) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return (try? SocketAddress(ipAddress: trimmed, port: 0))?.ipAddress
    }

    /// The socket's peer; when that is a trusted proxy, the address the nearest untrusted hop gave
    /// it: X-Forwarded-For read from the right, past the trusted proxies. Something there that is
    /// not an address leaves the peer.
    static func of(peer: String?, forwardedFor: [String], trustedProxies: Set<String>) -> String? {
        guard let peer, trustedProxies.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
        for hop in hops.reversed() {
            guard let address = normalised(hop) else { return peer }
            if !trustedProxies.contains(address) { return address }
        }
        return peer
    }

    /// `GODSTART_TRUSTED_PROXIES`: the proxies' addresses, comma-separated.
    static func trustedProxies(from environment: [String: String]) throws -> Set<String> {
        guard let text = environment["GODSTART_TRUSTED_PROXIES"], !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        var addresses = Set<String>()
        for item in text.split(separator: ",") {
            guard let address = normalised(item) else {
                throw StartupError("GODSTART_TRUSTED_PROXIES must list IP addresses, comma-separated (\(item.trimmingCharacters(in: .whitespaces)) is not one)")
            }
            addresses.insert(address)
        }
        return addresses
    }
}

extension Request {
    /// Where the request came from (`ClientAddress`): for the sign-in throttle and the audit log.
    var clientAddress: String? {
        ClientAddress.of(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
                         trustedProxies: application.settings.trustedProxies)
    }
}
