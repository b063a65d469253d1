package org.maillage.contracts;

import io.micronaut.test.support.TestPropertyProvider;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.SharedContext;
import org.maillage.testkit.TestTokens;

import java.util.Map;

/**
 * contracts-service on the real PostgreSQL and Kafka, one context for every test class of the module that extends this:
 * each announces organizations of its own (random ids) and reads only what they did. Matching is by category and region
 * over every organization of the database, so a class that counts matches uses a region no other class uses. A class
 * that needs other settings or a database no other class wrote to extends {@link OwnContractsServiceIT} and says why.
 */
@SharedContext
public abstract class ContractsServiceIT extends ContractsServiceTestBase implements TestPropertyProvider {

    private static final ServiceUnderTest SERVICE = ServiceUnderTest.shared("contracts", TOPICS);
    private static final TestTokens TOKENS = TestTokens.shared();

    protected ContractsServiceIT() {
        super(SERVICE, TOKENS);
    }

    @Override
    public final Map<String, String> getProperties() {
        return serviceProperties();
    }
}
