package org.maillage.web.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import org.maillage.contracts.api.http.ContractChangeForms;
import org.maillage.contracts.api.http.ContractForm;
import org.maillage.contracts.api.http.ContractView;
import org.maillage.web.client.Listing;

import java.util.Optional;
import java.util.UUID;

/**
 * contracts-service's contracts, as the site calls them through the gateway, as the signed-in person (client/ApiCalls).
 * An operation on one contract answers empty when the API does not show it to this person (404): see NotFound.
 */
@Client(id = "api", path = "/api/contracts")
public interface ContractsClient {

    /** A contract recorded by one of its parties; the other confirms it. */
    @Post
    ContractView record(@Body ContractForm contract);

    /** The declared contracts waiting for my organization's word, oldest first. */
    @Get("/declared")
    Listing<ContractView> declared();

    /** My organization's contracts, newest first. */
    @Get("/mine{?limit,cursor}")
    Listing<ContractView> mine(@Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor);

    @Get("/{id}")
    Optional<ContractView> show(UUID id);

    @Post("/{id}/confirm")
    Optional<ContractView> confirm(UUID id);

    @Post("/{id}/reject")
    Optional<ContractView> reject(UUID id, @Body ContractChangeForms.Rejection rejection);

    @Post("/{id}/status")
    Optional<ContractView> changeStatus(UUID id, @Body ContractChangeForms.StatusChange change);

    @Post("/{id}/amendments")
    Optional<ContractView> amend(UUID id, @Body ContractChangeForms.Amendment amendment);
}
