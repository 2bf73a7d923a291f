package org.dutyledger.channel;

import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A channel's address is a web page people open from the register and from exports: an absolute http or https
 * URL with a host, or none. Anything else ({@code javascript:}, {@code data:}, {@code file:}, a bare word) would
 * be carried into links and spreadsheets as it was typed, so it is refused.
 */
public final class ChannelUrl {

    private ChannelUrl() {
    }

    /** The URL as stored (trimmed; blank means none), or 422 naming {@code url}. */
    public static String check(String raw) {
        String url = Texts.clean(raw);
        if (url == null) {
            return null;
        }
        if (!isWebAddress(url)) {
            throw ProblemException.invalid("url", FieldCode.HTTP_URL);
        }
        return url;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
