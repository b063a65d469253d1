package org.maillage.system;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged description at /api/docs: every operation grouped, summarized, saying who may call it and what it can answer. */
class ApiDescriptionSystemIT extends PlatformSystemTest {

    @Test
    void everyOperationIsTaggedSummarizedAndDocumentsItsStatuses() throws Exception {
        ApiDescription description = ApiDescription.complete(platform.gateway());
        assertThat(description.operations()).isGreaterThan(60);
        List<String> gaps = description.gaps();
        assertThat(gaps).as(String.join("\n", gaps)).isEmpty();
    }

    @Test
    void everyListAnswersItsItemsAndTheCursorOfTheNextPage() {
        ApiDescription description = ApiDescription.complete(platform.gateway());
        List<String> outOfShape = description.listsOutOfShape();
        assertThat(outOfShape).as(String.join("\n", outOfShape)).isEmpty();
    }
}
