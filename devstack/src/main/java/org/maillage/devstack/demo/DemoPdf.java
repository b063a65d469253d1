package org.maillage.devstack.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a few lines of text, for the demo's tender documents: small, valid (its cross-reference table
 * gives each object's true offset), and recognized as a PDF by its content as contracts-service requires. Text is
 * written in PDF's standard Helvetica, which covers Latin-1: French accents print, other characters become '?'.
 */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] page(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(escape(title)).append(") Tj /F1 11 Tf");
        for (String line : lines) {
            text.append(" 0 -22 Td (").append(escape(line)).append(") Tj");
        }
        text.append(" ET");
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1) + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        // one byte per character (Latin-1), so the offsets counted in characters are the offsets in bytes
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String escape(String s) {
        String latin = new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }
}
