package org.maillage.contracts.api.http;

/** How a contract came to be recorded. */
public enum ContractOrigin {
    /** The award of a published opportunity. */
    AWARD,
    /** A direct purchase an institution recorded or an enterprise declared. */
    DIRECT,
    /** A contract between two enterprises. */
    BETWEEN_ENTERPRISES
}
