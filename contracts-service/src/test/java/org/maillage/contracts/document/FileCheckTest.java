package org.maillage.contracts.document;

import org.junit.jupiter.api.Test;
import org.maillage.platform.problem.ProblemException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file is comes from its bytes: names and claimed types change nothing. */
class FileCheckTest {

    private final FileCheck check = new FileCheck(settings(2048));

    @Test
    void recognizesPdfAndOfficeFilesByTheirContent() {
        assertThat(check.check("Devis.pdf", SampleFiles.pdf("devis")).kind()).isEqualTo(FileKind.PDF);
        assertThat(check.check("Cahier des charges.docx", SampleFiles.docx("cahier")).kind()).isEqualTo(FileKind.DOCX);
        assertThat(check.check("sans-ordre.docx", SampleFiles.docxContentTypesLast("x")).kind()).isEqualTo(FileKind.DOCX);
    }

    @Test
    void refusesAProgramWhateverItsNameAndAPlainZip() {
        assertThatThrownBy(() -> check.check("offre.pdf", SampleFiles.exe())).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.extensions().toString()).contains("field=file"));
    }

    @Test
    void aRefusedKindSaysWhichKindsAreAcceptedInBothLanguagesWithACodeAndNoMediaType() {
        for (byte[] refused : List.of(SampleFiles.exe(), "Devis : 1 200 $".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> check.check("offre.pdf", refused)).isInstanceOfSatisfying(ProblemException.class, p -> {
                assertThat(p.extensions().toString()).contains("code=file-kind").contains("accepted: PDF, Word (.docx)")
                        .contains("formats acceptés : PDF, Word (.docx)").doesNotContain("text/plain").doesNotContain("application/");
                assertThat(p.getMessage()).doesNotContain("text/plain").doesNotContain("application/");
            });
        }
        assertThatThrownBy(() -> check.check("offre.docx", SampleFiles.zip())).isInstanceOf(ProblemException.class);
    }

    @Test
    void refusesOpenDocumentFilesWithMacrosAsOfficeFilesWithMacrosAre() {
        FileCheck roomy = new FileCheck(settings(64 * 1024));
        assertThat(roomy.check("Offre.odt", SampleFiles.odt("offre")).kind()).isEqualTo(FileKind.ODT);
        String module = "<?xml version=\"1.0\"?><script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\" "
                + "script:language=\"StarBasic\">Sub Main\nShell(\"calc.exe\")\nEnd Sub</script:module>";
        byte[] basic = SampleFiles.odt("offre", Map.of("Basic/Standard/Module1.xml", module), List.of("Basic/Standard/Module1.xml"));
        byte[] python = SampleFiles.odt("offre", Map.of("Scripts/python/macro.py", "import os\nos.system('id')"), List.of());
        // listed in the manifest though the package's directory spells the part otherwise
        byte[] listedOnly = SampleFiles.odt("offre", Map.of(), List.of("Basic/Standard/Module1.xml"));
        for (byte[] withMacros : List.of(basic, python, listedOnly, SampleFiles.docxWithMacros("offre"))) {
            assertThatThrownBy(() -> roomy.check("Offre.odt", withMacros)).isInstanceOfSatisfying(ProblemException.class, p -> {
                assertThat(p.status().getCode()).isEqualTo(400);
                assertThat(p.extensions().toString()).contains("field=file").contains("macros");
            });
        }
    }

    @Test
    void refusesEmptyAndTooLargeFilesNamingTheField() {
        assertThatThrownBy(() -> check.check("vide.pdf", new byte[0])).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.status().getCode()).isEqualTo(400));
        assertThatThrownBy(() -> check.check("grand.pdf", SampleFiles.pdfOfSize(2049))).isInstanceOfSatisfying(ProblemException.class,
                p -> {
                    assertThat(p.status().getCode()).isEqualTo(413);
                    assertThat(p.extensions().toString()).contains("field=file");
                });
    }

    @Test
    void theKeptNameEndsAsTheContentSaysAndCarriesNoPath() {
        assertThat(check.check("C:\\Users\\x\\offre.pdf", SampleFiles.docx("x")).fileName()).isEqualTo("offre.pdf.docx");
        assertThat(check.check("../../etc/\"devis\"\u0000.PDF", SampleFiles.pdf("x")).fileName()).isEqualTo("devis.PDF");
        assertThat(check.check("", SampleFiles.pdf("x")).fileName()).isEqualTo("document.pdf");
    }

    @Test
    void contentDispositionIsAnAttachmentWithAnAsciiFallback() {
        assertThat(FileNames.contentDisposition("Cahier des charges é.pdf"))
                .isEqualTo("attachment; filename=\"Cahier des charges e.pdf\"; filename*=UTF-8''Cahier%20des%20charges%20%C3%A9.pdf");
    }

    private static DocumentSettings settings(long max) {
        DocumentSettings s = new DocumentSettings();
        s.setMaxBytes(max);
        return s;
    }
}
