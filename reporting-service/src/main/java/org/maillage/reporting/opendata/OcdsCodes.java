package org.maillage.reporting.opendata;

/** Maillage's statuses and methods on the OCDS 1.1.5 closed code lists. */
final class OcdsCodes {

    private OcdsCodes() {
    }

    /** Closed but not yet decided is still an active tender in OCDS terms: evaluation is part of it. */
    static String tenderStatus(String status) {
        return switch (status) {
            case "AWARDED" -> "complete";
            case "UNSUCCESSFUL" -> "unsuccessful";
            case "CANCELLED" -> "cancelled";
            default -> "active";
        };
    }

    static String method(String method) {
        return switch (method) {
            case "DIRECT_AWARD" -> "direct";
            case "INVITATION" -> "limited";
            default -> "open";
        };
    }

    /** OCDS 1.1 has no "completed": a contract that ran its course is terminated. */
    static String contractStatus(String status) {
        return switch (status) {
            case "PENDING" -> "pending";
            case "ACTIVE" -> "active";
            case "CANCELLED" -> "cancelled";
            default -> "terminated";
        };
    }

    static String awardStatus(String contractStatus) {
        return "CANCELLED".equals(contractStatus) ? "cancelled" : "active";
    }
}
