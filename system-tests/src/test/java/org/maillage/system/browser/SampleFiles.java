package org.maillage.system.browser;

import java.nio.charset.StandardCharsets;

/** Files the browser tests attach. */
final class SampleFiles {

    /** The smallest file the platform recognizes as a PDF by its content. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private SampleFiles() {
    }
}
