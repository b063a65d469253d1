package org.maillage.contracts.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Documents in a folder of this machine (the local run keeps them in the stack's data folder). A file is written
 * beside its final name and moved into place, so a reader never sees half of one.
 */
public final class FolderStorage implements DocumentStorage {

    // keys are ours (uuids with a prefix), but a key is never allowed to walk out of the folder
    private static final Pattern KEY = Pattern.compile("[a-z0-9/-]{1,200}");

    private final Path root;

    public FolderStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the documents folder " + this.root, e);
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.write(partial, content);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete document " + key, e);
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("not a document key: " + key);
        }
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not a document key: " + key);
        }
        return p;
    }
}
