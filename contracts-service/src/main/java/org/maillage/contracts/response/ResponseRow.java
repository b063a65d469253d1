package org.maillage.contracts.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise's response to an opportunity; partners are ids as text. {@code version} counts changes, but every change
 * is made under the row's lock (or in one upsert) rather than checked against a version, so it is a plain column.
 */
@MappedEntity("response")
public record ResponseRow(@Id UUID id, UUID opportunityId, UUID enterpriseId, BigDecimal priceCad, String proposal,
                          @TypeDef(type = DataType.STRING_ARRAY) String[] documents,
                          @TypeDef(type = DataType.STRING_ARRAY) String[] partners,
                          String status, Instant submittedAt, Instant updatedAt, long version,
                          @TypeDef(type = DataType.STRING_ARRAY) String[] confirmedPartners, @Nullable String reason) {

    /** The same response in another status; a reason only when the buyer gives one. */
    public ResponseRow withStatus(String next, @Nullable String why) {
        return new ResponseRow(id, opportunityId, enterpriseId, priceCad, proposal, documents, partners, next, submittedAt, updatedAt,
                version + 1, confirmedPartners, why == null ? reason : why);
    }

    ResponseRow withdrawn(Instant at) {
        return new ResponseRow(id, opportunityId, enterpriseId, priceCad, proposal, documents, partners, "WITHDRAWN", submittedAt, at,
                version + 1, confirmedPartners, reason);
    }

    ResponseRow confirmedBy(UUID partner) {
        if (hasConfirmed(partner)) {
            return this;
        }
        String[] confirmed = Arrays.copyOf(confirmedPartners, confirmedPartners.length + 1);
        confirmed[confirmedPartners.length] = partner.toString();
        return new ResponseRow(id, opportunityId, enterpriseId, priceCad, proposal, documents, partners, status, submittedAt, updatedAt,
                version + 1, confirmed, reason);
    }

    boolean names(UUID partner) {
        return Arrays.asList(partners).contains(partner.toString());
    }

    boolean hasConfirmed(UUID partner) {
        return Arrays.asList(confirmedPartners).contains(partner.toString());
    }

    /** The enterprises this response makes suppliers: the lead and the partners that confirmed their part. */
    public List<UUID> confirmedPartnerIds() {
        return Arrays.stream(confirmedPartners).map(UUID::fromString).toList();
    }

    ResponseView view() {
        return new ResponseView(id, opportunityId, enterpriseId, priceCad, proposal, List.of(documents),
                Arrays.stream(partners).map(UUID::fromString).toList(), confirmedPartnerIds(), status, submittedAt, updatedAt, reason);
    }
}
