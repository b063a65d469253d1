package org.maillage.gateway.routing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** W3C Trace Context: keep a caller's valid traceparent, or start a new trace at the front door. */
final class TraceContext {

    static final String HEADER = "traceparent";
    private static final Pattern VALID = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private TraceContext() {
    }

    private static String hex(long value) {
        return HexFormat.of().toHexDigits(value);
    }

    static String continueOrStart(String incoming) {
        if (incoming != null && VALID.matcher(incoming).matches()) {
            return incoming;
        }
        // trace ids must be unique, not secret: a fast generator on the hot path
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "00-" + hex(random.nextLong() | 1L) + hex(random.nextLong()) + "-" + hex(random.nextLong() | 1L) + "-01";
    }
}
