package org.maillage.contracts.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderStorageTest extends DocumentStorageContract {

    @TempDir
    Path folder;

    @Override
    protected DocumentStorage storage() {
        return new FolderStorage(folder);
    }

    @Test
    void aKeyNeverLeavesTheFolder() {
        assertThatThrownBy(() -> storage().put("../outside", new byte[]{1}, "application/pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
