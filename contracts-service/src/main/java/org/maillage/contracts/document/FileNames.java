package org.maillage.contracts.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** File names as people gave them, made safe to keep and to hand back in a Content-Disposition header. */
final class FileNames {

    private static final int MAX = 200;

    private FileNames() {
    }

    /**
     * The client's name without any folder, control character or quote, at most 200 characters, ending with the
     * extension the content showed (added when it ends otherwise: "offre.pdf" that is really a .docx becomes
     * "offre.pdf.docx", so nobody opens it with the wrong program).
     */
    static String withExtension(String clientName, String extension) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"\\p{Cs}]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "document" + name;
        }
        String suffix = "." + extension;
        if (!name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            name = name + suffix;
        }
        if (name.length() > MAX) {
            name = name.substring(0, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    /** attachment, with an ASCII fallback name and the exact one in RFC 5987 form. */
    static String contentDisposition(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + (ascii.isBlank() ? "document" : ascii) + "\"; filename*=UTF-8''" + encoded;
    }
}
