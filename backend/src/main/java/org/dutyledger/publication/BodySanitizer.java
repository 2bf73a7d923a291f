package org.dutyledger.publication;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text is kept as HTML through an allow-list: formatting, blocks, lists, tables, links and images stay;
 * scripts, event handlers, styles that could hide content and javascript: URLs are dropped. The browser's
 * editor may clean too, but only this decides what is stored.
 */
public final class BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "br", "figure", "figcaption").toFactory());

    private BodySanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
