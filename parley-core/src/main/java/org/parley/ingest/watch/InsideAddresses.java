package org.parley.ingest.watch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Addresses inside the machine or its network, which a URL taken from a feed must not reach:
 * loopback, link-local (where cloud metadata services answer), private, multicast and unspecified,
 * for IPv4 and IPv6, and IPv4 addresses wrapped in IPv6 forms.
 */
public final class InsideAddresses {

    private InsideAddresses() {
    }

    /** What kind of inside address {@code address} is ("loopback", "link-local", ...), or empty when it is public. */
    public static Optional<String> kind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<Inet4Address> wrapped = embeddedIpv4(v6.getAddress());
            if (wrapped.isPresent()) {
                return kind(wrapped.get());
            }
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || address instanceof Inet4Address && b[0] == 0) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address.isSiteLocalAddress() || isPrivate(address, b)) {
            return Optional.of("private");
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address, byte[] b) {
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 100 && second >= 64 && second <= 127 // carrier-grade NAT, shared address space
                    || first == 198 && (second == 18 || second == 19) // benchmarking networks
                    || first == 255; // broadcast
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique local, fc00::/7
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), -compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static Optional<Inet4Address> embeddedIpv4(byte[] b) {
        boolean zeros10 = Arrays.equals(b, 0, 10, new byte[10], 0, 10);
        boolean mapped = zeros10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = Arrays.equals(b, 0, 12, new byte[12], 0, 12) && (b[12] | b[13] | b[14]) != 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(b, 4, 12, new byte[8], 0, 8);
        if (!mapped && !compatible && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
