package org.dutyledger.integration.webhook;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.Language;
import org.dutyledger.common.ProblemException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may point: https to a public host. Loopback, private, link-local and local-only names are
 * refused, and so is a name when ANY of its addresses is not public, so that a subscription cannot make the
 * service call into its own network. The check runs when the URL is set and again before every attempt
 * (a name can be re-pointed at 127.0.0.1 later: DNS rebinding). Plain http to localhost or 127.0.0.1 only
 * where configuration allows it (tests, local development).
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    @Inject
    HostResolver resolver;

    @Inject
    WebhookConfig config;

    /** The URL of a subscription as stored, or 422 naming `url`. */
    public URI check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("url", FieldCode.REQUIRED);
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", FieldCode.ABSOLUTE_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw ProblemException.invalid("url", FieldCode.ABSOLUTE_URL);
        }
        if (isAllowedLocalTestHost(host) && (scheme.equals("http") || scheme.equals("https"))) {
            return uri;
        }
        if (!scheme.equals("https")) {
            throw ProblemException.invalid("url", FieldCode.HTTPS_REQUIRED);
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal") || !name.contains(".") && !name.startsWith("[")) {
            throw ProblemException.invalid("url", FieldCode.LOCAL_HOST);
        }
        Refusal refusal = refusal(host);
        if (refusal != null) {
            throw ProblemException.invalid("url", refusal.code(), refusal.args());
        }
        return uri;
    }

    /** Why a delivery to this URL must not be sent now (its host resolves to a non-public address), or null. */
    public String refusalAtDelivery(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return "refused: the subscription URL is not valid";
        }
        if (host == null) {
            return "refused: the subscription URL has no host";
        }
        host = host.toLowerCase(Locale.ROOT);
        if (isAllowedLocalTestHost(host)) {
            return null;
        }
        Refusal refusal = refusal(host);
        // The delivery log keeps the operator's English wording, as before.
        return refusal == null ? null : "refused, not called: " + refusal.code().message(Language.EN, refusal.args());
    }

    /** Why a host is refused: a field code of `url` and its arguments. */
    private record Refusal(FieldCode code, Map<String, String> args) {

        static Refusal of(FieldCode code, String host) {
            return new Refusal(code, Map.of("host", host));
        }
    }

    private boolean isAllowedLocalTestHost(String host) {
        return config.allowLocalHttp() && (host.equals("localhost") || host.equals("127.0.0.1"));
    }

    private Refusal refusal(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (isAmbiguousIpv4Literal(bare)) {
            return Refusal.of(FieldCode.AMBIGUOUS_IP_ADDRESS, host);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Refusal.of(FieldCode.HOST_NOT_RESOLVED, host);
        } catch (RuntimeException e) {
            return Refusal.of(FieldCode.NOT_A_HOST_NAME, host);
        }
        if (addresses.isEmpty()) {
            return Refusal.of(FieldCode.HOST_NOT_RESOLVED, host);
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return new Refusal(FieldCode.HOST_NOT_PUBLIC, Map.of("host", host, "address", a.getHostAddress()));
            }
        }
        return null;
    }

    /**
     * True for a host that programs read as an IPv4 address (its last label is a number, as the URL standard and
     * inet_aton have it) but that is not plain dotted decimal: {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1},
     * {@code 2130706433}. The JDK reads {@code 0177} as 177, curl and browsers as 127: such a host is refused
     * rather than resolved, so that what is checked is what every client would call.
     */
    static boolean isAmbiguousIpv4Literal(String host) {
        if (host.contains(":")) {
            return false;  // an IPv6 literal
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = h.split("\\.", -1);
        String last = labels[labels.length - 1];
        if (!NUMERIC_LABEL.matcher(last).matches()) {
            return false;
        }
        if (labels.length != 4) {
            return true;
        }
        for (String label : labels) {
            if (!DECIMAL_OCTET.matcher(label).matches() || Integer.parseInt(label) > 255) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final java.util.regex.Pattern DECIMAL_OCTET = java.util.regex.Pattern.compile("0|[1-9][0-9]{0,2}");

    /** False for every address a webhook must not reach: loopback, private, link-local, shared, reserved, multicast. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return isPublicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        int w0 = (b[0] & 0xff) << 8 | (b[1] & 0xff);
        if ((b[0] & 0xfe) == 0xfc || w0 == 0x2001 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false;  // unique local fc00::/7, documentation 2001:db8::/32
        }
        if (a instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress() || isNat64(b)) {
            return isPublicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
        }
        if (b[0] == 0 || w0 == 0x0100 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
            return false;  // the rest of ::/8 (IPv4-translated, reserved; local-use NAT64 64:ff9b:1::/48), discard 100::/64
        }
        if (w0 == 0x2001 && (b[2] & 0xfe) == 0) {
            return false;  // IETF protocol assignments 2001::/23: Teredo 2001::/32 (embeds any IPv4), benchmarking, ORCHID
        }
        if (w0 == 0x2002) {  // 6to4 carries an IPv4 address in bytes 2..5
            return isPublicV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff);
        }
        return true;
    }

    private static boolean isNat64(byte[] b) {
        if (!((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPublicV4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224                 // this network, private, loopback, multicast, reserved
                || a == 100 && (b & 0xc0) == 64                           // shared address space (carrier NAT) 100.64/10
                || a == 169 && b == 254                                   // link-local, cloud metadata
                || a == 172 && (b & 0xf0) == 16 || a == 192 && b == 168  // private
                || a == 192 && b == 0 && (c == 0 || c == 2)              // IETF protocol assignments, TEST-NET-1
                || a == 198 && (b & 0xfe) == 18                           // benchmarking 198.18/15
                || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113);  // TEST-NET-2, -3
    }
}
