package org.maillage.contracts.document;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The S3 storage, against Adobe's S3Mock (a real S3 protocol server), passes the same contract as the folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3StorageIT extends DocumentStorageContract {

    private S3MockServer server;
    private S3Storage storage;

    @BeforeAll
    void startServer() {
        server = S3MockServer.start(Path.of("target", "s3mock-" + UUID.randomUUID()));
        storage = new S3Storage(StorageFactory.s3(settings(server.endpoint())), "maillage-documents").ensureBucket();
    }

    @AfterAll
    void stopServer() {
        if (storage != null) {
            storage.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected DocumentStorage storage() {
        return storage;
    }

    @Test
    void aMissingBucketIsCreatedOnceAndFoundAfter() {
        S3Storage other = new S3Storage(StorageFactory.s3(settings(server.endpoint())), "autre-seau").ensureBucket().ensureBucket();
        other.put("k", SampleFiles.pdf("x"), "application/pdf");
        assertThat(other.exists("k")).isTrue();
        other.close();
    }

    @Test
    void theSettingsChooseTheStorage() throws Exception {
        DocumentSettings settings = new DocumentSettings();
        settings.setStorage("s3");
        settings.getS3().setEndpoint(server.endpoint());
        settings.getS3().setAccessKeyId("test");
        settings.getS3().setSecretAccessKey("test");
        settings.getS3().setBucket("choisi-par-les-reglages");
        DocumentStorage chosen = new StorageFactory().documentStorage(settings);
        assertThat(chosen).isInstanceOf(S3Storage.class);
        chosen.put("k", SampleFiles.pdf("x"), "application/pdf");
        assertThat(storage.exists("k")).as("written to the configured bucket, not the default one").isFalse();
        assertThat(chosen.exists("k")).isTrue();
        chosen.close();
        settings.setStorage("disquette");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StorageFactory().documentStorage(settings))
                .hasMessageContaining("folder or s3");
    }

    static DocumentSettings.S3 settings(String endpoint) {
        DocumentSettings.S3 s = new DocumentSettings().getS3();
        s.setEndpoint(endpoint);
        s.setAccessKeyId("test");
        s.setSecretAccessKey("test");
        return s;
    }
}
