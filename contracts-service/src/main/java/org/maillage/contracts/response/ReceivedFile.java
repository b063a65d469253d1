package org.maillage.contracts.response;

import io.micronaut.core.annotation.Introspected;

/** A file a response carries, as its receipt names it: the current version of each, with its size and digest. */
@Introspected
public record ReceivedFile(String fileName, long sizeBytes, String sha256) {
}
