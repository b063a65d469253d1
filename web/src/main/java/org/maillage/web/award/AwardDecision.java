package org.maillage.web.award;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The confirmation's form as typed: the response chosen and the contract's dates, if the buyer knows them. */
@Serdeable
@Introspected
public record AwardDecision(@Nullable String row, @Nullable String awardStarts, @Nullable String awardEnds) {
}
