package org.maillage.contracts.document;

/** What a person sent: the file's name as their computer had it, and its bytes. */
public record Upload(String clientName, byte[] content) {
}
