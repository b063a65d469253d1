package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.opportunity.Notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The enterprise's response to one opportunity: the form while the deadline has not passed (with what was typed and
 * what went wrong), else what was sent and its outcome.
 *
 * @param sent    the response as the platform holds it, or null when none was ever sent
 * @param outcome what became of it, in words, once the deadline has passed; null before
 * @param callFiles the call's documents, every version, beside the form that answers them
 * @param files   the current version of each file attached to the response
 * @param done    what the last action did, said once after the redirect, or null
 */
public record ResponsePage(Heading heading, @Nullable Sent sent, @Nullable String outcome, Input input, List<Partner> partnerChoices,
                           List<Notice.File> callFiles, List<File> files, FormErrors errors, @Nullable String done) {

    public record File(String name, String href) {
    }

    /** An enterprise the response may name as a partner, and whether the form names it. */
    public record Partner(String id, String name, boolean chosen) {
    }

    public boolean anyPartnerChosen() {
        return partnerChoices.stream().anyMatch(Partner::chosen);
    }

    public record Sent(String status, String statusLabel, BigDecimal price, String proposal, List<String> links, List<String> partners,
                       Instant submittedAt, Instant updatedAt, boolean withdrawn) {
    }

    /** What the form shows: typed, or the response as sent ({@code partners}: the chosen ids, comma-separated). */
    public record Input(String price, String proposal, String links, String partners) {
    }

    public boolean hasActiveResponse() {
        return sent != null && !sent.withdrawn();
    }
}
