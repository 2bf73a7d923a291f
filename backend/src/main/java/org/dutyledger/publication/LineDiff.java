package org.dutyledger.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence), enough for titles and bodies of a few hundred lines; removals before additions. */
public final class LineDiff {

    @Schema(name = "DiffLine")
    public record Line(@Schema(required = true, description = "SAME, ADDED or REMOVED") String kind,
                       @Schema(required = true) String text) {
    }

    private LineDiff() {
    }

    public static List<Line> of(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line("SAME", a.get(i++)));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                out.add(new Line("ADDED", b.get(j++)));
            } else {
                out.add(new Line("REMOVED", a.get(i++)));
            }
        }
        return out;
    }

    /** Sanitized HTML broken after block ends, so that a diff shows paragraphs rather than one long line. */
    public static List<String> htmlLines(String html) {
        if (html == null || html.isEmpty()) {
            return List.of();
        }
        String broken = html.replaceAll("(?i)(</(p|h[1-6]|li|ul|ol|blockquote|div|tr|table|figure|pre)>|<br\\s*/?>|<hr\\s*/?>)", "$1\n");
        return List.of(broken.split("\n")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> textLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}
