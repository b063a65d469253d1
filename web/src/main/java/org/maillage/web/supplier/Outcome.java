package org.maillage.web.supplier;

import io.micronaut.core.annotation.Nullable;
import org.maillage.web.site.Page;

/**
 * What became of an enterprise's response, as the call's outcome makes it. The API keeps a response the buyer never
 * ruled on as SUBMITTED or SHORTLISTED after the call is awarded to another, ends without a contract or is cancelled:
 * the enterprise reads what that means for it, not the status its response was left in.
 */
final class Outcome {

    private Outcome() {
    }

    /** The response's status in a word or two (the list of sent responses, the call's page). */
    static String status(SupplierApi.Opportunity o, SupplierApi.Response r, Page p) {
        boolean undecided = "SUBMITTED".equals(r.status()) || "SHORTLISTED".equals(r.status());
        String status = !undecided ? r.status() : switch (o.status()) {
            case "AWARDED" -> "NOT_RETAINED";
            case "UNSUCCESSFUL", "CANCELLED" -> o.status();
            default -> r.status();
        };
        return p.label("supplier.response.status.", status);
    }

    /** The outcome in a sentence, once the deadline has passed. */
    static String words(SupplierApi.Opportunity o, @Nullable SupplierApi.Response r, Page p) {
        if ("CANCELLED".equals(o.status())) {
            return p.t("supplier.outcome.cancelled", o.cancelReason() == null ? "" : o.cancelReason());
        }
        if (r == null) {
            return p.t("supplier.outcome.none");
        }
        return switch (r.status()) {
            case "WITHDRAWN" -> p.t("supplier.outcome.withdrawn");
            case "AWARDED" -> p.t("supplier.outcome.awarded");
            case "REJECTED" -> p.t("supplier.outcome.rejected", r.reason() == null ? "" : r.reason());
            default -> switch (o.status()) {
                case "AWARDED" -> p.t("supplier.outcome.other");
                case "UNSUCCESSFUL" -> p.t("supplier.outcome.unsuccessful", o.cancelReason() == null ? "" : o.cancelReason());
                default -> "SHORTLISTED".equals(r.status()) ? p.t("supplier.outcome.shortlisted") : p.t("supplier.outcome.waiting");
            };
        };
    }
}
