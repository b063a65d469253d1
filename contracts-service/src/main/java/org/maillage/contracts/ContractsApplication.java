package org.maillage.contracts;

import io.micronaut.runtime.Micronaut;

/** contracts-service: opportunities, responses, contracts and the contact log. */
public final class ContractsApplication {

    private ContractsApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ContractsApplication.class, args);
    }
}
