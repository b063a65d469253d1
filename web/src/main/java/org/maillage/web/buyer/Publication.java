package org.maillage.web.buyer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What still stops a draft from being published, judged at the moment of the request (the API judges publishing the same
 * way): the review lists it, each with a link to the step where it is fixed, before the buyer presses "Publier". The other
 * rules of a draft (a title, questions closing before the deadline, a contract ending after it starts) are the API's at
 * every save, and the wizard's at their step, so a saved draft always keeps them.
 */
public final class Publication {

    /** @param step the wizard's step that holds the field; {@code key} the message that says what to do */
    public record Blocker(String step, String key) {
    }

    private Publication() {
    }

    static List<Blocker> blockers(BuyerApi.Opportunity o, Instant now) {
        List<Blocker> blockers = new ArrayList<>();
        if (!o.deadline().isAfter(now)) {
            blockers.add(new Blocker("when", "buyer.blocker.deadlinePast"));
        }
        return blockers;
    }
}
