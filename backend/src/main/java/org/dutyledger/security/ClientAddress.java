package org.dutyledger.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who sent a request, as far as we can know: the connection's address, unless that address is one of the
 * configured trusted proxies; then X-Forwarded-For is read from the right (the hop nearest to us), skipping
 * trusted proxies, and the first address that is not one of them is the client. A header sent through an
 * untrusted connection is ignored, so a client cannot name someone else as the sender.
 */
public final class ClientAddress {

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> trusted;

    /** From addresses and CIDR blocks ("10.0.0.0/8", "192.168.1.5", "fd00::/8"); a malformed entry fails startup. */
    public ClientAddress(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            byte[] network = literal(slash < 0 ? e : e.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("dutyledger.security.trusted-proxies: not an IP address or CIDR block: " + e);
            }
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(e.substring(slash + 1));
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("dutyledger.security.trusted-proxies: bad prefix length in " + e);
            }
            blocks.add(new Block(network, bits));
        }
        this.trusted = List.copyOf(blocks);
    }

    /** The client of a request that came over a connection from {@code peer} with this X-Forwarded-For (or null). */
    public String of(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return client;  // a hop we cannot read: stop at the last one we could
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        byte[] a = literal(address);
        return a != null && trusted.stream().anyMatch(b -> b.contains(a));
    }

    /** The bytes of an IP literal, or null for anything else (no name is ever resolved here). */
    private static byte[] literal(String s) {
        String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        boolean v4 = t.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
        boolean v6 = t.contains(":") && t.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        if (v4) {
            String[] parts = t.split("\\.");
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int n = Integer.parseInt(parts[i]);
                if (n > 255) {
                    return null;
                }
                b[i] = (byte) n;
            }
            return b;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }
}
