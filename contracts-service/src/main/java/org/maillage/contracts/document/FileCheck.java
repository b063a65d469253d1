package org.maillage.contracts.document;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.apache.tika.Tika;
import org.maillage.platform.problem.ProblemException;
import org.maillage.platform.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Decides what a file is from its bytes, never from its name or the Content-Type the client sent: Tika's magic
 * numbers first; an Office Open XML file is a zip whose parts say which application it belongs to, read from the
 * zip's directory (not by inflating it, so a zip bomb costs nothing). Anything else is refused, naming the field.
 * A document that carries macros is refused whatever its format: an Office file with a VBA project, an OpenDocument
 * file with Basic or script parts (or a manifest that lists some).
 */
@Singleton
public class FileCheck {

    private static final String FIELD = "file";
    // OOXML parts that name the application; Tika's core detector only says "some OOXML" (or plain zip when
    // [Content_Types].xml is not the first entry, as many tools write it)
    private static final Map<String, FileKind> OOXML_MAIN_PARTS = Map.of(
            "word/document.xml", FileKind.DOCX, "xl/workbook.xml", FileKind.XLSX, "ppt/presentation.xml", FileKind.PPTX);

    private static final Set<FileKind> OPEN_DOCUMENT = Set.of(FileKind.ODT, FileKind.ODS, FileKind.ODP);
    // where an OpenDocument package keeps macros: StarBasic libraries and scripts (BeanShell, JavaScript, Python)
    private static final List<String> ODF_MACRO_FOLDERS = List.of("basic/", "scripts/");
    // a manifest entry (manifest:file-entry manifest:full-path="Basic/Standard/Module1.xml") naming one of those folders
    private static final Pattern LISTED_MACRO_PART = Pattern.compile("full-path\\s*=\\s*[\"']\\s*\\.?/?(basic|scripts)/",
            Pattern.CASE_INSENSITIVE);
    // the manifest is a few kilobytes; read no more of it than this, however much it claims to inflate to
    private static final int MANIFEST_READ_LIMIT = 1024 * 1024;

    private final Tika tika = new Tika();
    private final DocumentSettings settings;

    public FileCheck(DocumentSettings settings) {
        this.settings = settings;
    }

    /** A file that passed: its kind, its digest, and a name that ends the way its content says. */
    public record Checked(FileKind kind, byte[] content, String sha256, String fileName) {
    }

    public Checked check(String clientName, byte[] content) {
        if (content.length == 0) {
            throw refused("file-empty", "the file is empty / le fichier est vide");
        }
        if (content.length > settings.getMaxBytes()) {
            throw tooLarge(settings.getMaxBytes());
        }
        String detected = tika.detect(content);
        FileKind kind = FileKind.ofMediaType(detected)
                .or(() -> "application/zip".equals(detected) || "application/x-tika-ooxml".equals(detected) ? ooxml(content) : Optional.empty())
                .orElseThrow(() -> refused("file-kind", "this file is not of an accepted kind; accepted: " + FileKind.ACCEPTED
                        + ", whatever the file's name / ce fichier n'est pas d'un format accepté ; formats acceptés : " + FileKind.ACCEPTED
                        + ", quel que soit le nom du fichier"));
        if (OPEN_DOCUMENT.contains(kind) && openDocumentWithMacros(content)) {
            throw withMacros();
        }
        return new Checked(kind, content, sha256(content), FileNames.withExtension(clientName, kind.extension));
    }

    private static ProblemException withMacros() {
        return refused("file-macros", "this document carries macros, which are refused; save it without macros (as .docx, .xlsx, "
                + ".pptx, .odt, .ods or .odp) / ce document contient des macros, refusées : enregistrez-le sans macros");
    }

    /**
     * A refused file, naming the field; {@code code} lets a client (the site) say it in its reader's language rather than
     * show both. The detected media type is not named: "text/plain" tells a person nothing they can act on.
     */
    private static ProblemException refused(String code, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemType.INVALID.uri(), ProblemType.INVALID.title(), FIELD + ": " + detail,
                Map.of("errors", List.of(Map.of("field", FIELD, "code", code, "message", detail))));
    }

    /** The size limit, as a problem naming the field (413 before anything is stored). */
    public static ProblemException tooLarge(long maxBytes) {
        String limit = (maxBytes / (1024 * 1024)) + " MiB";
        String detail = "the file is larger than " + limit + " / le fichier dépasse " + limit;
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ProblemType.TOO_LARGE.uri(), ProblemType.TOO_LARGE.title(),
                FIELD + ": " + detail, Map.of("errors", List.of(Map.of("field", FIELD, "message", detail)), "maxBytes", maxBytes));
    }

    private static Optional<FileKind> ooxml(byte[] content) {
        return readZip(content, zip -> {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.<FileKind>empty();
            }
            // a macro project makes a different (macro-enabled) kind, which we do not take
            if (zip.stream().map(ZipEntry::getName).anyMatch(n -> n.endsWith("vbaProject.bin"))) {
                throw withMacros();
            }
            return OOXML_MAIN_PARTS.entrySet().stream().filter(e -> zip.getEntry(e.getKey()) != null).map(Map.Entry::getValue).findFirst();
        }).flatMap(kind -> kind);
    }

    /**
     * An OpenDocument package with macros: a Basic/ or Scripts/ part, or a manifest entry naming one (a package may list
     * a part its directory spells otherwise). Names compared without case: a reader that is lenient must not be the one
     * that finds what we missed. Not a zip at all: Tika saw its mimetype first, so it is refused as broken.
     */
    private static boolean openDocumentWithMacros(byte[] content) {
        return readZip(content, zip -> {
            if (zip.stream().map(e -> e.getName().toLowerCase(Locale.ROOT)).anyMatch(FileCheck::isMacroPart)) {
                return true;
            }
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(manifest)) {
                return LISTED_MACRO_PART.matcher(new String(in.readNBytes(MANIFEST_READ_LIMIT), StandardCharsets.UTF_8)).find();
            }
        }).orElse(true);
    }

    private static boolean isMacroPart(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        return ODF_MACRO_FOLDERS.stream().anyMatch(path::startsWith);
    }

    /** What {@code read} finds in the zip; empty when the bytes are no zip. */
    private static <T> Optional<T> readZip(byte[] content, ZipReader<T> read) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("maillage-upload", ".zip");
            Files.write(tmp, content);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                return Optional.of(read.read(zip));
            }
        } catch (ZipException notAZip) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file of ours; the OS cleans its temporary folder
                }
            }
        }
    }

    private interface ZipReader<T> {
        T read(ZipFile zip) throws IOException;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
