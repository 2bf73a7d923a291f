package org.dutyledger.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SHA-256 an approval is bound to. Each field is written as name, length and value, so that moving text
 * from the title into the summary still changes the hash; attachment hashes are sorted so order does not count.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String summary, String body, List<String> attachmentHashes) {
        StringBuilder canonical = new StringBuilder("duty-ledger/publication/v1\n");
        field(canonical, "title", title);
        field(canonical, "summary", summary == null ? "" : summary);
        field(canonical, "body", body);
        attachmentHashes.stream().sorted().forEach(h -> field(canonical, "attachment", h));
        return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return org.dutyledger.common.FileChecks.sha256(bytes);
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append(':').append(value.length()).append(':').append(value).append('\n');
    }
}
