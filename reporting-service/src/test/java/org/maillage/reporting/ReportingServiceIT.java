package org.maillage.reporting;

import io.micronaut.test.support.TestPropertyProvider;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.SharedContext;
import org.maillage.testkit.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * reporting-service on the real PostgreSQL and Kafka, one context for every test class of the module that extends
 * this (each makes its own pilots and organizations, so the figures it reads are its own); a class that needs a
 * database and topics no other class wrote to keeps {@code @MicronautTest} and says why.
 */
@SharedContext
public abstract class ReportingServiceIT implements TestPropertyProvider {

    protected static final ServiceUnderTest SERVICE = ServiceUnderTest.shared("reporting", List.of(DirectoryTopics.ORGANIZATIONS,
            ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS, ContractsTopics.CONTACTS));
    protected static final TestTokens TOKENS = TestTokens.shared();

    protected final ServiceUnderTest service = SERVICE;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(SERVICE.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", TOKENS.jwksUrl());
        p.put("maillage.ocds.ocid-prefix", "ocds-test01-");
        return p;
    }
}
