package org.maillage.contracts;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.maillage.contracts.api.ContractsTopics;
import org.maillage.directory.api.DirectoryTopics;
import org.maillage.testkit.ServiceUnderTest;
import org.maillage.testkit.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every contracts-service integration test works with: the service on the real PostgreSQL and Kafka, a token
 * issuer whose keys it trusts, and its HTTP API. Whether the service is the module's shared one ({@link ContractsServiceIT})
 * or the class's own ({@link OwnContractsServiceIT}) is the subclass's choice.
 */
public abstract class ContractsServiceTestBase {

    protected static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    /** Every topic contracts-service reads or writes. */
    protected static final List<String> TOPICS = List.of(DirectoryTopics.ORGANIZATIONS, DirectoryTopics.PEOPLE,
            ContractsTopics.OPPORTUNITIES, ContractsTopics.CONTRACTS, ContractsTopics.CONTACTS);

    protected final ServiceUnderTest service;
    protected final TestTokens tokens;

    @Inject
    @Client("/")
    protected HttpClient http;

    protected ContractsServiceTestBase(ServiceUnderTest service, TestTokens tokens) {
        this.service = service;
        this.tokens = tokens;
    }

    /** The database, the broker and the token issuer, as settings of the service. */
    protected Map<String, String> serviceProperties() {
        Map<String, String> p = new HashMap<>(service.properties());
        p.put("micronaut.security.token.jwt.signatures.jwks.maillage.url", tokens.jwksUrl());
        return p;
    }

    protected Map<String, Object> post(String path, String token, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), JSON);
    }
}
