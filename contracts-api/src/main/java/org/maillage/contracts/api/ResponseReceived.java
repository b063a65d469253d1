package org.maillage.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A response was received (submitted, or replaced by a new version): what its receipt proves, so that a copy reaches the
 * person who sent it by email. Sealed like the response: never its price, proposal or partners' shares; the files are
 * named with their size and SHA-256 digest, which prove what was received without saying what it offers.
 *
 * @param accountId  the person who sent it, to whom the copy goes
 * @param receivedAt this version's time, to the microsecond: with the response's id, the receipt's number ({@link #number})
 * @param replaced   whether it replaces a version sent earlier
 * @param files      the current version of each file attached to the response at that moment
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResponseReceived(UUID opportunityId, UUID responseId, UUID enterpriseId, UUID accountId, Instant receivedAt,
                               boolean replaced, List<File> files) {

    private static final DateTimeFormatter NUMBER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @Serdeable
    public record File(String fileName, long sizeBytes, String sha256) {
    }

    /**
     * A receipt's number, as the site prints it and the email quotes it: the response's id and the version's time in
     * Montréal, so a new one for each version and the same for each reprint.
     */
    public static String number(UUID response, Instant version) {
        return "R-" + response.toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-" + NUMBER_TIME.format(version.atZone(MONTREAL));
    }
}
