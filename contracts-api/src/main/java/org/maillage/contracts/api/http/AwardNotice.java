package org.maillage.contracts.api.http;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.maillage.contracts.api.ContractValues;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The public award notice of an awarded call, as SEAO publishes one (GET /api/opportunities/{id}/award): who won, for how
 * much, when. Public like the notice itself: the award is the end of a public call, whatever the buyer withheld before.
 *
 * @param supplierIds the enterprise awarded, then the partners of its joint response that confirmed their part
 * @param valueCad    the amount awarded, before taxes: the winning response's price (the contract's initial value)
 */
@Serdeable
public record AwardNotice(UUID opportunityId, @ArraySchema(maxItems = 11) List<UUID> supplierIds,
                          @Schema(minimum = "0", maximum = ContractValues.MAX_CAD) BigDecimal valueCad, Instant awardedAt) {

    public AwardNotice {
        supplierIds = List.copyOf(supplierIds);
    }
}
