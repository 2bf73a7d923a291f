package org.dutyledger.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Names of downloaded files: in the caller's language with the local date and time of the download
 * (审计日志_2026-12-03_1807.csv), sent as RFC 6266 / RFC 5987 `filename*=UTF-8''…` with a plain ASCII `filename` for
 * old clients.
 */
public final class Downloads {

    private Downloads() {
    }

    /** `name` (zh or en by the request's language) + local date and time + `.extension`, as a Content-Disposition. */
    public static String attachment(String zhName, String enName, String extension) {
        String stamp = "_" + LocalTimes.fileStamp(Instant.now(), LocalTimes.zone()) + "." + extension;
        return attachment(Language.current().pick(zhName, enName) + stamp, enName + stamp);
    }

    /** An attachment header for this file name; `asciiFallback` for clients that do not read `filename*`. */
    public static String attachment(String fileName, String asciiFallback) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
