package org.dutyledger.common;

/** Normalization of free text from forms, imports and OA systems. */
public final class Texts {

    private Texts() {
    }

    /** Trims, and turns an empty string into null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
