package org.maillage.contracts.response;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What the buyer sees. Before the deadline: only how many responses there are (sealed, empty list).
 * After it: every response that was not withdrawn.
 */
@Serdeable
public record ResponsesSeen(@Schema(minimum = "0", maximum = "100000") int count, boolean sealed,
                            @ArraySchema(maxItems = 100000) List<ResponseView> responses) {
}
