package org.maillage.gateway.paths;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per resource, so that a limit or a route keyed on a path cannot be side-stepped by
 * writing it another way ({@code /api/auth/login/}, {@code /api//auth/login}, {@code /api/x/../auth/login},
 * {@code /api/auth/%6Cogin}). RFC 3986 normalization (percent-encoded unreserved characters decoded,
 * dot segments removed) plus what our routes never need: empty segments and a trailing slash.
 */
public final class PathNormalizer {

    private PathNormalizer() {
    }

    /** The normalized path, or empty when the path cannot name a resource (NUL, climbs above the root, bad escape). */
    public static Optional<String> normalize(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.empty();
        }
        String decoded = decodeSafe(rawPath);
        if (decoded == null) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
                continue;
            }
            segments.addLast(segment);
        }
        return Optional.of("/" + String.join("/", segments));
    }

    /**
     * Decodes escapes of unreserved characters and of '/' (so an escaped slash or dot cannot hide a segment);
     * other escapes stay as sent, upper-cased, for the service to decode. A NUL or a broken escape gives null.
     */
    private static String decodeSafe(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0) {
                return null;
            }
            if (c != '%') {
                out.append(c);
                continue;
            }
            int hi = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int lo = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0 || hi + lo == 0) { // a broken escape, or %00
                return null;
            }
            int value = hi * 16 + lo;
            char decoded = (char) value;
            if (value < 0x80 && (Character.isLetterOrDigit(decoded) || "-._~/".indexOf(decoded) >= 0)) {
                out.append(decoded);
            } else {
                out.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
            }
            i += 2;
        }
        return out.toString();
    }
}
