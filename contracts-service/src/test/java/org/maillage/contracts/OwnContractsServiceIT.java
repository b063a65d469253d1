package org.maillage.contracts;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestTokens;

import java.util.Map;

/**
 * contracts-service on a database, topics, token issuer and settings of the test class's own, for a class that cannot
 * share the module's context ({@link ContractsServiceIT}): subclasses add {@code @MicronautTest} and say why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OwnContractsServiceIT extends ContractsServiceTestBase implements TestPropertyProvider {

    protected OwnContractsServiceIT(String name) {
        super(ServiceUnderTest.create(name, TOPICS), TestTokens.start());
    }

    @Override
    public Map<String, String> getProperties() {
        return serviceProperties();
    }

    @AfterAll
    void stopIssuer() {
        tokens.close();
    }
}
