package org.maillage.contracts.document;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file a notice or a response may carry: PDF, and office documents in their open formats. */
enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp");

    // the same words in French and English
    static final String ACCEPTED = "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp)";

    final String mediaType;
    final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Optional<FileKind> ofMediaType(String type) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(type)).findFirst();
    }
}
