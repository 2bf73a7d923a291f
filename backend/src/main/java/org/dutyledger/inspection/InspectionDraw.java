package org.dutyledger.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The reproducible random draw (随机抽查): each candidate organization id is keyed by the lowercase hex SHA-256 of
 * {@code seed + ":" + id} (UTF-8, the id in decimal); candidates are ordered by that key (then by id) and the first
 * {@code count} are drawn. Anyone with the seed and the candidate list gets the same targets, in any language.
 */
public final class InspectionDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InspectionDraw() {
    }

    /** The drawn ids, in draw order. */
    public static List<Long> draw(List<Long> candidateIds, int count, String seed) {
        return candidateIds.stream().distinct()
                .sorted(Comparator.<Long, String>comparing(id -> key(seed, id)).thenComparing(Comparator.naturalOrder()))
                .limit(count).toList();
    }

    static String key(String seed, long id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A seed for a draw that was not given one: 16 random hex digits. */
    static String newSeed() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
