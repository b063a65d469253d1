package org.maillage.web.draft;

import io.micronaut.http.annotation.Delete;
import io.micronaut.http.client.annotation.Client;

import java.util.UUID;

/** contracts-service's drafts, as the site calls them through the gateway, as the signed-in person (client/ApiCalls). */
@Client(id = "api", path = "/api/opportunities")
public interface DraftClient {

    /** Deletes a draft and its files; refused (409) once published, 404 for a draft not the caller's. */
    @Delete("/{opportunityId}")
    void delete(UUID opportunityId);
}
