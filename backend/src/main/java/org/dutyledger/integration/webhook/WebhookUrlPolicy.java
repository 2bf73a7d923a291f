package org.dutyledger.integration.webhook;

import org.dutyledger.common.ProblemException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may point: https to a public host. Loopback, private, link-local and local-only names are
 * refused, so that a subscription cannot make the service call into its own network; plain http to
 * localhost or 127.0.0.1 only where configuration allows it (tests, local development).
 */
final class WebhookUrlPolicy {

    private WebhookUrlPolicy() {
    }

    static URI check(String raw, boolean allowLocalHttp) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("url", "must not be blank");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "must be an absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw ProblemException.invalid("url", "must be an absolute URL with a host, without credentials or fragment");
        }
        boolean localTestHost = host.equals("localhost") || host.equals("127.0.0.1");
        if (allowLocalHttp && localTestHost && (scheme.equals("http") || scheme.equals("https"))) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw ProblemException.invalid("url", "must use https");
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || !host.contains(".") && !host.startsWith("[")) {
            throw ProblemException.invalid("url", "must name a public host, not a local one");
        }
        if (isIpLiteral(host)) {
            try {
                InetAddress a = InetAddress.getByName(host.replace("[", "").replace("]", ""));
                byte[] b = a.getAddress();
                boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
                boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || uniqueLocalV6 || carrierNat) {
                    throw ProblemException.invalid("url", "must not point to a loopback, private or link-local address");
                }
            } catch (UnknownHostException e) {
                throw ProblemException.invalid("url", "has an invalid address");
            }
        }
        return uri;
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }
}
