package org.maillage.web.site;

/** A return address taken from a request: only a path of this site, never another site (open redirect). */
public final class LocalPath {

    private LocalPath() {
    }

    public static String or(String candidate, String fallback) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000) {
            return fallback;
        }
        boolean local = candidate.startsWith("/") && !candidate.startsWith("//") && !candidate.startsWith("/\\")
                && candidate.chars().noneMatch(c -> c < 0x20 || c == '\\');
        return local ? candidate : fallback;
    }
}
