package org.maillage.contracts.document;

import java.io.InputStream;

/**
 * Where the bytes of documents live, apart from the database that describes them. Keys are chosen by the service
 * (random, never from a file name), written once and never overwritten: a replacement is a new key.
 */
public interface DocumentStorage {

    void put(String key, byte[] content, String contentType);

    /** The stored bytes; the caller closes the stream. */
    InputStream open(String key);

    boolean exists(String key);

    /** Removes the object if it is there; used to undo a write whose row could not be committed. */
    void delete(String key);

    /** Releases what the storage holds (an S3 client's connections); nothing for a folder. */
    default void close() {
    }
}
