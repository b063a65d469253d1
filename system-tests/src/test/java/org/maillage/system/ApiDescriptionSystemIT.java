package org.maillage.system;

import org.junit.jupiter.api.Test;
import org.maillage.devstack.ApiClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged description at /api/docs: every operation grouped, summarized, saying who may call it and what it can answer. */
class ApiDescriptionSystemIT extends PlatformSystemTest {

    @Test
    void everyOperationIsTaggedSummarizedAndDocumentsItsStatuses() throws Exception {
        ApiDescription description = new ApiDescription(new ApiClient(platform.gateway()).get("/api/docs/openapi.json", null).raw());
        assertThat(description.operations()).isGreaterThan(60);
        List<String> gaps = description.gaps();
        assertThat(gaps).as(String.join("\n", gaps)).isEmpty();
    }
}
