package org.maillage.contracts.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each kind, made here so the tests need nothing from outside. */
final class SampleFiles {

    // 2020-01-01 (local time): within the zip format's DOS dates, so no entry carries an extra time field
    private static final long FIXED_TIME = java.time.LocalDateTime.of(2020, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault())
            .toInstant().toEpochMilli();

    private SampleFiles() {
    }

    /** A one-page PDF as a PDF writer would produce it. */
    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
                + "% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A Word document: an OOXML package with its content types and main part. */
    static byte[] docx(String text) {
        return ooxml("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>", false);
    }

    /** The same, written with its main part before [Content_Types].xml, as some tools do. */
    static byte[] docxContentTypesLast(String text) {
        return ooxml("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>", true);
    }

    /** An OpenDocument text: its mimetype first and stored, as ODF requires (and as Tika recognizes it), then its parts. */
    static byte[] odt(String text) {
        return odt(text, Map.of(), List.of());
    }

    /**
     * The same with extra parts (a macro library, say) and extra manifest entries (a manifest may list a part the
     * package's directory spells otherwise).
     */
    static byte[] odt(String text, Map<String, String> extraParts, List<String> extraManifestPaths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            // a DOS-range time: an older one makes Java add an extra field, which would move the mimetype off offset 38
            mimetype.setTime(FIXED_TIME);
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>");
            for (String path : extraManifestPaths) {
                manifest.append("<manifest:file-entry manifest:full-path=\"").append(path).append("\" manifest:media-type=\"text/xml\"/>");
            }
            manifest.append("</manifest:manifest>");
            entry(zip, "META-INF/manifest.xml", manifest.toString());
            entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body></office:document-content>");
            for (Map.Entry<String, String> part : extraParts.entrySet()) {
                entry(zip, part.getKey(), part.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word document with a VBA project, as a macro-enabled file renamed .docx carries it. */
    static byte[] docxWithMacros(String text) {
        return ooxml("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>", false, "word/vbaProject.bin");
    }

    /** A Windows program (an MZ/PE header), as someone might rename it to offre.pdf. */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    /** A plain zip that is no office document. */
    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("bonjour".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF padded to the given size. */
    static byte[] pdfOfSize(int size) {
        byte[] head = pdf("grand");
        byte[] b = Arrays.copyOf(head, size);
        Arrays.fill(b, head.length, size, (byte) ' ');
        return b;
    }

    private static byte[] ooxml(String mainPart, String mainXml, boolean contentTypesLast) {
        return ooxml(mainPart, mainXml, contentTypesLast, null);
    }

    private static byte[] ooxml(String mainPart, String mainXml, boolean contentTypesLast, String macroPart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (!contentTypesLast) {
                contentTypes(zip);
            }
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"" + mainPart + "\"/></Relationships>");
            entry(zip, mainPart, mainXml);
            if (macroPart != null) {
                entry(zip, macroPart, "Attribute VB_Name = \"Module1\"");
            }
            if (contentTypesLast) {
                contentTypes(zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void contentTypes(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        // one file, the same bytes whenever it is made: a test compares what it sent with what it reads back
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
