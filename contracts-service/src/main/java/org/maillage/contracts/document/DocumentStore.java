package org.maillage.contracts.document;

import jakarta.inject.Singleton;
import org.maillage.contracts.response.ResponseRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Document rows through their repository; a change runs in the caller's transaction. */
@Singleton
class DocumentStore {

    private final DocumentRepository documents;
    private final ResponseRepository responses;

    DocumentStore(DocumentRepository documents, ResponseRepository responses) {
        this.documents = documents;
        this.responses = responses;
    }

    /** See {@link DocumentRepository#lockOpportunity}. */
    void lockOpportunity(UUID opportunity) {
        documents.lockOpportunity(opportunity);
    }

    /** Deletes every version of a notice's documents (a draft's, deleted with it); returns them for their bytes to go too. */
    List<StoredDocument> deleteNotice(UUID opportunity) {
        List<StoredDocument> gone = documents.ofNotice(opportunity);
        documents.deleteAll(gone);
        return gone;
    }

    void insert(StoredDocument d) {
        documents.save(d);
    }

    Optional<StoredDocument> find(UUID id) {
        return documents.findById(id);
    }

    /** Files and bytes the notice (enterprise null) or a response holds, every version counted. */
    record Held(long files, long bytes) {
    }

    Held held(UUID opportunity, UUID enterprise) {
        return new Held(documents.countHeld(opportunity, enterprise), documents.bytesHeld(opportunity, enterprise));
    }

    /** The latest version of a series. */
    int lastVersion(UUID series) {
        return documents.findMaxVersionBySeriesId(series).orElse(0);
    }

    /** The notice's documents (enterprise null) or one enterprise's response documents, every version. */
    List<StoredDocument> of(UUID opportunity, UUID enterprise) {
        return enterprise == null ? documents.ofNotice(opportunity) : documents.ofResponse(opportunity, enterprise);
    }

    /** See {@link DocumentRepository#ofStandingResponses}. */
    List<StoredDocument> ofStandingResponses(UUID opportunity) {
        return documents.ofStandingResponses(opportunity);
    }

    boolean hasStandingResponse(UUID opportunity, UUID enterprise) {
        return responses.existsByOpportunityIdAndEnterpriseIdAndStatusNotEqual(opportunity, enterprise, "WITHDRAWN");
    }
}
