package org.maillage.contracts;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every contracts-service integration test starts from: the service on its own database and topics
 * (real PostgreSQL and Kafka), and a token issuer whose keys it trusts. Subclasses add @MicronautTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractsServiceIT implements TestPropertyProvider {

    protected static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    protected final ServiceUnderTest service;
    protected final TestTokens tokens = TestTokens.start();

    @Inject
    @Client("/")
    protected HttpClient http;

    protected ContractsServiceIT(String name) {
        service = ServiceUnderTest.create(name, List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.PEOPLE, ContractsTopics.OPPORTUNITIES,
                ContractsTopics.CONTRACTS, ContractsTopics.CONTACTS));
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", tokens.jwksUrl());
        return p;
    }

    @AfterAll
    void stopIssuer() {
        tokens.close();
    }

    protected Map<String, Object> post(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON);
    }
}
