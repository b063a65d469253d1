package org.maillage.contracts.document;

import java.io.InputStream;

/** A document's bytes with what the response headers say about them. */
public record Download(InputStream content, String contentType, long size, String contentDisposition, boolean privateToParties) {
}
