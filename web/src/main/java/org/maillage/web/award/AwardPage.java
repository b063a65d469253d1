package org.maillage.web.award;

import org.maillage.web.buyer.JointParties;
import org.maillage.web.site.form.Form;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The award's confirmation: to whom, for how much, and what follows.
 *
 * @param parties the lead and partners of a joint response; empty for one enterprise
 * @param others  how many other enterprises' responses stand, each told its own outcome by email
 */
public record AwardPage(UUID opportunityId, String opportunityTitle, UUID responseId, String name, List<JointParties.Party> parties,
                        BigDecimal price, int others, Form<AwardDecision> form) {
}
