package org.maillage.contracts.document;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every document storage does, run against each one (a folder, an S3-compatible server). */
abstract class DocumentStorageContract {

    protected abstract DocumentStorage storage();

    @Test
    void keepsTheBytesItWasGivenUnderTheirKey() throws Exception {
        String key = "opportunities/" + UUID.randomUUID() + "/notice/" + UUID.randomUUID();
        byte[] pdf = SampleFiles.pdf("contrat");
        assertThat(storage().exists(key)).isFalse();
        storage().put(key, pdf, "application/pdf");
        assertThat(storage().exists(key)).isTrue();
        try (InputStream in = storage().open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void keysAreIndependent() throws Exception {
        String a = "opportunities/" + UUID.randomUUID() + "/notice/a";
        String b = "opportunities/" + UUID.randomUUID() + "/notice/b";
        storage().put(a, "un".getBytes(StandardCharsets.UTF_8), "application/pdf");
        storage().put(b, "deux".getBytes(StandardCharsets.UTF_8), "application/pdf");
        try (InputStream in = storage().open(a)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("un");
        }
    }

    @Test
    void deleteRemovesTheObjectAndIsHarmlessTwice() {
        String key = "opportunities/" + UUID.randomUUID() + "/responses/x/" + UUID.randomUUID();
        storage().put(key, SampleFiles.docx("offre"), FileKind.DOCX.mediaType);
        storage().delete(key);
        assertThat(storage().exists(key)).isFalse();
        storage().delete(key);
        assertThatThrownBy(() -> storage().open(key).close()).isInstanceOf(RuntimeException.class);
    }
}
