package org.maillage.web.buyer;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 30, item 5: the review says a draft cannot be published while its deadline is not after the moment of the request. */
class PublicationTest {

    private static final Instant NOW = Instant.parse("2027-02-15T17:00:00Z");

    @Test
    void aDeadlineAtOrBeforeTheRequestBlocksPublishingAtTheWhenStep() {
        assertThat(Publication.blockers(draft(NOW), NOW)).containsExactly(new Publication.Blocker("when", "buyer.blocker.deadlinePast"));
        assertThat(Publication.blockers(draft(NOW.minusSeconds(86_400)), NOW)).hasSize(1);
    }

    @Test
    void aDeadlineToComeBlocksNothing() {
        assertThat(Publication.blockers(draft(NOW.plusSeconds(1)), NOW)).isEmpty();
    }

    private static BuyerApi.Opportunity draft(Instant deadline) {
        return new BuyerApi.Opportunity(UUID.randomUUID(), UUID.randomUUID(), "INSTITUTION", null, "Traiteur", null, null, null,
                List.of("90100000"), List.of("06"), "PUBLIC_CALL", null, null, false, deadline, null, null, List.of(), List.of(), "DRAFT",
                null, List.of(), null, null, null, null);
    }
}
