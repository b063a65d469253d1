package org.maillage.notification.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Every kind of message this service sends, each written by one {@link KindRenderer}. The first ten are subscribed to:
 * a person turns each off on its own and each carries its own unsubscribe link. The others are one-off notices of a
 * step that concerns the person or its organization (its own account, its application, an invitation, a partnership
 * awaiting its word): no preference turns them off and they carry no unsubscribe link.
 */
public enum Kind {
    /** A new opportunity matched to the person's enterprise: an alert, sent only with express consent. */
    MATCHED(true, "SUPPLIER"),
    /** An opportunity the enterprise said it was interested in, or responded to, was amended. */
    AMENDED(true, "SUPPLIER"),
    /** Such an opportunity was cancelled. */
    CANCELLED(true, "SUPPLIER"),
    /** An opportunity the enterprise responded to was decided: whether the enterprise won, was rejected or was not retained. */
    OUTCOME(true, "SUPPLIER"),
    /** The buyer answered a question on an opportunity the enterprise is interested in, asked about or responded to. */
    ANSWERED(true, "SUPPLIER"),
    /** 48 hours before the deadline, to an enterprise that said it was interested and has not responded. */
    REMINDER(true, "SUPPLIER"),
    /** Another party declared a contract with the person's organization: it waits for the organization's word. */
    DECLARED(true, "BUYER", "SUPPLIER"),
    /** A coordinator's weekly summary of its pilots: applications to approve, contracts to confirm, calls closing. */
    WEEKLY(true, "COORDINATOR"),
    /** An enterprise asked a question on one of the buyer's opportunities: to the notice's contact, or else its buyers. */
    QUESTION_ASKED(true, "BUYER"),
    /** The daily digest of alerts: it follows the MATCHED switch. */
    DIGEST(true),
    /** The person's account was opened: the link to choose a password. */
    ACCOUNT_INVITATION(false),
    /** The link to choose a new password, asked for on the sign-in page. */
    PASSWORD_RESET(false),
    /** The person's password was changed. */
    PASSWORD_CHANGED(false),
    /** Sign-in to the person's account is locked for a while after too many wrong passwords. */
    ACCOUNT_LOCKED(false),
    /** To the contact address of an application a coordinator refused, with the reason (the applicant has no account). */
    APPLICATION_REFUSED(false),
    /** The person's organization is invited into another pilot. */
    PILOT_INVITATION(false),
    /** Another enterprise named the person's enterprise as partner in a joint response. */
    PARTNER_NAMED(false),
    /** A copy of the receipt of a response the person sent: its number, time and files. */
    RESPONSE_RECEIPT(false);

    private final boolean subscribed;
    private final Set<String> roles;

    Kind(boolean subscribed, String... roles) {
        this.subscribed = subscribed;
        this.roles = Set.of(roles);
    }

    /** Whether a person may turn it off, and it carries an unsubscribe link. */
    public boolean subscribed() {
        return subscribed;
    }

    /** The kinds a person turns on or off (the digest goes with the alerts it gathers). */
    public static List<Kind> choosable() {
        return Arrays.stream(values()).filter(k -> k.subscribed && k != DIGEST).toList();
    }

    /** The kinds an account of this role can receive, so its preferences show a switch for each and no other. */
    public static List<Kind> choosableBy(String role) {
        return choosable().stream().filter(k -> k.roles.contains(role)).toList();
    }

    /** The switch that governs this kind. */
    public Kind governedBy() {
        return this == DIGEST ? MATCHED : this;
    }
}
