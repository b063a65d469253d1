package org.maillage.directory.api.http;

/** What an account may do on the platform: each account has exactly one. */
public enum Role {
    /** Runs one or more pilots: members, accounts, reports. */
    COORDINATOR,
    /** A person of an institution: publishes calls for tenders, awards, records contracts. */
    BUYER,
    /** A sales person of an enterprise: answers calls, declares contracts, keeps its profile. */
    SUPPLIER
}
