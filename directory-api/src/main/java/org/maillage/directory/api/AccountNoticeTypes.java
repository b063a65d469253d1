package org.maillage.directory.api;

/**
 * Wire types of the security notices on {@link DirectoryTopics#ACCOUNTS}: messages the person must receive
 * about its own account. They share the accounts topic and its key (the account id) so that a notice is never
 * read before the opening that tells consumers where to write; and that topic is already the one only
 * notification-service reads.
 */
public final class AccountNoticeTypes {

    /** An {@link AccountLinkIssued}: an invitation to choose a password, or a "forgot my password" link. */
    public static final String LINK_ISSUED_V1 = "maillage.directory.account.link-issued.v1";
    /** An {@link AccountNotice}: the password was changed. */
    public static final String PASSWORD_CHANGED_V1 = "maillage.directory.account.password-changed.v1";
    /** An {@link AccountNotice} with its lock's end: sign-in was locked after repeated wrong passwords. */
    public static final String LOCKED_V1 = "maillage.directory.account.locked.v1";

    private AccountNoticeTypes() {
    }

    public static boolean isNotice(String type) {
        return LINK_ISSUED_V1.equals(type) || PASSWORD_CHANGED_V1.equals(type) || LOCKED_V1.equals(type);
    }
}
